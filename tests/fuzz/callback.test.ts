import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { requestCallback } from "@/lib/callback/request-callback";
import { isAppError } from "@/lib/errors";
import { callbackRequestSchema } from "@/lib/validation/contact";
import { DB_FUZZ_RUNS, fuzzParams, mangled, nastyString, FUZZ_TEST_TIMEOUT_MS } from "./arbitraries";
import { expectNothingWritten, privateDatabaseFor } from "./support";

vi.setConfig({ testTimeout: FUZZ_TEST_TIMEOUT_MS });

// The request-a-call-back form through the real domain function: stored (with
// its email to the team) exactly as validated, or refused with
// VALIDATION_FAILED and nothing written.

const database = privateDatabaseFor("fuzz_callback");

const text = (plausible: string[]) => fc.oneof({ arbitrary: fc.constantFrom(...plausible), weight: 3 }, { arbitrary: mangled(fc.constantFrom(...plausible)), weight: 2 }, { arbitrary: nastyString, weight: 2 });
const form = fc.record({
  name: text(["Ada Lovelace", "Zoë", "王芳"]),
  phone: text(["020 7946 0123", "07700 900982", "+44 20 7946 0123"]),
  preferredTime: text(["Any time", "Morning (9am to 12pm)"]),
  message: text(["", "About my father's record.\nThank you", "Tab\tseparated"]),
});

describe("call-back requests with fuzzed forms", () => {
  it("stores exactly the validated request, or refuses and writes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(form, async (input) => {
        const expected = callbackRequestSchema.safeParse(input);
        if (!expected.success) {
          const error = await expectNothingWritten(database, () => requestCallback(input).then(() => null, (e: unknown) => e));
          expect(isAppError(error) && error.code).toBe("VALIDATION_FAILED");
          return;
        }
        const receipt = await requestCallback(input);
        const row = (await database.query("SELECT name, phone, message FROM callback_request WHERE id = $1", [receipt.id])).rows[0];
        expect(row).toEqual({ name: expected.data.name, phone: expected.data.phone, message: expected.data.message });
      }),
      fuzzParams(DB_FUZZ_RUNS * 3),
    );
  });

  it("regression: a NUL or a lone surrogate is refused with a message, not a database error; line breaks in the message are kept", async () => {
    for (const input of [
      { name: "Ada\u0000", phone: "020 7946 0123", preferredTime: "Any time", message: "" },
      { name: "Ada", phone: "020 7946 0123", preferredTime: "Any time", message: "Hello\u0000" },
      { name: "Ada\ud800", phone: "020 7946 0123", preferredTime: "Any time", message: "" },
    ]) {
      const error = await expectNothingWritten(database, () => requestCallback(input).then(() => null, (e: unknown) => e));
      expect(isAppError(error) && error.code).toBe("VALIDATION_FAILED");
    }
    const kept = await requestCallback({ name: "Ada", phone: "020 7946 0123", preferredTime: "Any time", message: "Line one\r\nLine two\twith a tab" });
    const row = (await database.query("SELECT message FROM callback_request WHERE id = $1", [kept.id])).rows[0];
    expect(row.message).toBe("Line one\r\nLine two\twith a tab");
  });
});
