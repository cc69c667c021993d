import { csvCell, type CsvValue, toCsv } from "../reports/csv";
import { getLegacyFormat } from "./formats";
import type { ImportReport } from "./types";

// The rows a supervisor must look at (rejected, or retracted as entered in
// error), as a CSV to open in a spreadsheet. The values come from the legacy
// file, so they are untrusted: lib/reports/csv.ts neutralises anything a
// spreadsheet would run as a formula. UTF-8 with a byte-order mark.

/** One spreadsheet-safe CSV cell: the site's one CSV writer (lib/reports/csv.ts). */
export const toSafeCsvCell = csvCell;

export function formatRejectedRowsCsv(report: ImportReport): string {
  const columns = getLegacyFormat(report.source).columns;
  const rows: CsvValue[][] = [["row", "outcome", "reason", "message", ...columns]];
  for (const issue of report.issues) {
    const fields = issue.fields ?? [];
    // Rows with too many columns keep their extra values at the end.
    const values = [...columns.map((_, index) => fields[index] ?? ""), ...fields.slice(columns.length)];
    rows.push([issue.rowNumber, issue.outcome, issue.code, issue.message, ...values]);
  }
  if (report.issuesNotListed > 0) {
    rows.push(["", "", "", `${report.issuesNotListed} more rows are counted in the report but not listed here`]);
  }
  return toCsv(rows, { byteOrderMark: true });
}
