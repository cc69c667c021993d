import { EXCLUDED_INFORMATION, EXCLUDED_INFORMATION_DOWNLOAD, EXCLUDED_INFORMATION_STATUS } from "../content/whats-left-out";
import { toCsv } from "../reports/csv";

/**
 * The list of information left out of the record as CSV, from the same list
 * as the page and the PDF, through the site's one CSV writer. Starts with a
 * byte order mark so spreadsheet programs read it as UTF-8. The status column
 * says, on every row, whether the programme has confirmed the list or it is
 * still an example.
 */
export function renderExcludedInformationCsv(): string {
  const status = EXCLUDED_INFORMATION_STATUS?.csv ?? EXCLUDED_INFORMATION_DOWNLOAD.csvStatusConfirmed;
  return toCsv(
    [EXCLUDED_INFORMATION_DOWNLOAD.csvHeader, ...EXCLUDED_INFORMATION.map((item) => [item.code, item.category, item.includes, status])],
    { byteOrderMark: true },
  );
}
