import type { SiteLinks } from "./email-layout";
import { renderPlainEmail, type RenderedEmail } from "./emails";
import { formatCalendarDate } from "./dates";
import { SITE_TITLE } from "./site";

// Sent to the person who made a decision for someone else (or to the person
// themself, for an opt-in awaiting review) when staff do not accept it, in the
// language the decision was made in (lib/review/review-decision.ts).

/** The language staff write the reason in: every translation quotes it as written, marked as English. */
export const REASON_LANG = "en-GB";

export function renderDecisionRejectedEmail(input: {
  /** The reference as residents read it, "ABC-DEF-GHJ" (formatReferenceNumber). */
  reference: string;
  choice: "OPT_OUT" | "OPT_IN";
  decidedAt: Date;
  /** The reviewer's own words, in English: quoted as written, never translated. */
  reason: string;
  isProxy: boolean;
  /** The site's addresses in the email's language (lib/email/site-links.ts). */
  links: SiteLinks;
}): RenderedEmail {
  const what = input.choice === "OPT_OUT" ? "opt out of" : "opt back in to";
  return renderPlainEmail({
    subject: `We could not accept your decision ${input.reference}`,
    lines: [
      `You asked on ${formatCalendarDate(input.decidedAt)} to ${what} the joined-up care record (reference ${input.reference}).`,
      "",
      input.isProxy
        ? "We checked the evidence that you can make this decision for the person, and we could not accept it. The decision has been withdrawn."
        : "We checked your request and could not accept it. The decision has been withdrawn.",
      "",
      ["Why, in our team's words: ", { text: input.reason, lang: REASON_LANG }],
      "",
      ["You can make the decision again with the right evidence, on the paper form, by phone or on our website: ", { href: input.links.site }],
      "",
      "Quote your reference if you contact us.",
      "",
      `${SITE_TITLE}`,
    ],
  });
}
