import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { fuzzParams, mangled, nastyString, timeBoxed, FUZZ_TEST_TIMEOUT_MS } from "../../tests/fuzz/arbitraries";
import { formatReferenceNumber, generateReferenceNumber, isValidReferenceNumber, normaliseReferenceNumber, REFERENCE_ALPHABET } from "./reference-number";

vi.setConfig({ testTimeout: FUZZ_TEST_TIMEOUT_MS });

// Property-based fuzzing of reference numbers against an independent model of
// the check character: the weighted sum (weights 1 to 9) of the 9 symbols'
// positions in the alphabet must be 0 modulo 29.

const ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXY";

function modelIsValid(reference: string): boolean {
  if (!/^[23456789ABCDEFGHJKMNPQRSTVWXY]{9}$/.test(reference)) return false;
  const total = [...reference].reduce((sum, c, i) => sum + (i + 1) * ALPHABET.indexOf(c), 0);
  return total % 29 === 0;
}

const symbol = fc.constantFrom(...ALPHABET);
const valid = fc.array(fc.nat({ max: 28 }), { minLength: 8, maxLength: 8 }).map((picks) => {
  let i = 0;
  return generateReferenceNumber(() => picks[i++]!);
});
const nineSymbols = fc.string({ unit: symbol, minLength: 9, maxLength: 9 });
const typed = valid.chain((ref) =>
  fc.tuple(fc.constantFrom("-", " ", "", " - "), fc.boolean()).map(([sep, lower]) => {
    const text = `${ref.slice(0, 3)}${sep}${ref.slice(3, 6)}${sep}${ref.slice(6)}`;
    return lower ? text.toLowerCase() : text;
  }),
);
const anyInput = fc.oneof(valid, nineSymbols, typed, mangled(valid), mangled(typed), nastyString);

describe("reference numbers (fuzzed)", () => {
  it("generated references are valid under the model, use only the alphabet, and format as ABC-DEF-GHJ", () => {
    fc.assert(
      fc.property(valid, (reference) => {
        expect(reference).toHaveLength(9);
        expect(modelIsValid(reference)).toBe(true);
        expect(REFERENCE_ALPHABET).toBe(ALPHABET);
        const formatted = formatReferenceNumber(reference);
        expect(formatted).toMatch(/^[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}$/);
        expect(normaliseReferenceNumber(formatted)).toBe(reference);
      }),
      fuzzParams(),
    );
  });

  it("a normalised input is valid exactly when the model says so; normalising is idempotent and never throws", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const normalised = timeBoxed(() => normaliseReferenceNumber(input));
        expect(normaliseReferenceNumber(normalised)).toBe(normalised);
        expect(timeBoxed(() => isValidReferenceNumber(normalised))).toBe(modelIsValid(normalised));
        expect(() => formatReferenceNumber(input)).not.toThrow();
      }),
      fuzzParams(),
    );
  });

  it("catches every single wrong character and every swap of two different neighbours", () => {
    fc.assert(
      fc.property(valid, fc.nat({ max: 8 }), fc.nat({ max: 27 }), fc.nat({ max: 7 }), (reference, at, shift, swapAt) => {
        const changed = ALPHABET[(ALPHABET.indexOf(reference[at]!) + shift + 1) % 29]!;
        expect(isValidReferenceNumber(reference.slice(0, at) + changed + reference.slice(at + 1))).toBe(false);
        const [a, b] = [reference[swapAt]!, reference[swapAt + 1]!];
        if (a !== b) expect(isValidReferenceNumber(reference.slice(0, swapAt) + b + a + reference.slice(swapAt + 2))).toBe(false);
      }),
      fuzzParams(),
    );
  });
});
