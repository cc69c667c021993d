import { describe, expect, it } from "vitest";

import { ABOUT_YOU, CONFIRM_EMAIL, DATE_OF_BIRTH, EMAIL, EVIDENCE, NAME, POSTCODE } from "../content/choice";
import { DECISION_ERRORS } from "../content/decision-errors";
import {
  aboutYouStepSchema,
  codeStepSchema,
  dateOfBirthStepSchema,
  emailStepSchema,
  evidenceStepSchema,
  firstFieldErrors,
  nameStepSchema,
  nhsNumberStepSchema,
  postcodeStepSchema,
} from "./choice";

const errorsOf = (result: { success: boolean; error?: import("zod").ZodError }) => (result.error ? firstFieldErrors(result.error) : {});
const TODAY = new Date("2026-11-25T12:00:00Z");
const dob = (day: string, month: string, year: string, isChild = false) => dateOfBirthStepSchema({ isChild, today: TODAY }).safeParse({ dobDay: day, dobMonth: month, dobYear: year });

describe("choice step schemas", () => {
  it("accept names in any script and refuse markup, blanks and long names with specific messages", () => {
    expect(nameStepSchema.parse({ givenName: "  Мария ", familyName: "O’Brien-王" })).toEqual({ givenName: "Мария", familyName: "O’Brien-王" });
    expect(nameStepSchema.parse({ givenName: "Nguyễn", familyName: "Ζωή" })).toEqual({ givenName: "Nguyễn", familyName: "Ζωή" });
    expect(errorsOf(nameStepSchema.safeParse({ givenName: "<script>alert(1)</script>", familyName: " " }))).toEqual({
      givenName: NAME.errors.givenNameCharacters,
      familyName: NAME.errors.familyNameRequired,
    });
    expect(errorsOf(nameStepSchema.safeParse({ givenName: "a".repeat(101), familyName: "b" }))).toEqual({ givenName: NAME.errors.givenNameTooLong });
    expect(errorsOf(aboutYouStepSchema.safeParse({ proxyName: "", proxyRelationship: "<b>x</b>" }))).toEqual({
      proxyName: ABOUT_YOU.errors.proxyNameRequired,
      proxyRelationship: ABOUT_YOU.errors.relationshipCharacters,
    });
  });

  it("check dates of birth in the service manual's order", () => {
    expect(dob("3", "11", "1984").data).toEqual({ dateOfBirth: "1984-11-03" });
    expect(errorsOf(dob("", "", ""))).toEqual({ dateOfBirth: DATE_OF_BIRTH.errors.required });
    expect(errorsOf(dob("3", "", "1984"))).toEqual({ dateOfBirth: DATE_OF_BIRTH.errors.missingMonth });
    expect(errorsOf(dob("31", "2", "1984"))).toEqual({ dateOfBirth: DATE_OF_BIRTH.errors.invalid });
    expect(errorsOf(dob("1", "1", "84"))).toEqual({ dateOfBirth: DATE_OF_BIRTH.errors.yearFourDigits });
    expect(errorsOf(dob("26", "11", "2026"))).toEqual({ dateOfBirth: DATE_OF_BIRTH.errors.future });
    expect(errorsOf(dob("1", "1", "1899"))).toEqual({ dateOfBirth: DATE_OF_BIRTH.errors.tooOld });
    expect(errorsOf(dob("25", "11", "2010", true))).toEqual({ dateOfBirth: DATE_OF_BIRTH.errors.childTooOld });
    expect(dob("26", "11", "2010", true).success).toBe(true);
  });

  it("give every unacceptable date of birth its own message on the date field, never a silent failure", () => {
    const E = DATE_OF_BIRTH.errors;
    // A month written as a word and a five-digit year used to fail on a length limit no message named.
    expect(errorsOf(dob("1", "March", "1984"))).toEqual({ dateOfBirth: E.invalid });
    expect(errorsOf(dob("1", "3", "19845"))).toEqual({ dateOfBirth: E.yearFourDigits });
    expect(errorsOf(dob("123456", "3", "1984"))).toEqual({ dateOfBirth: E.invalid });
    expect(errorsOf(dob("", "3", "1984"))).toEqual({ dateOfBirth: E.missingDay });
    expect(errorsOf(dob("1", "3", ""))).toEqual({ dateOfBirth: E.missingYear });
    expect(errorsOf(dob("0", "3", "1984"))).toEqual({ dateOfBirth: E.invalid });
    expect(errorsOf(dob("1", "13", "1984"))).toEqual({ dateOfBirth: E.invalid });
    expect(errorsOf(dob("1", "3", "abcd"))).toEqual({ dateOfBirth: E.yearFourDigits });
    // Digits of any script are digits: Arabic-Indic ١٢ is the 12th.
    expect(dob("١٢", "3", "1984").data).toEqual({ dateOfBirth: "1984-03-12" });
    // The service manual's words.
    expect(E.missingMonth).toBe("Date of birth must include a month");
    expect(E.invalid).toBe("Date of birth must be a real date");
    expect(E.future).toBe("Date of birth must be in the past");
    // Any input at all: one message, on the date field.
    for (const value of ["March", "19845", "<script>", "x".repeat(2000), "١٢٣٤٥", "-1", "1.5"]) {
      for (const boxes of [[value, "3", "1984"], ["1", value, "1984"], ["1", "3", value]] as const) {
        const errors = errorsOf(dob(boxes[0], boxes[1], boxes[2]));
        expect(Object.keys(errors)).toEqual(["dateOfBirth"]);
        expect(Object.values(E)).toContain(errors.dateOfBirth);
      }
    }
  });

  it("take an optional NHS number, checked with Modulus 11", () => {
    expect(nhsNumberStepSchema.parse({ nhsNumber: " " })).toEqual({ nhsNumber: undefined });
    expect(nhsNumberStepSchema.parse({ nhsNumber: "999 000 0018" })).toEqual({ nhsNumber: "9990000018" });
    expect(errorsOf(nhsNumberStepSchema.safeParse({ nhsNumber: "9990000019" }))).toEqual({ nhsNumber: DECISION_ERRORS.nhsNumber.checkDigit });
  });

  it("normalise postcodes and emails, and explain bad ones", () => {
    expect(postcodeStepSchema.parse({ postcode: " n11aa " })).toEqual({ postcode: "N1 1AA" });
    expect(errorsOf(postcodeStepSchema.safeParse({ postcode: "" }))).toEqual({ postcode: POSTCODE.errors.required });
    expect(errorsOf(postcodeStepSchema.safeParse({ postcode: "<script>" }))).toEqual({ postcode: DECISION_ERRORS.postcode.invalid });
    expect(emailStepSchema.parse({ email: " Ada@Example.ORG " })).toEqual({ email: "ada@example.org" });
    expect(errorsOf(emailStepSchema.safeParse({ email: "ada@" }))).toEqual({ email: EMAIL.errors.invalid });
    expect(errorsOf(emailStepSchema.safeParse({ email: `${"a".repeat(250)}@example.org` }))).toEqual({ email: EMAIL.errors.tooLong });
  });

  it("need a file when uploading, under 10 MB", () => {
    expect(errorsOf(evidenceStepSchema.safeParse({}))).toEqual({ evidenceMethod: EVIDENCE.errors.methodRequired });
    expect(errorsOf(evidenceStepSchema.safeParse({ evidenceMethod: "UPLOAD", evidenceFile: new File([], "") }))).toEqual({ evidenceFile: EVIDENCE.errors.fileRequired });
    expect(evidenceStepSchema.safeParse({ evidenceMethod: "UPLOAD", evidenceFile: new File([], ""), hasUploadedFile: true }).success).toBe(true);
    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], "big.pdf");
    expect(errorsOf(evidenceStepSchema.safeParse({ evidenceMethod: "UPLOAD", evidenceFile: big }))).toEqual({ evidenceFile: EVIDENCE.errors.fileTooBig });
    expect(evidenceStepSchema.safeParse({ evidenceMethod: "POST" }).success).toBe(true);
  });

  it("take a six-digit code, spaces allowed", () => {
    expect(codeStepSchema.parse({ code: "123 456" })).toEqual({ code: "123456" });
    expect(errorsOf(codeStepSchema.safeParse({ code: "" }))).toEqual({ code: CONFIRM_EMAIL.errors.required });
    expect(errorsOf(codeStepSchema.safeParse({ code: "12345a" }))).toEqual({ code: CONFIRM_EMAIL.errors.format });
  });
});
