import fc from "fast-check";

// Shared settings and nasty-input arbitraries for the fuzz tests: the pure
// ones in lib/**/*.fuzz.test.ts (unit project) and the database-backed ones in
// tests/fuzz (integration project). Not a test file itself.
//
// FUZZ_RUNS sets the number of runs for pure properties (default 200);
// database-backed properties use a tenth of it (at least 10). FUZZ_SEED replays
// a failure: fast-check prints the seed and path of every counterexample.
// Locally, e.g. `FUZZ_RUNS=5000 npx vitest run --project unit lib/**/*.fuzz.test.ts`.

const runs = Number.parseInt(process.env.FUZZ_RUNS ?? "", 10);
export const FUZZ_RUNS = Number.isFinite(runs) && runs > 0 ? runs : 200;
export const DB_FUZZ_RUNS = Math.max(10, Math.round(FUZZ_RUNS / 10));
/** Per-test time limit, growing with FUZZ_RUNS (use with vi.setConfig({ testTimeout })). */
export const FUZZ_TEST_TIMEOUT_MS = Math.max(60_000, FUZZ_RUNS * 60);
const seed = Number.parseInt(process.env.FUZZ_SEED ?? "", 10);

/** fast-check parameters: the run count, a replayable seed, and a time box per run (slow regexes fail, not hang). */
export function fuzzParams<T>(numRuns = FUZZ_RUNS, extra: fc.Parameters<T> = {}): fc.Parameters<T> {
  return { numRuns, ...(Number.isFinite(seed) ? { seed } : {}), ...extra };
}

/** Time box for one call of a pure parser: far above a linear parse of these inputs (microseconds), yet
 * far below catastrophic backtracking on a 200,000-character input (seconds); generous for busy CI machines. */
export const PURE_CALL_BUDGET_MS = 500;

/** Runs `work` and fails if it takes longer than `budgetMs` (catastrophic backtracking, quadratic loops). */
export function timeBoxed<T>(work: () => T, budgetMs = PURE_CALL_BUDGET_MS): T {
  const started = performance.now();
  const result = work();
  const elapsed = performance.now() - started;
  if (elapsed > budgetMs) throw new Error(`took ${elapsed.toFixed(1)} ms, more than the ${budgetMs} ms time box`);
  return result;
}

/**
 * Every decimal digit's value as the platform's own number formats write it (each numbering system Intl
 * knows writes 0 to 9 in its digits), so tests of the residents' forms, which read digits of any script
 * as 0-9 (lib/validation/ascii-digits.ts), have a model that does not use the code under test.
 */
const DIGIT_VALUES: ReadonlyMap<string, string> = new Map(
  Intl.supportedValuesOf("numberingSystem").flatMap((system) => {
    const format = new Intl.NumberFormat("en", { numberingSystem: system, useGrouping: false });
    if (format.resolvedOptions().numberingSystem !== system) return [];
    const digits = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((digit) => format.format(digit));
    return digits.every((digit) => /^\p{Nd}$/u.test(digit)) ? digits.map((digit, value) => [digit, String(value)] as const) : [];
  }),
);

/** The model of the residents' forms' digit reading: every decimal digit as 0-9, in text up to `maxLength` long; anything else as it is. */
export function modelAsciiDigits(text: string, maxLength: number): string {
  if (text.length > maxLength) return text;
  return [...text]
    .map((character) => {
      if (!/\p{Nd}/u.test(character)) return character;
      const value = DIGIT_VALUES.get(character);
      if (value === undefined) throw new Error(`the model has no value for the digit U+${character.codePointAt(0)!.toString(16)}`);
      return value;
    })
    .join("");
}

const NASTY_CHARACTERS = [
  "\u0000", "\u0001", "\u0007", "\u001b", "\u007f", "\u0085", "\u009f", // control characters (C0, DEL, C1)
  "\t", "\n", "\r", "\r\n", "\u000b", "\u000c", // whitespace and line breaks
  "\u00a0", "\u1680", "\u2000", "\u2007", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff", // Unicode spaces and BOM
  "\u200b", "\u200c", "\u200d", "\u2060", // zero-width characters
  "\u0301", "\u0308", "\u0327", "\u20dd", // combining marks
  "\u202e", "\u202d", "\u2066", "\u2067", "\u2069", "\u200f", "\u061c", // bidi overrides and marks (RTL)
  "\u05d0", "\u0627", "\u0645", // Hebrew and Arabic letters
  "\ud800", "\udbff", "\udc00", "\udfff", // lone surrogates
  "😀", "👨‍👩‍👧", "🏴󠁧󠁢󠁥󠁮󠁧󠁿", "\ud83d\ude00\u0301", // emoji, ZWJ sequences, tag characters
  "\uff10", "\uff19", "\u0660", "\u0966", "\u00b2", "\u2460", "\u{1d7ce}", // digits that are not ASCII digits
  "\uff21", "\u0130", "\u0131", "\u017f", "\u00df", "\ufb00", "\u212a", "\u00c5", "\u0391", // letters whose case mapping is odd
  "\ufffd", "\uffff", "\ufffe", "\u{10ffff}",
  "-", "+", "e", "E", ".", ",", "_", "/", "\\", "|", '"', "'", "`", "<", ">", "&", ";", "%", "#", "=", "{", "}", "[", "]", "(", ")",
  "0", "1", "5", "9", "00", "1e3", "-0", "0x1f", "Infinity", "NaN", "null", "undefined", "true", "__proto__", "constructor",
  "%00", "%2F", "%ZZ", "%ED%A0%80", "%C0%AF", "..", "../",
] as const;

/** One nasty character or token. */
export const nastyCharacter = fc.constantFrom(...NASTY_CHARACTERS);

/**
 * Strings of every kind: arbitrary UTF-16 (lone surrogates included), full
 * Unicode, nasty tokens, and long ones. Mix with a domain's valid values.
 */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: fc.oneof(nastyCharacter, fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 })), maxLength: 30 }), weight: 4 },
  { arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 30 }), weight: 1 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }), weight: 1 },
  {
    arbitrary: fc.tuple(fc.constantFrom("a", "1", " ", "é", "\u0301", "-", "0", "😀", "\ud800"), fc.integer({ min: 1_000, max: 200_000 })).map(([c, n]) => c.repeat(n)),
    weight: 1,
  },
);

/** Puts nasty characters around and inside a valid value: the near misses parsers get wrong. */
export function mangled(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(valid, fc.array(fc.tuple(fc.nat(), nastyCharacter), { maxLength: 3 }), fc.constantFrom("", " ", "  ", "\t", "\u00a0", "\ufeff", "\n"))
    .map(([value, insertions, pad]) => {
      let result = value;
      for (const [at, character] of insertions) {
        const position = result.length === 0 ? 0 : at % (result.length + 1);
        result = result.slice(0, position) + character + result.slice(position);
      }
      return pad + result + pad;
    });
}

/** Numbers written every way people and programs write them. */
export const numberLikeString = fc.oneof(
  fc.integer().map(String),
  fc.double().map(String),
  fc.bigInt().map(String),
  fc.tuple(fc.constantFrom("+", "-", "", " ", "0", "00"), fc.nat(100_000), fc.constantFrom("", "e3", "E-2", ".0", ".5", "n", " ", "\u00a0", "_000")).map((p) => p.join("")),
  fc.constantFrom("0x10", "0b11", "0o7", "1_000", "١٢", "１２", "Infinity", "-Infinity", "NaN", "", " ", "1e400", "9".repeat(400), "1,000", "1 000"),
);

/** Any JSON value, with deep nesting and big arrays mixed in. */
export const nastyJsonValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.jsonValue({ maxDepth: 4 }), weight: 4 },
  { arbitrary: fc.constantFrom(null, true, false, 0, -1, 1e308, "", [], {}), weight: 1 },
  { arbitrary: fc.nat({ max: 500 }).map((depth) => deepArray(depth)), weight: 1 },
  { arbitrary: fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { minLength: 10_001, maxLength: 10_050 }), weight: 1 },
);

/** `depth` arrays nested in one another, built without recursion. */
export function deepArray(depth: number, leaf: unknown = "9990000018"): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** Bytes that are not valid UTF-8: lone continuation bytes, overlong forms, surrogates, cut-short sequences. */
export const invalidUtf8Bytes = fc.constantFrom(
  [0x80], [0xbf], [0xc0, 0xaf], [0xc1, 0xbf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf5], [0xff], [0xfe],
  [0xc3], [0xe2, 0x82], [0xf0, 0x9f, 0x98],
);

/** Reference Modulus 11 check for NHS numbers, written from the NHS Data Dictionary independently of lib/nhs-number. */
export function referenceNhsNumberIsValid(digits: string): boolean {
  if (digits.length !== 10) return false;
  const values = [...digits].map((c) => "0123456789".indexOf(c));
  if (values.some((v) => v < 0)) return false;
  const total = values.slice(0, 9).reduce((sum, v, i) => sum + v * (10 - i), 0);
  const remainder = total % 11;
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check !== 10 && check === values[9];
}
