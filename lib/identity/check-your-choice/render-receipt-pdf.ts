import { formatReferenceNumber } from "../../consent/reference-number";
import { formatCalendarDate, formatDecidedAt, formatLondonDateTime } from "../../content/dates";
import { CHECK_YOUR_CHOICE as C } from "../../content/nhs-login";
import { ORGANISATION_NAME } from "../../content/site";
import { formatNhsNumber } from "../../nhs-number/nhs-number";
import { TaggedDocument } from "../../pdf/tagged-document";
import type { ResidentChoice } from "./get-resident-choice";

// The PDF receipt on "Check your choice": the same words and table as the
// page (lib/content/nhs-login.ts), as a tagged PDF like the leaflet.

export function choiceSummary(choice: ResidentChoice): string[] {
  const lines: string[] = [C.current[choice.consent.status]];
  if (choice.decisions.length === 0) lines.push(C.noDecisions);
  else if (choice.consent.decidedAt) lines.push(C.currentSince(formatCalendarDate(new Date(choice.consent.decidedAt))));
  if (choice.carriedAcross) lines.push(C.carriedAcross(C.channelLabel[choice.carriedAcross]));
  if (choice.hasAwaitingReview) lines.push(C.awaitingReview);
  return lines;
}

export function historyRows(choice: ResidentChoice): string[][] {
  return choice.decisions.map((d) => [
    formatDecidedAt(d.decidedAt, d.channel),
    C.choiceLabel[d.choice],
    C.channelLabel[d.channel],
    d.madeBy.kind === "SELF" ? C.madeBySelf : C.madeByProxy(d.madeBy.name, d.madeBy.relationship),
    formatReferenceNumber(d.reference),
    C.statusLabel[d.status],
  ]);
}

export async function renderReceiptPdf(options: { choice: ResidentChoice; name: string; siteUrl: string; now?: Date }): Promise<Buffer> {
  const pdf = new TaggedDocument({ title: C.receiptTitle, subject: C.receiptSubject, keywords: "opt out, opt in, receipt", author: ORGANISATION_NAME, siteUrl: options.siteUrl });
  const body = pdf.section();
  pdf.heading(body, 1, C.receiptTitle);
  pdf.paragraph(body, C.signedInAs(options.name, formatNhsNumber(options.choice.nhsNumber)));
  pdf.paragraph(body, C.receiptIssued(formatLondonDateTime(options.now ?? new Date())));
  pdf.heading(body, 2, C.currentHeading);
  for (const line of choiceSummary(options.choice)) pdf.paragraph(body, line);
  if (options.choice.decisions.length > 0) {
    pdf.heading(body, 2, C.historyHeading);
    pdf.blocks(body, [{ kind: "table", caption: C.historyCaption, head: C.historyHead, rows: historyRows(options.choice) }]);
  }
  body.end();
  return pdf.finish(C.receiptFooter, C.receiptPage);
}
