import { describe, expect, it } from "vitest";

import { REQUEST_TOO_LARGE_PROBLEM, requestTooLargeRedirect } from "./request-too-large";

const url = (address: string) => new URL(address, "http://127.0.0.1:3100");
const headers = (values: Record<string, string> = {}) => new Headers(values);

describe("a journey form too large to read", () => {
  it("goes back to its question (a plain form post, without JavaScript), keeping a change from check your answers", () => {
    expect(requestTooLargeRedirect(url("/choice/opt-out/evidence"), headers())).toBe(`/choice/opt-out/evidence?problem=${REQUEST_TOO_LARGE_PROBLEM}`);
    expect(requestTooLargeRedirect(url("/choice/opt-in/evidence?change=1"), headers())).toBe(`/choice/opt-in/evidence?problem=${REQUEST_TOO_LARGE_PROBLEM}&change=1`);
  });

  it("goes back to the question in the language it was asked in", () => {
    expect(requestTooLargeRedirect(url("/bn/choice/opt-out/evidence"), headers())).toBe(`/bn/choice/opt-out/evidence?problem=${REQUEST_TOO_LARGE_PROBLEM}`);
    expect(requestTooLargeRedirect(url("/tr/choice/opt-in/evidence?change=1"), headers())).toBe(`/tr/choice/opt-in/evidence?problem=${REQUEST_TOO_LARGE_PROBLEM}&change=1`);
    expect(requestTooLargeRedirect(url("/bn/choice/opt-out/name"), headers())).toBeNull();
  });

  it("is left to the guard's own answer for anything else", () => {
    // With JavaScript (a server action call), a question without a file, another page, another journey.
    expect(requestTooLargeRedirect(url("/choice/opt-out/evidence"), headers({ "next-action": "abc" }))).toBeNull();
    expect(requestTooLargeRedirect(url("/choice/opt-out/name"), headers())).toBeNull();
    expect(requestTooLargeRedirect(url("/contact"), headers())).toBeNull();
    expect(requestTooLargeRedirect(url("/choice/other/evidence"), headers())).toBeNull();
    expect(requestTooLargeRedirect(url("/choice/opt-out/evidence/x"), headers())).toBeNull();
  });
});
