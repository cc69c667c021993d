import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { formatRejectedRowsCsv, toSafeCsvCell } from "./format-rejected-rows-csv";
import type { ImportReport } from "./types";

const report = (issues: ImportReport["issues"]): ImportReport => ({
  source: "caremyway",
  fileName: "f.csv",
  sha256: "0".repeat(64),
  sizeBytes: 1,
  outcome: "checked",
  refusal: null,
  counts: { rowsRead: 1, accepted: 0, superseded: 0, untraced: 0, duplicates: 0, retracted: 0, retractions: 0, rejected: issues.length },
  rejectedByReason: {},
  duplicatesOf: { earlierRowOfThisFile: 0, earlierImport: 0, retractionAlreadyApplied: 0 },
  retractionsOfEarlierImports: 0,
  issues,
  issuesNotListed: 0,
  checkedAt: new Date().toISOString(),
  importRun: null,
  peopleChanged: null,
});

describe("rejected rows as CSV", () => {
  it("neutralises values a spreadsheet would run as formulas", () => {
    for (const attack of ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]) {
      expect(toSafeCsvCell(attack).replace(/^"/, "")).toMatch(/^'/);
    }
    expect(toSafeCsvCell("O'Brien")).toBe("O'Brien");
    expect(toSafeCsvCell("Smith, Jr")).toBe('"Smith, Jr"');
    expect(toSafeCsvCell('Ana "Annie"')).toBe('"Ana ""Annie"""');
  });

  it("lists each row with its reason and its fields, readable by a CSV parser", () => {
    const csv = formatRejectedRowsCsv(
      report([
        { rowNumber: 7, outcome: "rejected", code: "unknown-code", message: 'READ_CODE "=cmd|calc" is not 93C1.', fields: ["9434765919", "=cmd|' /C calc'!A0", "Zoë", "", "", "", "=cmd|calc", "", "", "extra"] },
        { rowNumber: 9, outcome: "retracted", code: "retracted-in-error", message: "Retracted by row 12" },
      ]),
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = parse(csv.slice(1), { relax_column_count: true }) as string[][];
    expect(rows[0]!.slice(0, 5)).toEqual(["row", "outcome", "reason", "message", "NHS_NUMBER"]);
    expect(rows[1]!.slice(0, 4)).toEqual(["7", "rejected", "unknown-code", 'READ_CODE "=cmd|calc" is not 93C1.']);
    expect(rows[1]![5]).toBe("'=cmd|' /C calc'!A0");
    expect(rows[1]![6]).toBe("Zoë");
    expect(rows[1]![13]).toBe("extra");
    expect(rows[2]!.slice(0, 3)).toEqual(["9", "retracted", "retracted-in-error"]);
    for (const cells of rows) for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@]/);
  });
});
