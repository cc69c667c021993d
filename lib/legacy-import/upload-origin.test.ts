import { describe, expect, it } from "vitest";
import { isSameOriginPost } from "./upload-origin";

const headers = (values: Record<string, string>) => new Headers(values);

describe("isSameOriginPost", () => {
  it("accepts a post from the host it was sent to", () => {
    expect(isSameOriginPost(headers({ origin: "http://127.0.0.1:3100", host: "127.0.0.1:3100" }))).toBe(true);
  });
  it("accepts the configured public address behind a proxy", () => {
    expect(isSameOriginPost(headers({ origin: "https://register.example.org", host: "10.0.0.5:3000" }), "https://register.example.org")).toBe(true);
    expect(isSameOriginPost(headers({ origin: "https://register.example.org", host: "10.0.0.5:3000", "x-forwarded-host": "register.example.org" }))).toBe(true);
  });
  it("refuses another site, another port, another scheme's host mismatch, null and no origin", () => {
    expect(isSameOriginPost(headers({ origin: "https://evil.example", host: "127.0.0.1:3100" }))).toBe(false);
    expect(isSameOriginPost(headers({ origin: "http://127.0.0.1:3999", host: "127.0.0.1:3100" }))).toBe(false);
    expect(isSameOriginPost(headers({ origin: "null", host: "127.0.0.1:3100" }))).toBe(false);
    expect(isSameOriginPost(headers({ host: "127.0.0.1:3100" }))).toBe(false);
    expect(isSameOriginPost(headers({ origin: "not a url", host: "127.0.0.1:3100" }))).toBe(false);
    expect(isSameOriginPost(headers({ origin: "https://evil.example" }), "https://register.example.org")).toBe(false);
  });
});
