import { recordDecision } from "../../consent/record-decision";
import { formatReferenceNumber } from "../../consent/reference-number";
import { CHOICE_EMAILS } from "../../content/choice";
import { formatLondonDateTime } from "../../content/dates";
import { renderFactsEmail } from "../../content/emails";
import { enqueueEmail } from "../../email/enqueue-email";
import { wakeOutboxWorker } from "../../email/outbox-worker";
import type { ResidentSession } from "../resident-session";
import { verifiedAssurance } from "../verified-decision";

// "Change your choice" from Check your choice, in one step: the resident is
// signed in with NHS login at P9, so every answer the decision needs is what
// NHS login vouched for. Recorded through the register core (its rule, its
// audit event), with the confirmation email in the same transaction.

export async function changeChoiceWithNhsLogin(options: {
  session: ResidentSession;
  choice: "OPT_OUT" | "OPT_IN";
  now?: Date;
  requestId?: string;
}): Promise<{ reference: string; status: "EFFECTIVE" | "AWAITING_REVIEW" }> {
  const { session } = options;
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
    onRecorded: async (tx, decision) => {
      if (!session.email) return;
      const reference = formatReferenceNumber(decision.reference);
      const email = renderFactsEmail({
        subject: CHOICE_EMAILS.confirmationSubject(reference),
        title: CHOICE_EMAILS.confirmationTitle,
        rows: [
          [CHOICE_EMAILS.rows.reference, reference],
          [CHOICE_EMAILS.rows.choice, CHOICE_EMAILS.choiceLabel[options.choice]],
          [CHOICE_EMAILS.rows.status, CHOICE_EMAILS.statusLabel[decision.status]],
          [CHOICE_EMAILS.rows.person, `${session.givenName} ${session.familyName}`],
          [CHOICE_EMAILS.rows.recordedAt, formatLondonDateTime(decidedAt)],
        ],
        closing: [CHOICE_EMAILS.changeMind, CHOICE_EMAILS.contact],
      });
      await enqueueEmail(tx, { idempotencyKey: `decision-confirmation:${decision.id}`, to: session.email, ...email });
    },
  });
  wakeOutboxWorker();
  return { reference: recorded.reference, status: recorded.status };
}
