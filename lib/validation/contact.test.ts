import { describe, expect, it } from "vitest";

import { CALLBACK_FORM } from "../content/contact";
import { callbackFieldErrors, callbackRequestSchema, normaliseUkPhoneNumber } from "./contact";

const E = CALLBACK_FORM.errors;
const valid = { name: "  Ada Test ", phone: "07700 900982", preferredTime: "Any time", message: "  " };

describe("call-back request schema", () => {
  it("trims and tidies what the resident typed", () => {
    const parsed = callbackRequestSchema.parse({ ...valid, phone: " 020  7946   0123 " });
    expect(parsed).toEqual({ name: "Ada Test", phone: "020 7946 0123", preferredTime: "Any time", message: null });
  });

  it.each([
    ["07700 900982", "07700900982"],
    ["+44 7700 900982", "07700900982"],
    ["+44 (0)20 7946 0123", "02079460123"],
    ["020-7946-0123", "02079460123"],
  ])("accepts the UK number %s", (input, national) => {
    expect(normaliseUkPhoneNumber(input)).toBe(national);
  });

  it.each(["12345", "0770090098212", "+1 202 555 0100", "phone me"])("rejects %s", (input) => {
    expect(normaliseUkPhoneNumber(input)).toBeUndefined();
  });

  it("says what is wrong with each field, in form order", () => {
    const result = callbackRequestSchema.safeParse({ name: "", phone: "abc", preferredTime: "", message: "x".repeat(2001) });
    expect(result.success).toBe(false);
    expect(callbackFieldErrors(result.error!)).toEqual({
      name: E.name.required,
      phone: E.phone.invalid,
      preferredTime: E.preferredTime.required,
      message: E.message.tooLong,
    });
  });

  it("asks for a phone number when there is none", () => {
    const result = callbackRequestSchema.safeParse({ ...valid, phone: "   " });
    expect(callbackFieldErrors(result.error!).phone).toBe(E.phone.required);
  });
});
