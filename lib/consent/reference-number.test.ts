import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatReferenceNumber,
  generateReferenceNumber,
  isValidReferenceNumber,
  normaliseReferenceNumber,
  REFERENCE_ALPHABET,
  REFERENCE_LENGTH,
} from "./reference-number";

const reference = fc
  .array(fc.nat(REFERENCE_ALPHABET.length - 1), { minLength: 8, maxLength: 8 })
  .map((values) => {
    let index = 0;
    return generateReferenceNumber(() => values[index++]!);
  });

describe("reference numbers", () => {
  it("are 9 characters from the unambiguous alphabet", () => {
    for (let i = 0; i < 200; i++) {
      const value = generateReferenceNumber();
      expect(value).toHaveLength(REFERENCE_LENGTH);
      expect(value).toMatch(/^[2-9A-HJKMNP-TV-Y]{9}$/);
      expect(isValidReferenceNumber(value)).toBe(true);
    }
  });

  it("leave out characters people confuse", () => {
    for (const confusable of ["0", "O", "1", "I", "L", "U", "Z"]) expect(REFERENCE_ALPHABET).not.toContain(confusable);
  });

  it("reject any single-character typo", () => {
    fc.assert(
      fc.property(
        reference,
        fc.nat(REFERENCE_LENGTH - 1),
        fc.integer({ min: 1, max: REFERENCE_ALPHABET.length - 1 }),
        (value, position, shift) => {
          const original = REFERENCE_ALPHABET.indexOf(value[position]!);
          const replacement = REFERENCE_ALPHABET[(original + shift) % REFERENCE_ALPHABET.length]!;
          const typo = value.slice(0, position) + replacement + value.slice(position + 1);
          expect(isValidReferenceNumber(typo)).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("reject every single-character typo of one reference, exhaustively", () => {
    const value = generateReferenceNumber();
    for (let position = 0; position < REFERENCE_LENGTH; position++) {
      for (const character of REFERENCE_ALPHABET) {
        if (character === value[position]) continue;
        expect(isValidReferenceNumber(value.slice(0, position) + character + value.slice(position + 1))).toBe(false);
      }
    }
  });

  it("reject a swap of two neighbouring characters", () => {
    fc.assert(
      fc.property(reference, fc.nat(REFERENCE_LENGTH - 2), (value, position) => {
        fc.pre(value[position] !== value[position + 1]);
        const swapped = value.slice(0, position) + value[position + 1] + value[position] + value.slice(position + 2);
        expect(isValidReferenceNumber(swapped)).toBe(false);
      }),
    );
  });

  it("reject a missing or extra character", () => {
    fc.assert(
      fc.property(reference, fc.nat(REFERENCE_LENGTH - 1), (value, position) => {
        expect(isValidReferenceNumber(value.slice(0, position) + value.slice(position + 1))).toBe(false);
        expect(isValidReferenceNumber(value + value[position])).toBe(false);
      }),
    );
  });

  it("read back whatever way they are typed", () => {
    fc.assert(
      fc.property(reference, (value) => {
        const formatted = formatReferenceNumber(value);
        expect(formatted).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}$/);
        expect(normaliseReferenceNumber(formatted)).toBe(value);
        expect(normaliseReferenceNumber(` ${formatted.toLowerCase().replace(/-/g, " ")} `)).toBe(value);
      }),
    );
  });
});
