import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkBodySize, checkOrigin, MAX_FORM_BODY_BYTES } from "@/lib/security/request-guard";

// proxy.ts's CSRF and body-size checks as pure functions; e2e/security-headers.spec.ts proves them against the running site.

const SITE = "https://optout.example.nhs.uk";
const h = (headers: Record<string, string>) => new Headers(headers);

describe("checkOrigin (CSRF)", () => {
  it("accepts a form posted from the site's own page", () => {
    expect(checkOrigin("POST", h({ host: "optout.example.nhs.uk", origin: SITE, "sec-fetch-site": "same-origin" }), SITE)).toEqual({ ok: true });
    // Behind a load balancer the Host is internal; the forwarded host and SITE_URL both name the site.
    expect(checkOrigin("POST", h({ host: "10.0.0.5:3000", "x-forwarded-host": "optout.example.nhs.uk", origin: SITE }), SITE).ok).toBe(true);
    expect(checkOrigin("POST", h({ host: "127.0.0.1:3100", origin: "http://127.0.0.1:3100" }), "http://localhost:3000", "http://127.0.0.1:3100/choice").ok).toBe(true);
  });

  it("refuses a post from another site, a sibling subdomain, or an opaque origin, with a clear message", () => {
    const cases: Record<string, string>[] = [
      { host: "optout.example.nhs.uk", origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      { host: "optout.example.nhs.uk", origin: "https://other.example.nhs.uk", "sec-fetch-site": "same-site" },
      { host: "optout.example.nhs.uk", origin: "https://evil.example" }, // an old browser without Sec-Fetch-Site
      { host: "optout.example.nhs.uk", origin: "null" },
      { host: "optout.example.nhs.uk", "sec-fetch-site": "cross-site" }, // Origin missing, but cross-site
      { host: "optout.example.nhs.uk", origin: "http://optout.example.nhs.uk:8080" },
    ];
    for (const headers of cases) {
      const result = checkOrigin("POST", h(headers), SITE);
      expect(result, JSON.stringify(headers)).toMatchObject({ ok: false, status: 403 });
      if (!result.ok) expect(result.message).toMatch(/another website/);
    }
  });

  it("never checks reads; refuses a state-changing request without an Origin (one rule with the legacy upload's)", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) expect(checkOrigin(method, h({ origin: "https://evil.example", "sec-fetch-site": "cross-site" }), SITE).ok).toBe(true);
    // Issue #13: the upload route refused a post without Origin while proxy.ts let it through. One rule now: refused.
    expect(checkOrigin("POST", h({ host: "optout.example.nhs.uk" }), SITE).ok).toBe(false);
    expect(checkOrigin("POST", h({ host: "127.0.0.1:3100", "sec-fetch-site": "same-origin" }), undefined, "http://127.0.0.1:3100/staff").ok).toBe(false);
  });

  it("compares scheme, host and port: an http origin is not the https site, nor another port (issue #12, finding 15)", () => {
    // The host matches, the scheme does not: this used to be accepted.
    expect(checkOrigin("POST", h({ host: "optout.example.nhs.uk", origin: "http://optout.example.nhs.uk", "sec-fetch-site": "same-origin" }), SITE)).toMatchObject({ ok: false, status: 403 });
    expect(checkOrigin("POST", h({ host: "optout.example.nhs.uk", origin: "http://optout.example.nhs.uk" }), SITE, "https://optout.example.nhs.uk/choice").ok).toBe(false);
    // Behind a load balancer that ends TLS: the forwarded scheme is the request's.
    expect(checkOrigin("POST", h({ host: "10.0.0.5:3000", "x-forwarded-host": "optout.example.nhs.uk", "x-forwarded-proto": "https", origin: SITE }), undefined, "http://10.0.0.5:3000/x").ok).toBe(true);
    expect(checkOrigin("POST", h({ host: "10.0.0.5:3000", "x-forwarded-host": "optout.example.nhs.uk", "x-forwarded-proto": "http", origin: SITE }), undefined, "http://10.0.0.5:3000/x").ok).toBe(false);
    // The default port written out is the same origin; another port is not.
    expect(checkOrigin("POST", h({ host: "optout.example.nhs.uk", origin: "https://optout.example.nhs.uk:443" }), SITE).ok).toBe(true);
    expect(checkOrigin("POST", h({ host: "127.0.0.1:3100", origin: "http://127.0.0.1:3999" }), undefined, "http://127.0.0.1:3100/").ok).toBe(false);
    expect(checkOrigin("POST", h({ host: "127.0.0.1:3100", origin: "http://127.0.0.1:3100" }), undefined, "http://127.0.0.1:3100/").ok).toBe(true);
    expect(checkOrigin("POST", h({ host: "127.0.0.1:3100", origin: "not a url" }), undefined, "http://127.0.0.1:3100/").ok).toBe(false);
    expect(checkOrigin("POST", h({ origin: "https://evil.example" }), "https://register.example.org").ok).toBe(false);
  });

  it("refuses every state-changing method from any origin that is not the site", () => {
    fc.assert(
      fc.property(fc.constantFrom("POST", "PUT", "PATCH", "DELETE"), fc.webUrl(), fc.option(fc.constantFrom("cross-site", "same-site", "none", "same-origin")), (method, url, fetchSite) => {
        const origin = new URL(url).origin;
        fc.pre(new URL(url).host !== "optout.example.nhs.uk");
        const headers: Record<string, string> = { host: "optout.example.nhs.uk", origin };
        if (fetchSite) headers["sec-fetch-site"] = fetchSite;
        expect(checkOrigin(method, h(headers), SITE).ok).toBe(false);
      }),
    );
  });
});

describe("checkBodySize", () => {
  it("accepts up to the limit, refuses one byte more with 413 and a clear message", () => {
    expect(checkBodySize("POST", h({ "content-length": String(MAX_FORM_BODY_BYTES) })).ok).toBe(true);
    const over = checkBodySize("POST", h({ "content-length": String(MAX_FORM_BODY_BYTES + 1) }));
    expect(over).toMatchObject({ ok: false, status: 413 });
    if (!over.ok) expect(over.message).toMatch(/too large.*11 MB.*Nothing has been saved/s);
    expect(checkBodySize("GET", h({ "content-length": "999999999999" })).ok).toBe(true);
  });

  it("refuses a body whose length is missing (chunked) or unreadable with 411", () => {
    expect(checkBodySize("POST", h({ "transfer-encoding": "chunked" }))).toMatchObject({ ok: false, status: 411 });
    for (const bad of ["-1", "1e9", "12abc", "99999999999999999999"]) expect(checkBodySize("POST", h({ "content-length": bad })), bad).toMatchObject({ ok: false, status: 411 });
    expect(checkBodySize("POST", h({})).ok).toBe(true); // no body at all
  });
});
