import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { fuzzParams, mangled, nastyString, referenceNhsNumberIsValid, timeBoxed, FUZZ_TEST_TIMEOUT_MS } from "../../tests/fuzz/arbitraries";
import { formatNhsNumber, generateTestNhsNumber, isValidNhsNumber, normaliseNhsNumber, parseNhsNumber } from "./nhs-number";

vi.setConfig({ testTimeout: FUZZ_TEST_TIMEOUT_MS });

// Property-based fuzzing of NHS number parsing against an independent model:
// the separators people type are removed, then the Modulus 11 check is done
// by tests/fuzz/arbitraries.ts's reference implementation.

// The separators the parser promises to ignore: JavaScript's whitespace set and the ASCII hyphen.
const SEPARATORS = new Set([..."\t\n\u000b\u000c\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff-"]);
for (let code = 0x2000; code <= 0x200a; code++) SEPARATORS.add(String.fromCharCode(code));

function model(input: string) {
  const value = [...input].filter((c) => !SEPARATORS.has(c)).join("");
  if (value === "") return { ok: false, problem: "empty" };
  if (!/^[0-9]+$/.test(value)) return { ok: false, problem: "not-digits" };
  if (value.length !== 10) return { ok: false, problem: "wrong-length" };
  if (!referenceNhsNumberIsValid(value)) return { ok: false, problem: "check-digit" };
  return { ok: true, nhsNumber: value };
}

const tenDigits = fc.stringMatching(/^[0-9]{10}$/);
const validNumber = fc.nat({ max: 2 ** 32 - 1 }).map((seed) => {
  let state = seed;
  return generateTestNhsNumber(() => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32);
});
const spaced = validNumber.chain((n) =>
  fc.tuple(fc.constantFrom(" ", "-", "  ", "\u00a0", "\t", " - "), fc.constantFrom("", " ", "\n")).map(([sep, pad]) => `${pad}${n.slice(0, 3)}${sep}${n.slice(3, 6)}${sep}${n.slice(6)}${pad}`),
);
const anyInput = fc.oneof(validNumber, tenDigits, spaced, mangled(validNumber), mangled(tenDigits), nastyString, fc.stringMatching(/^[0-9 -]{0,14}$/));

describe("NHS number parsing (fuzzed)", () => {
  it("accepts exactly what the reference model accepts, with the same digits, and names the same problem otherwise", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        expect(timeBoxed(() => parseNhsNumber(input))).toEqual(model(input));
      }),
      fuzzParams(),
    );
  });

  it("agrees with the reference Modulus 11 on every 10-digit string", () => {
    fc.assert(
      fc.property(tenDigits, (digits) => {
        expect(isValidNhsNumber(digits)).toBe(referenceNhsNumberIsValid(digits));
      }),
      fuzzParams(),
    );
  });

  it("round-trips: a formatted number parses back to itself; normalising is idempotent", () => {
    fc.assert(
      fc.property(validNumber, anyInput, (valid, input) => {
        const formatted = formatNhsNumber(valid);
        expect(formatted).toMatch(/^\d{3} \d{3} \d{4}$/);
        expect(parseNhsNumber(formatted)).toEqual({ ok: true, nhsNumber: valid });
        const once = normaliseNhsNumber(input);
        expect(normaliseNhsNumber(once)).toBe(once);
        // Formatting leaves anything it cannot format untouched, never throws.
        const shown = formatNhsNumber(input);
        if (!parseNhsNumber(input).ok && !/^\d{10}$/.test(normaliseNhsNumber(input))) expect(shown).toBe(input);
      }),
      fuzzParams(),
    );
  });

  it("catches every single wrong digit and most swaps of neighbours (what Modulus 11 promises)", () => {
    fc.assert(
      fc.property(validNumber, fc.nat({ max: 9 }), fc.nat({ max: 8 }), (valid, position, delta) => {
        const wrong = `${valid.slice(0, position)}${(Number(valid[position]) + delta + 1) % 10}${valid.slice(position + 1)}`;
        expect(parseNhsNumber(wrong).ok).toBe(false);
      }),
      fuzzParams(),
    );
  });
});
