import type { SiteContent } from "../content/locales/site-content";
import { toCsv } from "../reports/csv";

/**
 * The list of information left out of the record as CSV, in the language of
 * the page it was downloaded from, from the same list as that page and its
 * PDF, through the site's one CSV writer. The `code` column is the same in
 * every language, for anyone joining the lists up. Starts with a byte order
 * mark so spreadsheet programs read it as UTF-8. The status column says, on
 * every row, whether the programme has confirmed the list or it is still an
 * example.
 */
export function renderExcludedInformationCsv(content: SiteContent): string {
  const { EXCLUDED_INFORMATION, EXCLUDED_INFORMATION_DOWNLOAD, EXCLUDED_INFORMATION_STATUS } = content.whatsLeftOut;
  const status = EXCLUDED_INFORMATION_STATUS?.csv ?? EXCLUDED_INFORMATION_DOWNLOAD.csvStatusConfirmed;
  return toCsv(
    [EXCLUDED_INFORMATION_DOWNLOAD.csvHeader, ...EXCLUDED_INFORMATION.map((item) => [item.code, item.category, item.includes, status])],
    { byteOrderMark: true },
  );
}
