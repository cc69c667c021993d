import { formatReferenceNumber } from "@/lib/consent/reference-number";
import type { SiteContent } from "@/lib/content/locales/site-content";
import type { ResidentChoice } from "@/lib/identity/check-your-choice/get-resident-choice";

// Check your choice's summary and history in the page's language: the same
// facts as the English receipt's (lib/identity/check-your-choice/render-receipt-pdf.ts),
// in the locale's words and dates.

export function choiceSummaryIn(content: SiteContent, choice: ResidentChoice): string[] {
  const C = content.nhsLogin.CHECK_YOUR_CHOICE;
  const lines: string[] = [C.current[choice.consent.status]];
  if (choice.decisions.length === 0) lines.push(C.noDecisions);
  else if (choice.consent.decidedAt) lines.push(C.currentSince(content.dates.formatCalendarDate(new Date(choice.consent.decidedAt))));
  if (choice.carriedAcross) lines.push(C.carriedAcross(C.channelLabel[choice.carriedAcross]));
  if (choice.hasAwaitingReview) lines.push(C.awaitingReview);
  return lines;
}

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
