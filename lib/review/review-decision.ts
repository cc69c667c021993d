import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../audit/actor";
import { appendStatusEvent, changeDecisionStatus } from "../consent/change-decision-status";
import { getDb, type TransactionClient } from "../db";
import { enqueueEmail } from "../email/enqueue-email";
import { siteLinksFor } from "../email/site-links";
import { AppError } from "../errors";
import { formatReferenceNumber } from "../consent/reference-number";
import { contentFor } from "../content/locales";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/locales";
import { isPublished } from "../i18n/published";
import { markEvidenceReviewed } from "./decision-evidence";
import { REVIEW_ACCEPTED, REVIEW_REJECTED } from "./list-review-queue";

export type ReviewOutcome = {
  decisionId: string;
  /** The reference the decision was received with: a traced decision's original, not its tracing entry's (docs/decisions/025). */
  reference: string;
  outcome: "accepted" | "rejected" | "returned-to-tracing";
  emailQueued: boolean;
};

async function loadDecision(decisionId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(decisionId)) throw new AppError({ code: "NOT_FOUND", message: `No decision ${decisionId}` });
  const decision = await getDb().decision.findUnique({
    where: { id: decisionId },
    select: {
      id: true, reference: true, nhsNumber: true, choice: true, madeBy: true, contactEmail: true, decidedAt: true, channel: true, language: true,
      keyed: { select: { keyedById: true } },
      statusEvents: { orderBy: { id: "desc" }, take: 1, select: { status: true } },
      // A tracing entry (docs/decisions/025): the decision it traced, as received and as keyed.
      corrects: { select: { id: true, reference: true, language: true, keyed: { select: { keyedById: true } }, statusEvents: { orderBy: { id: "desc" }, take: 1, select: { status: true } } } },
    },
  });
  if (!decision) throw new AppError({ code: "NOT_FOUND", message: `No decision ${decisionId}` });
  const { corrects, ...rest } = decision;
  return {
    ...rest,
    status: decision.statusEvents[0]?.status ?? "EFFECTIVE",
    // What staff and the person know it by: after tracing, still the reference it was received with.
    receivedReference: corrects?.reference ?? decision.reference,
    // Who keyed it: a tracing entry is recorded by whoever traced it, not keyed, so the original says.
    keyedById: decision.keyed?.keyedById ?? corrects?.keyed?.keyedById ?? null,
    // The language the person made it in: a tracing entry keeps its original's (docs/decisions/030).
    language: decision.language ?? corrects?.language ?? null,
    /** Whether it is a tracing entry: the decision as received, given an NHS number by tracing. */
    isTraced: corrects !== null,
    /** A tracing entry's original as received (no NHS number), unless already withdrawn. */
    tracedOriginal: corrects && corrects.statusEvents[0]?.status !== "WITHDRAWN" ? { id: corrects.id, reference: corrects.reference } : null,
  };
}

type LoadedDecision = Awaited<ReturnType<typeof loadDecision>>;

/** The audit's reference is the entry reviewed; a tracing entry also names the decision as received. */
function auditReference(decision: LoadedDecision): { reference: string; receivedAs?: string } {
  return decision.receivedReference === decision.reference
    ? { reference: decision.reference }
    : { reference: decision.reference, receivedAs: decision.receivedReference };
}

/**
 * Accepts: an opt-in awaiting review becomes effective (a new status entry);
 * a proxy decision already in effect keeps its status and its evidence is
 * recorded as accepted, which takes it off the queue.
 */
export async function acceptDecision(options: { decisionId: string; by: Actor }): Promise<ReviewOutcome> {
  const decision = await loadDecision(options.decisionId);
  if (decision.status === "WITHDRAWN") {
    throw new AppError({ code: "CONFLICT", message: "Withdrawn", userMessage: "This decision has already been withdrawn." });
  }
  await refuseOwnKeyedOptIn(decision, options.by);
  const recordAcceptance = async (tx: TransactionClient) => {
    await recordAuditEvent(tx, {
      actor: options.by,
      action: REVIEW_ACCEPTED,
      entityType: "decision",
      entityId: decision.id,
      nhsNumber: decision.nhsNumber,
      details: { ...auditReference(decision), previousStatus: decision.status, madeBy: decision.madeBy },
    });
    await markEvidenceReviewed(tx, { decisionId: decision.id, outcome: "ACCEPTED", by: options.by });
  };
  // The new status and the review record commit together, or neither does.
  if (decision.status === "AWAITING_REVIEW") {
    await changeDecisionStatus({ decisionId: decision.id, status: "EFFECTIVE", by: options.by, onChanged: recordAcceptance });
  } else {
    await getDb().$transaction(recordAcceptance);
  }
  return { decisionId: decision.id, reference: decision.receivedReference, outcome: "accepted", emailQueued: false };
}

/**
 * A keyed opt-in waiting for review is accepted only by a second member of
 * staff (docs/decisions/015): the caseworker on the phone is the only proof
 * the caller was the person, so the one who keyed it cannot also approve it.
 * The refusal is audited in its own transaction, so it stands although
 * nothing else changes.
 */
async function refuseOwnKeyedOptIn(decision: LoadedDecision, by: Actor): Promise<void> {
  const keyedBy = decision.keyedById;
  if (decision.status !== "AWAITING_REVIEW" || !keyedBy || by.kind !== "STAFF" || !by.id || keyedBy !== by.id) return;
  await getDb().$transaction(async (tx) => {
    await recordAuditEvent(tx, {
      actor: by,
      action: REVIEW_REFUSED_OWN_KEYING,
      entityType: "decision",
      entityId: decision.id,
      nhsNumber: decision.nhsNumber,
      details: { ...auditReference(decision), channel: decision.channel, reason: "the reviewer keyed this decision" },
    });
  });
  throw new AppError({
    code: "FORBIDDEN",
    message: `Staff ${by.id} keyed decision ${decision.id} and cannot accept it`,
    userMessage: "You keyed this opt-in, so another member of staff must check and accept it. Ask a supervisor who did not key it.",
  });
}

/** Audit action when the member of staff who keyed an opt-in tries to accept it. */
export const REVIEW_REFUSED_OWN_KEYING = "review.refuse.own-keying";

/**
 * Rejects: the decision is withdrawn with the reason (a new status entry,
 * never an edit), which restores the register's previous answer for the
 * person, and the person who made it is emailed through the outbox. A traced
 * decision is rejected whole: its original as received is withdrawn with the
 * same reason, so it does not go back on the tracing worklist to be traced and
 * reviewed again (a decision traced to the wrong person is put right on its
 * decision page instead).
 */
export async function rejectDecision(options: { decisionId: string; reason: string; by: Actor }): Promise<ReviewOutcome> {
  const reason = options.reason.trim();
  if (!reason) throw new AppError({ code: "VALIDATION_FAILED", message: "Reason missing", userMessage: "Enter the reason the decision is not accepted" });
  if (reason.length > 1000) throw new AppError({ code: "VALIDATION_FAILED", message: "Reason too long", userMessage: "The reason must be 1000 characters or fewer" });
  const decision = await loadDecision(options.decisionId);
  const email = decision.contactEmail;
  // The withdrawal, the review record and the email to the person commit
  // together in one transaction, or none of them does.
  await changeDecisionStatus({
    decisionId: decision.id,
    status: "WITHDRAWN",
    reason,
    by: options.by,
    onChanged: async (tx) => {
      await recordAuditEvent(tx, {
        actor: options.by,
        action: REVIEW_REJECTED,
        entityType: "decision",
        entityId: decision.id,
        nhsNumber: decision.nhsNumber,
        details: { ...auditReference(decision), reason, emailed: Boolean(email) },
      });
      await markEvidenceReviewed(tx, { decisionId: decision.id, outcome: "REJECTED", note: reason, by: options.by });
      if (decision.tracedOriginal) {
        await appendStatusEvent(tx, { decisionId: decision.tracedOriginal.id, reference: decision.tracedOriginal.reference, nhsNumber: null, status: "WITHDRAWN", reason, by: options.by });
      }
      if (email) {
        // In the language the decision was made in, with the reference as on the person's own
        // confirmation (not the tracing entry's, which they never saw), written as they read it.
        const locale = emailLocale(decision.language);
        const rendered = contentFor(locale).evidenceRejectedEmail.renderDecisionRejectedEmail({
          reference: formatReferenceNumber(decision.receivedReference),
          choice: decision.choice,
          decidedAt: decision.decidedAt,
          reason,
          isProxy: decision.madeBy !== "SELF",
          links: siteLinksFor(locale),
        });
        await enqueueEmail(tx, { idempotencyKey: `decision-rejected:${decision.id}`, to: email, subject: rendered.subject, text: rendered.text, html: rendered.html });
      }
    },
  });
  return { decisionId: decision.id, reference: decision.receivedReference, outcome: "rejected", emailQueued: Boolean(email) };
}

/** The language to tell the person in: the decision's own, English when not known (legacy imports) or not published. */
function emailLocale(language: string | null): Locale {
  return isLocale(language) && isPublished(language) ? language : DEFAULT_LOCALE;
}

/** Audit action when a reviewer finds a decision was traced to the wrong person and sends it back for tracing. */
export const REVIEW_RETURNED_TO_TRACING = "review.return-to-tracing";

/**
 * Sends a traced decision back for tracing, when the review finds it was traced
 * to the wrong person: the tracing entry (the correction that gave it an NHS
 * number) is withdrawn with the reviewer's reason, so the person it was traced
 * to keeps their own answer, and the decision as received goes back on the
 * tracing worklist, as it was before tracing. Nobody is emailed: the decision
 * itself was not refused, and the person it names is still to be found.
 */
export async function returnToTracing(options: { decisionId: string; reason: string; by: Actor }): Promise<ReviewOutcome> {
  const reason = options.reason.trim();
  if (!reason) throw new AppError({ code: "VALIDATION_FAILED", message: "Reason missing", userMessage: "Enter why the decision was traced to the wrong person" });
  if (reason.length > 1000) throw new AppError({ code: "VALIDATION_FAILED", message: "Reason too long", userMessage: "The reason must be 1000 characters or fewer" });
  const decision = await loadDecision(options.decisionId);
  if (!decision.isTraced) {
    throw new AppError({ code: "CONFLICT", message: `Decision ${decision.id} was not traced`, userMessage: "This decision came with its NHS number, so it cannot go back for tracing. Accept or reject it." });
  }
  if (!decision.tracedOriginal) {
    throw new AppError({ code: "CONFLICT", message: `Decision ${decision.id}'s original is withdrawn`, userMessage: "This decision has already been withdrawn, so it cannot be traced again." });
  }
  await changeDecisionStatus({
    decisionId: decision.id,
    status: "WITHDRAWN",
    reason: `Traced to the wrong person: ${reason}`,
    by: options.by,
    onChanged: async (tx) => {
      await recordAuditEvent(tx, {
        actor: options.by,
        action: REVIEW_RETURNED_TO_TRACING,
        entityType: "decision",
        entityId: decision.id,
        nhsNumber: decision.nhsNumber,
        details: { ...auditReference(decision), reason },
      });
    },
  });
  return { decisionId: decision.id, reference: decision.receivedReference, outcome: "returned-to-tracing", emailQueued: false };
}
