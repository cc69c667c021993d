import { formatReferenceNumber } from "../consent/reference-number";
import type { RenderedEmail } from "../content/emails";
import { contentFor } from "../content/locales";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { siteLinksFor } from "./site-links";

/** What the confirmation email says about a decision, whichever way it reached us. */
export type DecisionConfirmation = {
  reference: string;
  choice: "OPT_OUT" | "OPT_IN";
  status: "EFFECTIVE" | "AWAITING_REVIEW";
  givenName: string;
  familyName: string;
  madeBy: "SELF" | "PARENT_OR_GUARDIAN" | "ATTORNEY" | "DEPUTY";
  proxyName?: string | null;
  /** When it was recorded or made, already formatted for London. */
  recordedAt: string;
  /** A proxy who will post their evidence is told where to send it. */
  postsEvidence?: boolean;
};

/**
 * The confirmation email for a decision: the online journeys and staff keying (a paper form or call that
 * gave an address) send the same words, in the language the decision was made in (subject, body and the
 * HTML's lang, from lib/content/locales/<locale>). An opt-in's status is the same for everyone, whatever
 * the person's current choice (docs/decisions/015). It links to the site and its contact page in the same
 * language, at the public address `siteUrl` (SITE_URL unless given).
 */
export function renderDecisionConfirmationEmail(input: DecisionConfirmation, locale: Locale = DEFAULT_LOCALE, options: { siteUrl?: string } = {}): RenderedEmail {
  const content = contentFor(locale);
  const links = siteLinksFor(locale, options.siteUrl);
  const { CHOICE_EMAILS, CONFIRMATION } = content.choice;
  const { renderFactsEmail } = content.emails;
  const reference = formatReferenceNumber(input.reference);
  const rows: [string, string][] = [
    [CHOICE_EMAILS.rows.reference, reference],
    [CHOICE_EMAILS.rows.choice, CHOICE_EMAILS.choiceLabel[input.choice]],
    [CHOICE_EMAILS.rows.status, input.choice === "OPT_IN" ? CHOICE_EMAILS.optInStatus : CHOICE_EMAILS.statusLabel[input.status]],
    [CHOICE_EMAILS.rows.person, `${input.givenName} ${input.familyName}`],
    [CHOICE_EMAILS.rows.madeBy, input.madeBy !== "SELF" ? CHOICE_EMAILS.madeByValue[input.madeBy](input.proxyName ?? "") : CHOICE_EMAILS.madeByValue.SELF],
    [CHOICE_EMAILS.rows.recordedAt, input.recordedAt],
  ];
  return renderFactsEmail({
    subject: CHOICE_EMAILS.confirmationSubject(reference),
    title: CHOICE_EMAILS.confirmationTitle,
    rows,
    closing: [
      // An opt-out's email repeats the warning the resident saw before sending (lib/content/rules.ts).
      ...(input.choice === "OPT_OUT" ? [CHOICE_EMAILS.emergencyWarning] : []),
      ...(input.choice === "OPT_IN" ? CONFIRMATION.next.OPT_IN_RECEIVED : []),
      ...(input.postsEvidence ? CHOICE_EMAILS.postEvidence(reference) : []),
      CHOICE_EMAILS.changeMind(links),
      CHOICE_EMAILS.contact(links),
    ],
  });
}
