import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { FUZZ_TEST_TIMEOUT_MS, fuzzParams, nastyString } from "../../tests/fuzz/arbitraries";
import { toSafeCsvCell } from "../legacy-import/format-rejected-rows-csv";
import { toCsv } from "./csv";

vi.setConfig({ testTimeout: FUZZ_TEST_TIMEOUT_MS });

// The CSV writers carry untrusted text (legacy files, names typed by
// residents) into spreadsheets. Fuzzed: any cells read back, by a real CSV
// parser, as exactly the cells written, except that every formula start (at
// the start of the cell, or after a separator or line break a spreadsheet
// might split on) comes back with an apostrophe in front.

const FORMULA_START = /^ *[=+\-@\t\r]/;
/** The model: an apostrophe before each formula start after a separator, then before one at the start. */
function neutralised(value: string): string {
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const previous = value.slice(0, i).replace(/ +$/, "");
    if ("=+-@".includes(value[i]!) && i > 0 && /[;,\t\n\r|]$/.test(previous)) out += "'";
    out += value[i];
  }
  return FORMULA_START.test(out) ? `'${out}` : out;
}
// Cut to 3,000 characters: the writers are linear, and parsing 200,000-character cells back only slows the run.
const cell = fc.oneof(
  nastyString.map((s) => s.slice(0, 3_000)),
  fc.constantFrom("=1+1", "+44 20", "-5", "@SUM(A1)", "\t=x", "\r=x", '"quoted"', "a,b", "line\r\nbreak", " padded ", "", "'already", "x;=1+1", "x, -2", "a\n@b"),
);

describe("CSV output (fuzzed)", () => {
  it("every row reads back cell for cell, formulas made text", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }), (rows) => {
        // Sent as UTF-8, where an unpaired surrogate can only be U+FFFD.
        const expected = rows.map((row) => row.map((value) => neutralised(value).replace(/\p{Cs}/gu, "\ufffd")));
        for (const text of [toCsv(rows), `${rows.map((row) => row.map(toSafeCsvCell).join(",")).join("\r\n")}\r\n`]) {
          const read = parse(text, { relax_column_count: true, record_delimiter: "\r\n" }) as string[][];
          expect(read).toEqual(expected);
          for (const row of read) for (const value of row) for (const part of value.split(/[;,\t\n\r|]/)) expect(part.replace(/^ +/, "")).not.toMatch(/^[=+\-@]/);
        }
      }),
      fuzzParams(),
    );
  });
});
