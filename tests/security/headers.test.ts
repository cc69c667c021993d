import { describe, expect, it } from "vitest";
import { DENIED_FEATURES, isHttpsSite, isNoStorePath, SECURITY_HEADERS } from "@/lib/security/headers";
import nextConfig from "@/next.config";

// The header set every response carries (lib/security/headers.ts) and how next.config.ts applies it.

describe("the security headers", () => {
  it("asks for HSTS for at least a year with subdomains, and sets the rest of the list", () => {
    const hsts = SECURITY_HEADERS["Strict-Transport-Security"]!;
    expect(Number(/max-age=(\d+)/.exec(hsts)![1])).toBeGreaterThanOrEqual(365 * 24 * 60 * 60);
    expect(hsts).toContain("includeSubDomains");
    expect(SECURITY_HEADERS["X-Content-Type-Options"]).toBe("nosniff");
    expect(["strict-origin-when-cross-origin", "no-referrer"]).toContain(SECURITY_HEADERS["Referrer-Policy"]);
    expect(SECURITY_HEADERS["X-Frame-Options"]).toBe("DENY");
    expect(SECURITY_HEADERS["Cross-Origin-Opener-Policy"]).toBe("same-origin");
  });

  it("denies camera, microphone, geolocation, payment and usb to the page and anything in it", () => {
    const policy = SECURITY_HEADERS["Permissions-Policy"]!;
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) expect(policy).toContain(`${feature}=()`);
    expect(policy.split(", ")).toHaveLength(DENIED_FEATURES.length);
    expect(policy).not.toMatch(/=\((?!\))/); // nothing allowed to any origin
  });

  it("marks staff pages, the choice journeys and the API as never stored, and not the public information", () => {
    for (const path of ["/staff", "/staff/people/123", "/choice/opt-out/who-for", "/api/v1/consent/9990000018", "/fhir/Consent"]) {
      expect(isNoStorePath(path), path).toBe(true);
    }
    for (const path of ["/", "/your-choice", "/staffing", "/choices", "/film", "/nhsuk/main.css"]) expect(isNoStorePath(path), path).toBe(false);
  });

  it("treats only an https site address as https", () => {
    expect(isHttpsSite("https://optout.example.nhs.uk")).toBe(true);
    expect(isHttpsSite("http://127.0.0.1:3100")).toBe(false);
    expect(isHttpsSite(undefined)).toBe(false);
  });

  it("is applied by next.config.ts to every path, static files included, with no version banner", async () => {
    expect(nextConfig.poweredByHeader).toBe(false);
    const rules = await nextConfig.headers!();
    const everything = rules.find((rule) => rule.source === "/:path*")!;
    expect(Object.fromEntries(everything.headers.map((h) => [h.key, h.value]))).toEqual(SECURITY_HEADERS);
    for (const api of ["/api/v1/:path*", "/fhir/:path*"]) {
      const rule = rules.find((r) => r.source === api)!;
      expect(rule.headers).toContainEqual({ key: "Cache-Control", value: "no-store" });
    }
  });

  it("keeps the server action body limit and the proxy's buffer in step with the request guard", async () => {
    const { MAX_FORM_BODY_BYTES } = await import("@/lib/security/request-guard");
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(`${MAX_FORM_BODY_BYTES / 1024 / 1024}mb`);
    // Larger than the action limit: Next.js cuts bodies off silently at this size.
    expect(parseInt(String(nextConfig.experimental?.proxyClientMaxBodySize), 10)).toBeGreaterThan(MAX_FORM_BODY_BYTES / 1024 / 1024);
  });
});
