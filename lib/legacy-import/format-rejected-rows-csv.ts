import { getLegacyFormat } from "./formats";
import type { ImportReport } from "./types";

// The rows a supervisor must look at (rejected, or retracted as entered in
// error), as a CSV to open in a spreadsheet. The values come from the legacy
// file, so they are untrusted: a cell starting with = + - @ (or a tab or
// carriage return) would run as a formula in Excel or LibreOffice, so it is
// prefixed with an apostrophe, which spreadsheets show as text (OWASP's advice
// for CSV injection). UTF-8 with a byte-order mark, so Excel reads Zoë as Zoë.

const FORMULA_START = /^[=+\-@\t\r]/;

/** One spreadsheet-safe CSV cell. */
export function toSafeCsvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatRejectedRowsCsv(report: ImportReport): string {
  const columns = getLegacyFormat(report.source).columns;
  const lines = [["row", "outcome", "reason", "message", ...columns].map(toSafeCsvCell).join(",")];
  for (const issue of report.issues) {
    const fields = issue.fields ?? [];
    // Rows with too many columns keep their extra values at the end.
    const values = [...columns.map((_, index) => fields[index] ?? ""), ...fields.slice(columns.length)];
    lines.push([issue.rowNumber, issue.outcome, issue.code, issue.message, ...values].map(toSafeCsvCell).join(","));
  }
  if (report.issuesNotListed > 0) {
    lines.push(["", "", "", `${report.issuesNotListed} more rows are counted in the report but not listed here`].map(toSafeCsvCell).join(","));
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
