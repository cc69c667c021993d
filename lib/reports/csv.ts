// The one CSV writer for every file the site hands out to be opened in a
// spreadsheet: staff reports, the legacy import's rejected rows, the list of
// information left out of the record. RFC 4180 quoting, CRLF line ends.
//
// CSV injection (OWASP): a cell that starts with = + - @ (or a tab or carriage
// return) runs as a formula in Excel, LibreOffice or Sheets. A spreadsheet
// that splits on another separator (";" in much of Europe, tab) than the file
// uses sees a new cell after each of them, so "x;=1+1" would run too. Every
// such start is neutralised with an apostrophe, which spreadsheets show as
// text: at the start of the value and after every separator or line break; and
// any value holding a separator, quote or line break is quoted.

const FORMULA_TRIGGER = "[=+\\-@\\t\\r]";
/** Leading spaces too: some spreadsheets trim them on import. */
const FORMULA_AT_START = new RegExp(`^ *${FORMULA_TRIGGER}`);
/** A formula trigger straight after a separator a spreadsheet might split on (spaces between are skipped by some). */
const FORMULA_AFTER_SEPARATOR = new RegExp(`([;,\\t\\n\\r|][ ]*)(?=[=+\\-@])`, "g");
const NEEDS_QUOTES = /[",;\t\n\r|]/;

export type CsvValue = string | number | null | undefined;

/** One spreadsheet-safe CSV cell. Numbers are written as they are (a negative number is not a formula). */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string") {
    text = text.replace(FORMULA_AFTER_SEPARATOR, "$1'");
    if (FORMULA_AT_START.test(text)) text = `'${text}`;
  }
  return NEEDS_QUOTES.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as CSV text; with `byteOrderMark`, a UTF-8 BOM first so Excel reads Zoë as Zoë. */
export function toCsv(rows: readonly (readonly CsvValue[])[], options: { byteOrderMark?: boolean } = {}): string {
  const text = rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
  return options.byteOrderMark ? `\uFEFF${text}` : text;
}
