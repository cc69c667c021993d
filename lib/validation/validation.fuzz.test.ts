import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { fuzzParams, mangled, modelAsciiDigits, nastyJsonValue, nastyString, numberLikeString, timeBoxed, FUZZ_TEST_TIMEOUT_MS } from "../../tests/fuzz/arbitraries";
import { CONFIRM_EMAIL, DATE_OF_BIRTH, NAME, POSTCODE } from "../content/choice";
import { boroughForPostcode } from "../eligibility/postcode-districts";
import { ASCII_DIGITS_MAX_LENGTH } from "./ascii-digits";
import { codeStepSchema, dateOfBirthStepSchema, emailStepSchema, firstFieldErrors, gpPracticeStepSchema, nameStepSchema, postcodeStepSchema } from "./choice";
import { callbackRequestSchema, normaliseUkPhoneNumber } from "./contact";
import { decisionDetailsSchema, isoDateSchema, postcodeSchema } from "./decision";
import { KEYED_FORM_FIELDS, keyedDecisionSchema, normaliseDateInput, readKeyedDecisionForm, type KeyedFormField } from "./keyed-decision";

vi.setConfig({ testTimeout: FUZZ_TEST_TIMEOUT_MS });

// Property-based fuzzing of the form and register validators: each accepts
// with the value an independent model gives, or refuses with the message the
// page shows; none throws; and what the journeys accept, the register accepts.

const TODAY = new Date("2026-11-25T12:00:00Z");
const pad = (n: number, width = 2) => String(n).padStart(width, "0");
/** JavaScript's String.prototype.trim whitespace (what zod's .trim() removes). */
const WS = "\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";
const trim = (s: string) => s.replace(new RegExp(`^[${WS}]+|[${WS}]+$`, "g"), "");
const collapse = (s: string) => s.replace(new RegExp(`[${WS}]+`, "g"), " ");

function daysIn(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}
function isRealIso(value: string): boolean {
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(value);
  return m !== null && +m[2]! >= 1 && +m[2]! <= 12 && +m[3]! >= 1 && +m[3]! <= daysIn(+m[1]!, +m[2]!);
}

const issuesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? [];

describe("postcodes (fuzzed)", () => {
  const outward = fc.tuple(fc.stringMatching(/^[A-Z]{1,2}$/), fc.nat(9), fc.option(fc.stringMatching(/^[A-Z0-9]$/))).map(([a, d, x]) => `${a}${d}${x ?? ""}`);
  const inward = fc.tuple(fc.nat(9), fc.stringMatching(/^[A-Z]{2}$/)).map(([d, l]) => `${d}${l}`);
  const valid = fc.tuple(outward, inward, fc.constantFrom(" ", "", "  ", "\t", "\u00a0"), fc.boolean()).map(([o, i, sep, lower]) => (lower ? `${o}${sep}${i}`.toLowerCase() : `${o}${sep}${i}`));
  const anyPostcode = fc.oneof(valid, mangled(valid), nastyString, fc.constantFrom("N1", "N1 1A", "1N 1AA", "NNN1 1AA", "N1 1AAA", "ſW1A 1AA", "GIR 0AA"));

  /** Model: upper-cased, spaces collapsed, then outward code, an optional space, inward code. */
  function model(raw: string): string | null {
    const value = collapse(trim(raw).toUpperCase());
    const m = /^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$/.exec(value);
    return m ? `${m[1]} ${m[2]}` : null;
  }

  it("accepts exactly the model's postcodes, normalised to OUTWARD INWARD; idempotent; the step adds its own length limit", () => {
    fc.assert(
      fc.property(anyPostcode, (raw) => {
        const parsed = timeBoxed(() => postcodeSchema.safeParse(raw));
        const expected = model(raw);
        expect(parsed.success ? parsed.data : null).toBe(expected);
        if (expected) {
          expect(postcodeSchema.parse(expected)).toBe(expected);
          expect(() => boroughForPostcode(expected)).not.toThrow();
        }
        const step = postcodeStepSchema.safeParse({ postcode: raw });
        // The resident's step reads digits of any script (১ on a Bengali keyboard) as 0–9 first; the register does not.
        if (step.success) expect(step.data.postcode).toBe(model(modelAsciiDigits(raw, ASCII_DIGITS_MAX_LENGTH)));
        else expect([POSTCODE.errors.required, POSTCODE.errors.tooLong, postcodeSchema.safeParse("x").error!.issues[0]!.message]).toContain(issuesOf(step)[0]);
      }),
      fuzzParams(),
    );
  });
});

describe("dates (fuzzed)", () => {
  const isoish = fc.oneof(
    fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`),
    nastyString,
    mangled(fc.constant("1970-05-17")),
  );

  it("isoDateSchema accepts exactly the real calendar dates written YYYY-MM-DD (surrounding spaces trimmed)", () => {
    fc.assert(
      fc.property(isoish, (raw) => {
        const parsed = timeBoxed(() => isoDateSchema.safeParse(raw));
        expect(parsed.success).toBe(isRealIso(trim(raw)));
        if (parsed.success) expect(parsed.data).toBe(trim(raw));
      }),
      fuzzParams(),
    );
  });

  const box = (max: number) => fc.oneof({ arbitrary: fc.integer({ min: 0, max }).map(String), weight: 4 }, { arbitrary: fc.integer({ min: 0, max }).map((n) => pad(n)), weight: 2 }, { arbitrary: numberLikeString, weight: 1 }, { arbitrary: nastyString, weight: 1 }, { arbitrary: fc.constant(""), weight: 1 });

  it("the date of birth step gives the model's date or the model's message, in the service manual's order", () => {
    fc.assert(
      fc.property(box(32), box(13), fc.oneof(box(2030), fc.integer({ min: 1890, max: 2030 }).map(String)), fc.boolean(), (day, month, year, isChild) => {
        const result = timeBoxed(() => dateOfBirthStepSchema({ isChild, today: TODAY }).safeParse({ dobDay: day, dobMonth: month, dobYear: year }));
        // Digits of any script (١٢, ১৯৭০) are read as 0–9.
        const [d, m, y] = [trim(day), trim(month), trim(year)].map((box) => modelAsciiDigits(box, ASCII_DIGITS_MAX_LENGTH)) as [string, string, string];
        const E = DATE_OF_BIRTH.errors;
        let expected: string;
        if (d.length > 4 || m.length > 4 || y.length > 4) expected = "too-long";
        else if (!d && !m && !y) expected = E.required;
        else if (!d) expected = E.missingDay;
        else if (!m) expected = E.missingMonth;
        else if (!y) expected = E.missingYear;
        else if (!/^[0-9]{1,2}$/.test(d) || !/^[0-9]{1,2}$/.test(m)) expected = E.invalid;
        else if (!/^[0-9]{4}$/.test(y)) expected = E.yearFourDigits;
        else {
          const iso = `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
          if (!isRealIso(iso)) expected = E.invalid;
          else if (iso > "2026-11-25") expected = E.future;
          else if (iso < "1900-01-01") expected = E.tooOld;
          else if (isChild && `${+y + 16}${iso.slice(4)}` <= "2026-11-25") expected = E.childTooOld;
          else expected = `ok:${iso}`;
        }
        if (expected === "too-long") expect(result.success).toBe(false);
        else if (expected.startsWith("ok:")) expect(result.success && result.data).toEqual({ dateOfBirth: expected.slice(3) });
        else expect(issuesOf(result)).toEqual([expected]);
      }),
      fuzzParams(),
    );
  });

  it("keyed dates: dd/mm/yyyy, d m yyyy and yyyy-mm-dd become YYYY-MM-DD; anything else is left for the schema to refuse", () => {
    const typed = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9999 }), fc.constantFrom("/", " ", ".", "-", "\\", ",")).map(([d, m, y, sep]) => `${d}${sep}${m}${sep}${pad(y, 4)}`),
      nastyString,
      mangled(fc.constant("17/05/1970")),
    );
    fc.assert(
      fc.property(typed, (raw) => {
        const result = timeBoxed(() => normaliseDateInput(raw));
        const m = /^([0-9]{1,2})[/ .-]([0-9]{1,2})[/ .-]([0-9]{4})$/.exec(trim(raw).replace(new RegExp(`[${WS}]`, "g"), " "));
        if (m && !/[^\S ]/.test(trim(raw).replace(/[ ]/g, ""))) expect(result).toBe(`${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`);
        expect(normaliseDateInput(result)).toBe(result);
        if (isoDateSchema.safeParse(result).success) expect(result).toMatch(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/);
      }),
      fuzzParams(),
    );
  });
});

describe("names (fuzzed)", () => {
  const name = fc.oneof(
    { arbitrary: fc.constantFrom("Zoë", "O’Brien", "Nguyễn", "Мария", "王芳", "Anne-Marie", "St. John", "D'Arcy", "Ζωή", "עִבְרִית", "محمد"), weight: 3 },
    { arbitrary: mangled(fc.constantFrom("Ada", "Lovelace")), weight: 2 },
    { arbitrary: nastyString, weight: 3 },
  );
  const NAME_CHARACTERS = /^[\p{L}\p{M}][\p{L}\p{M}\s'’.-]*$/u;

  it("the journey's name step: the model's name with spaces tidied, or the field's own message; the register accepts what it gives", () => {
    fc.assert(
      fc.property(name, name, (givenName, familyName) => {
        const result = timeBoxed(() => nameStepSchema.safeParse({ givenName, familyName }));
        const check = (raw: string, messages: { required: string; tooLong: string; characters: string }) => {
          const value = trim(raw);
          if (value === "") return messages.required;
          if (value.length > 100) return messages.tooLong;
          if (!NAME_CHARACTERS.test(value)) return messages.characters;
          return { ok: collapse(value) };
        };
        const E = NAME.errors;
        const given = check(givenName, { required: E.givenNameRequired, tooLong: E.givenNameTooLong, characters: E.givenNameCharacters });
        const family = check(familyName, { required: E.familyNameRequired, tooLong: E.familyNameTooLong, characters: E.familyNameCharacters });
        if (typeof given === "object" && typeof family === "object") {
          expect(result.success && result.data).toEqual({ givenName: given.ok, familyName: family.ok });
          // What the journey accepts, the register's own schema accepts unchanged.
          const core = decisionDetailsSchema.safeParse({ givenName: given.ok, familyName: family.ok, dateOfBirth: "1970-05-17", choice: "OPT_OUT", madeBy: "SELF", channel: "ONLINE", decidedAt: "2026-06-01T09:00:00Z" });
          expect(core.success, JSON.stringify(core.error?.issues)).toBe(true);
          expect(core.data?.givenName).toBe(given.ok);
        } else {
          // The page shows each field's first message.
          const shown = result.error ? firstFieldErrors(result.error) : {};
          expect(shown).toEqual({ ...(typeof given === "string" ? { givenName: given } : {}), ...(typeof family === "string" ? { familyName: family } : {}) });
        }
      }),
      fuzzParams(),
    );
  });
});

describe("email, codes and phone numbers (fuzzed)", () => {
  const email = fc.oneof({ arbitrary: fc.emailAddress(), weight: 3 }, { arbitrary: mangled(fc.emailAddress()), weight: 2 }, { arbitrary: nastyString, weight: 2 }, { arbitrary: fc.emailAddress().map((e) => e.toUpperCase()), weight: 1 });

  it("email: accepted addresses are lower-case, at most 254 characters, and the register accepts them unchanged", () => {
    fc.assert(
      fc.property(email, (raw) => {
        const result = timeBoxed(() => emailStepSchema.safeParse({ email: raw }));
        if (!result.success) {
          expect(issuesOf(result)[0]!.length).toBeGreaterThan(10);
          return;
        }
        const value = result.data.email;
        expect(value).toBe(trim(raw).toLowerCase());
        expect(value.length).toBeLessThanOrEqual(254);
        expect(value).toMatch(/^[^\s@]+@[^\s@]+\.[^\s@]+$/);
        expect(emailStepSchema.parse({ email: value }).email).toBe(value);
        const core = decisionDetailsSchema.safeParse({ givenName: "A", familyName: "B", dateOfBirth: "1970-05-17", choice: "OPT_OUT", madeBy: "SELF", channel: "ONLINE", decidedAt: "2026-06-01T09:00:00Z", contactEmail: value });
        expect(core.success && core.data.contactEmail).toBe(value);
      }),
      fuzzParams(),
    );
  });

  it("confirmation code: exactly six ASCII digits once spaces and hyphens are removed", () => {
    const code = fc.oneof(fc.stringMatching(/^[0-9]{6}$/), fc.stringMatching(/^[0-9 -]{0,10}$/), mangled(fc.stringMatching(/^[0-9]{6}$/)), nastyString, numberLikeString);
    fc.assert(
      fc.property(code, (raw) => {
        const result = timeBoxed(() => codeStepSchema.safeParse({ code: raw }));
        const value = raw.replace(new RegExp(`[${WS}-]`, "g"), "");
        if (value === "") expect(issuesOf(result)[0]).toBe(CONFIRM_EMAIL.errors.required);
        else if (/^[0-9]{6}$/.test(value)) expect(result.success && result.data.code).toBe(value);
        else expect(issuesOf(result)).toEqual([CONFIRM_EMAIL.errors.format]);
      }),
      fuzzParams(),
    );
  });

  it("UK phone numbers: 0 and 9-10 more digits (or +44/0044 for the 0), in any usual punctuation", () => {
    const phone = fc.oneof(
      fc.tuple(fc.constantFrom("0", "+44", "+44 (0)", "0044", "+440", "44"), fc.stringMatching(/^[0-9]{8,11}$/), fc.constantFrom(" ", "-", ".", "", "(")).map(([p, d, sep]) => `${p}${d.slice(0, 4)}${sep}${d.slice(4)}`),
      numberLikeString,
      nastyString,
      mangled(fc.constant("020 7946 0000")),
    );
    fc.assert(
      fc.property(phone, (raw) => {
        const result = timeBoxed(() => normaliseUkPhoneNumber(raw));
        const compact = raw.replace(new RegExp(`[${WS}\\-.()]`, "g"), "");
        const national = compact.startsWith("+44") ? `0${compact.slice(3).replace(/^0/, "")}` : compact.startsWith("0044") ? `0${compact.slice(4).replace(/^0/, "")}` : compact;
        expect(result).toBe(/^0[0-9]{9,10}$/.test(national) ? national : undefined);
        expect(() => callbackRequestSchema.safeParse({ name: "A", phone: raw, preferredTime: "x", message: raw })).not.toThrow();
      }),
      fuzzParams(),
    );
  });
});

describe("whole forms and request shapes (fuzzed)", () => {
  const value = fc.oneof({ arbitrary: nastyString, weight: 3 }, { arbitrary: nastyJsonValue, weight: 1 }, { arbitrary: fc.constantFrom(undefined, null, Number.NaN, new Date(Number.NaN), Symbol("x"), () => 1), weight: 1 });

  it("no schema throws on any object: it parses or returns its messages", () => {
    const schemas = [decisionDetailsSchema, keyedDecisionSchema, nameStepSchema, postcodeStepSchema, gpPracticeStepSchema, emailStepSchema, codeStepSchema, callbackRequestSchema, dateOfBirthStepSchema({ isChild: false, today: TODAY })];
    fc.assert(
      fc.property(fc.oneof(value, fc.dictionary(fc.oneof(fc.constantFrom("givenName", "familyName", "postcode", "gpPracticeOds", "email", "code", "nhsNumber", "decidedAt", "dateOfBirth", "dobDay", "phone", "__proto__", "constructor"), nastyString), value, { maxKeys: 8 })), (input) => {
        for (const schema of schemas) {
          const result = timeBoxed(() => schema.safeParse(input));
          if (!result.success) for (const issue of result.error.issues) expect(typeof issue.message).toBe("string");
        }
      }),
      fuzzParams(),
    );
  });

  it("the staff keying form: any strings in any field are read and checked without throwing; what is accepted the register accepts", () => {
    const form = fc.record(Object.fromEntries(KEYED_FORM_FIELDS.map((f) => [f, fc.oneof(nastyString, fc.constantFrom("PAPER", "PHONE", "OPT_OUT", "SELF", "yes", "17/05/1970", "01/06/2026", "N1 1AA", "Ada", ""))])) as Record<KeyedFormField, fc.Arbitrary<string>>);
    fc.assert(
      fc.property(form, (values) => {
        const parsed = timeBoxed(() => keyedDecisionSchema.safeParse(readKeyedDecisionForm(values)));
        if (!parsed.success) return;
        const details = Object.fromEntries(Object.entries(parsed.data).filter(([field]) => !["receivedOn", "formReference", "isSigned"].includes(field)));
        expect(decisionDetailsSchema.safeParse(details).success).toBe(true);
      }),
      fuzzParams(),
    );
  });

  it("GP practice step: empty or an ODS-shaped code, never anything else", () => {
    fc.assert(
      fc.property(fc.oneof(nastyString, mangled(fc.constant("F83001"))), (raw) => {
        const result = timeBoxed(() => gpPracticeStepSchema.safeParse({ gpPracticeOds: raw }));
        if (result.success && result.data.gpPracticeOds !== undefined) expect(result.data.gpPracticeOds).toMatch(/^[A-Z]\d{5}$|^[A-Z0-9]{3,6}$/);
      }),
      fuzzParams(),
    );
  });
});
