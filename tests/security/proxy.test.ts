import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";

import { proxy } from "@/proxy";

// proxy.ts itself, called as Next.js calls it. Next.js keeps a header the proxy set over the
// route's own, so whatever the proxy sets is what the browser gets.

describe("proxy.ts and a route's own Content-Security-Policy (issue #12, finding 8)", () => {
  it("leaves the evidence download's policy (sandbox) to the route: it sets no page policy over it", () => {
    const response = proxy(new NextRequest("http://localhost:3000/staff/review/0b9f5c8e-1c1d-4b7a-9a55-2f2b6f0c7d11/evidence"));
    expect(response.headers.get("content-security-policy")).toBeNull();
  });

  it("still gives every page its nonce policy", () => {
    for (const path of ["/", "/staff/review", "/staff/review/0b9f5c8e-1c1d-4b7a-9a55-2f2b6f0c7d11", "/choice/opt-out"]) {
      const policy = proxy(new NextRequest(`http://localhost:3000${path}`)).headers.get("content-security-policy");
      expect(policy, path).toMatch(/script-src 'self' 'nonce-/);
    }
  });
});
