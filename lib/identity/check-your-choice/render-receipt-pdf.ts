import { formatReferenceNumber } from "../../consent/reference-number";
import type { SiteContent } from "../../content/locales/site-content";
import { ORGANISATION_NAME } from "../../content/site";
import type { Locale } from "../../i18n/locales";
import { formatNhsNumber } from "../../nhs-number/nhs-number";
import { TaggedDocument } from "../../pdf/tagged-document";
import type { ResidentChoice } from "./get-resident-choice";

// The PDF receipt on "Check your choice": the same words and table as the
// page, in the page's language (lib/content/locales), as a tagged PDF like the leaflet.

/** The resident's current choice in words, as the page and the receipt both say it. */
export function choiceSummaryIn(content: SiteContent, choice: ResidentChoice): string[] {
  const C = content.nhsLogin.CHECK_YOUR_CHOICE;
  const lines: string[] = [C.current[choice.consent.status]];
  if (choice.decisions.length === 0) lines.push(C.noDecisions);
  else if (choice.consent.decidedAt) lines.push(C.currentSince(content.dates.formatCalendarDate(new Date(choice.consent.decidedAt))));
  if (choice.carriedAcross) lines.push(C.carriedAcross(C.channelLabel[choice.carriedAcross]));
  if (choice.hasAwaitingReview) lines.push(C.awaitingReview);
  return lines;
}

/** Each decision as a row of the history table. */
export function historyRowsIn(content: SiteContent, choice: ResidentChoice): string[][] {
  const C = content.nhsLogin.CHECK_YOUR_CHOICE;
  return choice.decisions.map((d) => [
    content.dates.formatDecidedAt(d.decidedAt, d.channel),
    C.choiceLabel[d.choice],
    C.channelLabel[d.channel],
    d.madeBy.kind === "SELF" ? C.madeBySelf : C.madeByProxy(d.madeBy.name, d.madeBy.relationship),
    formatReferenceNumber(d.reference),
    C.statusLabel[d.status],
  ]);
}

export async function renderReceiptPdf(options: {
  choice: ResidentChoice;
  name: string;
  siteUrl: string;
  now?: Date;
  locale: Locale;
  content: SiteContent;
}): Promise<Buffer> {
  const { content, locale } = options;
  const C = content.nhsLogin.CHECK_YOUR_CHOICE;
  const pdf = new TaggedDocument({
    title: C.receiptTitle,
    subject: C.receiptSubject,
    keywords: content.leaflet.LEAFLET.keywords,
    author: ORGANISATION_NAME,
    siteUrl: options.siteUrl,
    locale,
    exampleDetails: content.siteFrame.SITE_FRAME.exampleDetails,
  });
  const body = pdf.section();
  pdf.heading(body, 1, C.receiptTitle);
  pdf.paragraph(body, C.signedInAs(options.name, formatNhsNumber(options.choice.nhsNumber)));
  pdf.paragraph(body, C.receiptIssued(content.dates.formatLondonDateTime(options.now ?? new Date())));
  pdf.heading(body, 2, C.currentHeading);
  for (const line of choiceSummaryIn(content, options.choice)) pdf.paragraph(body, line);
  if (options.choice.decisions.length > 0) {
    pdf.heading(body, 2, C.historyHeading);
    pdf.blocks(body, [{ kind: "table", caption: C.historyCaption, head: C.historyHead, rows: historyRowsIn(content, options.choice) }]);
  }
  body.end();
  return pdf.finish(C.receiptFooter, C.receiptPage);
}
