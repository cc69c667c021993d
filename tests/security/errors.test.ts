import { describe, expect, it } from "vitest";

import { createConsentApi } from "@/lib/api/consent-api";
import type { RegisterStore } from "@/lib/api/register-store";
import { AppError, ERRORS, type ErrorCode, problemType, toProblem } from "@/lib/errors";

// One error type (issue #13): every code's status is stated once in lib/errors.ts, and the API
// answers every AppError with that status. It used to turn every AppError but one into a 500.

const CODES = Object.keys(ERRORS) as ErrorCode[];

describe("toProblem", () => {
  it("maps every code through the one table, with the user message and no internals", () => {
    for (const code of CODES) {
      const error = new AppError({ code, message: `internal detail for ${code} at /srv/app/lib/x.ts:12`, userMessage: `Message for ${code}` });
      const problem = toProblem(error, "req-12345678");
      expect(problem.status, code).toBe(ERRORS[code].status);
      expect(problem.body, code).toMatchObject({ type: problemType(code), title: ERRORS[code].title, status: ERRORS[code].status, requestId: "req-12345678" });
      expect(JSON.stringify(problem.body), code).not.toContain("internal detail");
      if (problem.status < 500 || code === "REGISTER_UNAVAILABLE") expect(problem.body.detail, code).toBe(`Message for ${code}`);
      else expect(problem.body.detail, code).toBe("Something went wrong. Quote request id req-12345678.");
    }
  });

  it("answers anything that is not an AppError as a 500 naming only the request id", () => {
    const problem = toProblem(new TypeError("Cannot read properties of undefined (reading 'x')"), "req-abcdefgh");
    expect(problem).toMatchObject({ status: 500, body: { status: 500, detail: "Something went wrong. Quote request id req-abcdefgh." } });
    expect(JSON.stringify(problem)).not.toMatch(/Cannot read|stack/);
  });

  it("carries the error's headers, and Retry-After when the register cannot be read", () => {
    expect(toProblem(new AppError({ code: "RATE_LIMITED", message: "x", headers: { "retry-after": "7" } }), "r1234567").headers).toEqual({ "retry-after": "7" });
    expect(toProblem(new AppError({ code: "REGISTER_UNAVAILABLE", message: "x" }), "r1234567").headers["retry-after"]).toBe("5");
  });
});

describe("the consent-check API", () => {
  it("answers every AppError a store raises with its own status, not a 500", async () => {
    for (const code of CODES) {
      const failing = () => Promise.reject(new AppError({ code, message: "from the store" }));
      const store = { findApiClient: failing, findConsent: failing, findConsentAsOf: failing, findConsentsAsOf: failing, readPosition: failing, listChanges: failing, touchApiClient: failing, ping: failing, close: async () => undefined } as unknown as RegisterStore;
      const handle = createConsentApi({ store, logger: { logCall: () => undefined, flush: () => undefined }, rateLimitPerSecond: 100 });
      const response = await handle({
        method: "GET",
        path: "/api/v1/consent/9990000018",
        query: new URLSearchParams(),
        header: (name) => (name === "authorization" ? `Bearer nlr_abcdefabcdef_${"A".repeat(43)}` : undefined),
        readBody: async () => Buffer.alloc(0),
        clientAddress: "192.0.2.1",
      });
      expect(response.status, code).toBe(ERRORS[code].status);
      expect(response.headers["content-type"], code).toMatch(/^application\/problem\+json/);
    }
  });
});
