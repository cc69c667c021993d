import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatNhsNumber,
  generateTestNhsNumber,
  isValidNhsNumber,
  nhsCheckDigit,
  normaliseNhsNumber,
  parseNhsNumber,
} from "./nhs-number";

const validTestNumber = fc.integer({ min: 0, max: 2 ** 31 }).map((seed) => {
  let state = seed;
  return generateTestNhsNumber(() => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  });
});

describe("NHS number", () => {
  it("accepts numbers with the right Modulus 11 check digit", () => {
    // Worked example from the NHS Data Dictionary's check digit description.
    expect(isValidNhsNumber("9434765919")).toBe(true);
    expect(isValidNhsNumber("9434765918")).toBe(false);
  });

  it("treats a remainder of 11 as check digit 0 and 10 as never issued", () => {
    // 999000000: sum = 9*10 + 9*9 + 9*8 = 243; 243 mod 11 = 1; 11 - 1 = 10 -> invalid
    expect(nhsCheckDigit("999000000")).toBeNull();
    // 000000000 -> sum 0 -> 11 -> 0
    expect(nhsCheckDigit("000000000")).toBe(0);
    expect(isValidNhsNumber("0000000000")).toBe(true);
  });

  it("normalises spaces and hyphens", () => {
    expect(normaliseNhsNumber(" 943 476 5919 ")).toBe("9434765919");
    expect(normaliseNhsNumber("943-476-5919")).toBe("9434765919");
  });

  it("formats as 3 3 4", () => {
    expect(formatNhsNumber("9434765919")).toBe("943 476 5919");
    expect(formatNhsNumber("not a number")).toBe("not a number");
  });

  it("says what is wrong with bad input", () => {
    expect(parseNhsNumber("")).toEqual({ ok: false, problem: "empty" });
    expect(parseNhsNumber("94347659A9")).toEqual({ ok: false, problem: "not-digits" });
    expect(parseNhsNumber("943476591")).toEqual({ ok: false, problem: "wrong-length" });
    expect(parseNhsNumber("943 476 5918")).toEqual({ ok: false, problem: "check-digit" });
    expect(parseNhsNumber("943 476 5919")).toEqual({ ok: true, nhsNumber: "9434765919" });
  });

  it("generates valid numbers in the 999 test range", () => {
    fc.assert(
      fc.property(validTestNumber, (nhsNumber) => {
        expect(nhsNumber).toMatch(/^999\d{7}$/);
        expect(isValidNhsNumber(nhsNumber)).toBe(true);
      }),
    );
  });

  it("rejects every single wrong digit", () => {
    fc.assert(
      fc.property(validTestNumber, fc.nat(9), fc.integer({ min: 1, max: 9 }), (nhsNumber, position, shift) => {
        const digit = (Number(nhsNumber[position]) + shift) % 10;
        const typo = nhsNumber.slice(0, position) + digit + nhsNumber.slice(position + 1);
        expect(isValidNhsNumber(typo)).toBe(false);
      }),
    );
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const parsed = parseNhsNumber(input);
        if (parsed.ok) expect(isValidNhsNumber(parsed.nhsNumber)).toBe(true);
      }),
    );
  });
});
