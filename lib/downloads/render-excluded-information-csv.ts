import { EXCLUDED_INFORMATION, EXCLUDED_INFORMATION_DOWNLOAD } from "../content/whats-left-out";
import { toCsv } from "../reports/csv";

/**
 * The list of information left out of the record as CSV, from the same list
 * as the page and the PDF, through the site's one CSV writer. Starts with a
 * byte order mark so spreadsheet programs read it as UTF-8.
 */
export function renderExcludedInformationCsv(): string {
  return toCsv(
    [EXCLUDED_INFORMATION_DOWNLOAD.csvHeader, ...EXCLUDED_INFORMATION.map((item) => [item.code, item.category, item.includes])],
    { byteOrderMark: true },
  );
}
