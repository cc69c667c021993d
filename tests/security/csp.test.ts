import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, createNonce, NON_DOCUMENT_CSP, parseContentSecurityPolicy } from "@/lib/security/csp";

// The page Content-Security-Policy proxy.ts sends (lib/security/csp.ts).

const production = (nonce = createNonce()) => parseContentSecurityPolicy(buildContentSecurityPolicy({ nonce, isDevelopment: false, isHttps: true }));

describe("the page Content-Security-Policy", () => {
  it("allows scripts only from the site with this response's nonce, and nothing inline or eval'd in production", () => {
    const nonce = createNonce();
    const csp = production(nonce);
    expect(csp.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(csp.get("style-src")).toEqual(["'self'", `'nonce-${nonce}'`]);
    const all = [...csp.values()].flat();
    expect(all).not.toContain("'unsafe-inline'");
    expect(all).not.toContain("'unsafe-eval'");
    expect(all).not.toContain("'unsafe-hashes'");
  });

  it("locks down everything else the brief lists", () => {
    const csp = production();
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("img-src")).toEqual(["'self'", "data:"]); // the enrolment QR code
    expect(csp.get("font-src")).toEqual(["'self'"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    expect(csp.get("media-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("upgrade-insecure-requests")).toEqual([]);
  });

  it("names no other origin: every source is a keyword, the nonce, or data: for images", () => {
    const csp = production();
    for (const [directive, sources] of csp) {
      for (const source of sources) expect(source, directive).toMatch(directive === "img-src" ? /^('self'|data:)$/ : /^'(self|none|strict-dynamic|nonce-[A-Za-z0-9+/=]+)'$/);
    }
  });

  it("adds 'unsafe-eval' (and inline styles, for its error overlay) only for next dev, and upgrade-insecure-requests only over https", () => {
    const nonce = createNonce();
    const dev = parseContentSecurityPolicy(buildContentSecurityPolicy({ nonce, isDevelopment: true, isHttps: false }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    expect(dev.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev.has("upgrade-insecure-requests")).toBe(false);
    const httpProduction = parseContentSecurityPolicy(buildContentSecurityPolicy({ nonce, isDevelopment: false, isHttps: false }));
    expect(httpProduction.get("script-src")).not.toContain("'unsafe-eval'");
    expect(httpProduction.has("upgrade-insecure-requests")).toBe(false);
  });

  it("makes a different 128-bit nonce every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });

  it("refuses a nonce that could break out of the header or the attribute", () => {
    for (const bad of ["", "short", "abc'; script-src *", 'abcdefghijklmnop"', "abcdefghijklmnop; x"]) {
      expect(() => buildContentSecurityPolicy({ nonce: bad, isDevelopment: false, isHttps: true })).toThrow(/nonce/);
    }
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), (text) => {
        let policy: string | undefined;
        try {
          policy = buildContentSecurityPolicy({ nonce: text, isDevelopment: false, isHttps: true });
        } catch {
          return;
        }
        // Accepted only when it cannot add a source or a directive.
        expect(text).toMatch(/^[A-Za-z0-9+/]+=*$/);
        expect(parseContentSecurityPolicy(policy).size).toBe(production().size);
      }),
    );
  });

  it("lets nothing load in or frame the API's answers", () => {
    const csp = parseContentSecurityPolicy(NON_DOCUMENT_CSP);
    expect(csp.get("default-src")).toEqual(["'none'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
  });
});
