import { recordDecision } from "../../consent/record-decision";
import { contentFor } from "../../content/locales";
import { renderDecisionConfirmationEmail } from "../../email/decision-confirmation-email";
import { enqueueEmail } from "../../email/enqueue-email";
import { wakeOutboxWorker } from "../../email/outbox-worker";
import { LANGUAGES, type Locale } from "../../i18n/locales";
import type { ResidentSession } from "../resident-session";
import { verifiedAssurance } from "../verified-decision";

// "Change your choice" from Check your choice, in one step: the resident is
// signed in with NHS login at P9, so every answer the decision needs is what
// NHS login vouched for. Recorded through the register core (its rule, its
// audit event), with the confirmation email in the same transaction.

export async function changeChoiceWithNhsLogin(options: {
  session: ResidentSession;
  choice: "OPT_OUT" | "OPT_IN";
  /**
   * The language of the page the resident pressed the button on, from its address (proxy.ts sets it;
   * never a form field): recorded with the decision, and the confirmation email's language.
   */
  locale: Locale;
  now?: Date;
  requestId?: string;
}): Promise<{ reference: string; status: "EFFECTIVE" | "AWAITING_REVIEW" }> {
  const { session, locale } = options;
  const decidedAt = options.now ?? new Date();
  const recorded = await recordDecision({
    details: {
      nhsNumber: session.nhsNumber,
      givenName: session.givenName,
      familyName: session.familyName,
      dateOfBirth: session.dateOfBirth,
      choice: options.choice,
      madeBy: "SELF",
      channel: "ONLINE",
      contactEmail: session.email ?? undefined,
      decidedAt,
      sourceReference: `nhs-login-session:${session.id}`,
    },
    assurance: verifiedAssurance(session),
    recordedBy: { kind: "RESIDENT", id: `nhs-login-session:${session.id}` },
    requestId: options.requestId,
    // The layout-testing pseudo-locale is no language a decision is made in (the column refuses it).
    language: LANGUAGES.includes(locale) ? locale : undefined,
    onRecorded: async (tx, decision) => {
      if (!session.email) return;
      // The same confirmation as the journeys send (lib/choice/submit-choice.ts), in the page's language.
      const email = renderDecisionConfirmationEmail(
        {
          reference: decision.reference,
          choice: options.choice,
          status: decision.status,
          givenName: session.givenName,
          familyName: session.familyName,
          madeBy: "SELF",
          recordedAt: contentFor(locale).dates.formatLondonDateTime(decidedAt),
        },
        locale,
      );
      await enqueueEmail(tx, { idempotencyKey: `decision-confirmation:${decision.id}`, to: session.email, ...email });
    },
  });
  wakeOutboxWorker();
  return { reference: recorded.reference, status: recorded.status };
}
