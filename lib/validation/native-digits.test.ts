import { describe, expect, it } from "vitest";

import { browserJourneyWords } from "../choice/journey-words";
import { STEP_REGISTRY } from "../choice/steps/index";
import { CALLBACK_FORM } from "../content/locales/bn/contact";
import { contentFor } from "../content/locales";
import { callbackRequestSchemaIn } from "./contact";

// A resident typing on a Bengali (or Arabic, Persian, Urdu) keyboard gets that script's digits,
// and the translated pages themselves show numbers in them. Every answer that is a number reads
// them as 0–9, in the same schemas the browser checks with and the server parses with, and
// what it gives on (what is stored) is ASCII digits.

const BENGALI = browserJourneyWords(contentFor("bn"));
const TODAY = new Date("2026-12-07T12:00:00Z");
const parseStep = (slug: string, values: Record<string, unknown>) => STEP_REGISTRY.get(slug).schema({ whoFor: "myself", words: BENGALI, today: TODAY }).safeParse(values);

describe("answers typed in a script's own digits", () => {
  it("gives a date of birth in Bengali digits as the ISO date", () => {
    const parsed = parseStep("date-of-birth", { dobDay: "৩", dobMonth: "৪", dobYear: "১৯৭০" });
    expect(parsed.success && parsed.data).toEqual({ dateOfBirth: "1970-04-03" });
  });

  it("gives a date of birth in Arabic-Indic and Extended Arabic-Indic digits as the ISO date", () => {
    const arabic = parseStep("date-of-birth", { dobDay: "٣", dobMonth: "١٢", dobYear: "١٩٨٥" });
    expect(arabic.success && arabic.data).toEqual({ dateOfBirth: "1985-12-03" });
    const persian = parseStep("date-of-birth", { dobDay: "۲۹", dobMonth: "۲", dobYear: "۲۰۰۰" });
    expect(persian.success && persian.data).toEqual({ dateOfBirth: "2000-02-29" });
  });

  it("still checks the date itself: a Bengali 31 February is not a real date", () => {
    const parsed = parseStep("date-of-birth", { dobDay: "৩১", dobMonth: "২", dobYear: "২০০১" });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues[0]!.message).toBe(BENGALI.DATE_OF_BIRTH.errors.invalid);
  });

  it("gives an NHS number in Bengali digits, with spaces, as ten ASCII digits", () => {
    const parsed = parseStep("nhs-number", { nhsNumber: "৯৯৯ ১২৩ ৪৫৬৭" });
    // 999 123 4567 is not valid (check digit): the message is about the check digit, not about 0 to 9.
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues[0]!.message).toBe(BENGALI.NHS_NUMBER_ERRORS["check-digit"]);
    const valid = parseStep("nhs-number", { nhsNumber: "৯৯৯ ০০০ ০০১৮" });
    expect(valid.success && valid.data).toEqual({ nhsNumber: "9990000018" });
  });

  it("still refuses letters in an NHS number", () => {
    const parsed = parseStep("nhs-number", { nhsNumber: "৯৯৯ ABC ০০১৮" });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues[0]!.message).toBe(BENGALI.NHS_NUMBER_ERRORS["not-digits"]);
  });

  it("gives the email code in Bengali digits as ASCII digits", () => {
    const parsed = parseStep("confirm-email", { code: "১২৩ ৪৫৬" });
    expect(parsed.success && parsed.data).toEqual({ code: "123456" });
  });

  it("gives a postcode with Bengali digits in the usual shape", () => {
    const parsed = parseStep("postcode", { postcode: "n১ ১aa" });
    expect(parsed.success && parsed.data).toEqual({ postcode: "N1 1AA" });
  });

  it("gives a call-back phone number in Bengali digits as ASCII digits", () => {
    const parsed = callbackRequestSchemaIn(CALLBACK_FORM.errors).safeParse({ name: "Ada", phone: "০৭৭০০ ৯০০৯৮২", preferredTime: "Any time", message: "" });
    expect(parsed.success && parsed.data.phone).toBe("07700 900982");
  });
});
