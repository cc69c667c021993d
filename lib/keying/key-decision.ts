import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../audit/actor";
import { recordDecision, type RecordedDecision } from "../consent/record-decision";
import { contentFor } from "../content/locales";
import { getDb } from "../db";
import { renderDecisionConfirmationEmail } from "../email/decision-confirmation-email";
import { enqueueEmail } from "../email/enqueue-email";
import { wakeOutboxWorker } from "../email/outbox-worker";
import type { KeyedDecision } from "../validation/keyed-decision";

export type PossibleDuplicate = { id: string; reference: string; channel: string; decidedAt: Date };

/**
 * Decisions of the same kind for the same person on the same day (UTC date of
 * the decision): by NHS number when given, else by name and date of birth.
 * Withdrawn ones count too: staff should see them before keying again.
 */
export async function findPossibleDuplicates(details: Pick<KeyedDecision, "nhsNumber" | "givenName" | "familyName" | "dateOfBirth" | "choice" | "decidedAt">): Promise<PossibleDuplicate[]> {
  const day = details.decidedAt.toISOString().slice(0, 10);
  const from = new Date(`${day}T00:00:00Z`);
  const to = new Date(from.getTime() + 86_400_000);
  const person = details.nhsNumber
    ? { nhsNumber: details.nhsNumber }
    : {
        familyName: { equals: details.familyName, mode: "insensitive" as const },
        givenName: { equals: details.givenName, mode: "insensitive" as const },
        dateOfBirth: new Date(`${details.dateOfBirth}T00:00:00Z`),
      };
  return getDb().decision.findMany({
    where: { ...person, choice: details.choice, decidedAt: { gte: from, lt: to } },
    select: { id: true, reference: true, channel: true, decidedAt: true },
    orderBy: { decidedAt: "asc" },
  });
}

/**
 * Records a decision keyed from a paper form or a phone call, with what was
 * received beside it, in the decision's transaction. An opt-out takes effect
 * at once; an opt-in follows the register's rule, as UNPROVED whatever email
 * was typed.
 */
export async function keyDecision(options: { keyed: KeyedDecision; by: Actor }): Promise<RecordedDecision> {
  const { receivedOn, formReference, isSigned, language, ...details } = options.keyed;
  const recorded = await recordDecision({
    details: { ...details, sourceReference: details.sourceReference ?? (formReference ? `form:${formReference}` : undefined) },
    // The language the form is printed in (or the call was made in), as the keyer chose it: English unless they said otherwise.
    language,
    // A typed email proves nothing: a keyed opt-in reversing an opt-out waits
    // for a second member of staff (lib/review/review-decision.ts).
    assurance: { level: "UNPROVED" },
    recordedBy: options.by,
    onRecorded: async (tx, decision) => {
      await tx.keyedDecision.create({
        data: {
          decisionId: decision.id,
          receivedOn: new Date(`${receivedOn}T00:00:00Z`),
          formReference: formReference ?? null,
          isSigned: isSigned === undefined ? null : isSigned === "yes",
          keyedById: options.by.id ?? options.by.kind,
        },
        select: { decisionId: true },
      });
      await recordAuditEvent(tx, {
        actor: options.by,
        action: "decision.key",
        entityType: "decision",
        entityId: decision.id,
        nhsNumber: details.nhsNumber ?? null,
        details: { reference: decision.reference, channel: details.channel, receivedOn, formReference: formReference ?? null, isSigned: isSigned ?? null },
      });
      // A form or call that gave an address to reply to gets the same confirmation as an online choice,
      // in the form's language, in the decision's transaction (the outbox sends it, and retries).
      if (details.contactEmail) {
        const email = renderDecisionConfirmationEmail({
          reference: decision.reference,
          choice: details.choice,
          status: decision.status,
          givenName: details.givenName,
          familyName: details.familyName,
          madeBy: details.madeBy,
          proxyName: details.proxyName,
          recordedAt: contentFor(language ?? "en").dates.formatDecidedAt(details.decidedAt, details.channel),
        }, language ?? "en");
        await enqueueEmail(tx, { idempotencyKey: `decision-confirmation:${decision.id}`, to: details.contactEmail, ...email });
      }
    },
  });
  if (details.contactEmail) wakeOutboxWorker();
  return recorded;
}
