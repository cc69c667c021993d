import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../audit/actor";
import { Prisma, type TransactionClient } from "../db";
import { AppError } from "../errors";
import { countDecision, decisionOutcomeOfError } from "../metrics/observe-register";
import type { ConsentStatus } from "../generated/prisma/enums";
import { type DecisionDetails, type DecisionDetailsInput, decisionDetailsSchema } from "../validation/decision";
import { applyOptInRule, type OptInClaim, type OptInRuling, type RuleDecision } from "./apply-opt-in-rule";
import { type AssuranceColumns, checkAssurance, type DecisionAssurance } from "./assurance";
import { queueOptInAttemptNotices } from "./notify-opt-out-makers";
import { lockPeople, refreshPersonConsent } from "./refresh-person-consent";
import { generateReferenceNumber } from "./reference-number";
import { inRegisterTransaction } from "./transaction";
import type { Locale } from "../i18n/locales";

export type { DecisionAssurance } from "./assurance";

export type RecordDecisionOptions = {
  details: DecisionDetailsInput;
  /**
   * Required: what proves the decision came from the person or their proxy
   * (docs/decisions/015). The online journey: PROVED_EMAIL; NHS login:
   * VERIFIED for the NHS number it proved (any other NHS number is refused);
   * staff keying: UNPROVED, even with a typed email; legacy imports: VERIFIED.
   */
  assurance: DecisionAssurance;
  /**
   * Leave unset to apply the register's rule (lib/consent/apply-opt-in-rule.ts):
   * an opt-out takes effect at once; an opt-in that would reverse an effective
   * opt-out takes effect at once only when VERIFIED for that NHS number, or
   * when its proved email made every effective opt-out since the person's
   * last effective opt-in; otherwise it waits for review, and everyone who
   * proved an earlier opt-out is emailed. Every product route (journeys,
   * keying, tracing, NHS login) leaves it unset; setting it replaces the rule
   * and its notices, for demo data and tests of historical states only.
   */
  initialStatus?: "EFFECTIVE" | "AWAITING_REVIEW";
  recordedBy: Actor;
  /** For a correction: the decision this entry replaces while it is effective. */
  correctsId?: string;
  /**
   * The language the decision was made in: the journey's page language, or the language of a
   * keyed paper form. Unset: not known (legacy imports). Emails about the decision use it.
   */
  language?: Locale;
  requestId?: string;
  /**
   * Runs inside the decision's transaction, after it is recorded: for writes
   * that must stand or fall with it (the confirmation email in the outbox,
   * evidence, an idempotency key). Throwing rolls the decision back.
   */
  onRecorded?: (tx: TransactionClient, decision: { id: string; reference: string; status: "EFFECTIVE" | "AWAITING_REVIEW" }) => Promise<void>;
};

export type RecordedDecision = {
  id: string;
  reference: string;
  status: "EFFECTIVE" | "AWAITING_REVIEW";
  /** The person's state after this decision, when the decision names an NHS number. */
  consent: { nhsNumber: string; status: ConsentStatus; decisionId: string | null } | null;
};

const MAX_REFERENCE_ATTEMPTS = 5;

/**
 * Appends a decision, its first status and its audit event, and brings the
 * person's current state up to date, all in one transaction.
 */
export async function recordDecision(options: RecordDecisionOptions): Promise<RecordedDecision> {
  // Counted once the transaction has committed (or failed): by channel, choice and outcome, never by person.
  try {
    const recorded = await recordDecisionOnce(options);
    countDecision(options.details, recorded.status === "EFFECTIVE" ? "effective" : "awaiting-review");
    return recorded;
  } catch (error) {
    countDecision(options.details, decisionOutcomeOfError(error));
    throw error;
  }
}

async function recordDecisionOnce(options: RecordDecisionOptions): Promise<RecordedDecision> {
  const parsed = decisionDetailsSchema.safeParse(options.details);
  if (!parsed.success) {
    throw new AppError({
      code: "VALIDATION_FAILED",
      message: "Decision details failed validation",
      details: { fieldErrors: parsed.error.flatten().fieldErrors },
    });
  }
  const assurance = checkAssurance(parsed.data, options.assurance);
  if (options.correctsId && options.initialStatus === "AWAITING_REVIEW") {
    throw new AppError({ code: "VALIDATION_FAILED", message: "A correction is recorded by staff and takes effect at once" });
  }
  for (let attempt = 1; ; attempt++) {
    try {
      return await inRegisterTransaction((tx) => writeDecision(tx, options, parsed.data, assurance));
    } catch (error) {
      // A clash of random reference numbers is rare: roll back and try another.
      if (attempt < MAX_REFERENCE_ATTEMPTS && isUniqueViolationOn(error, "reference")) continue;
      throw error;
    }
  }
}

async function writeDecision(
  tx: TransactionClient,
  options: RecordDecisionOptions,
  details: DecisionDetails,
  assurance: AssuranceColumns,
): Promise<RecordedDecision> {
  const target = options.correctsId ? await findCorrectedDecision(tx, options.correctsId) : null;
  // Person locks first, then row locks: the order every register writer keeps.
  await lockPeople(tx, [details.nhsNumber, target?.nhsNumber].filter((n): n is string => Boolean(n)));
  if (target) await assertCorrectable(tx, target.id);
  // Read under the person's lock: no other writer can change what the rule saw before this commits.
  const ruling: OptInRuling = options.initialStatus
    ? { status: options.initialStatus, reversesOptOut: false }
    : await applyRegisterRule(tx, details, assurance);
  const status = ruling.status;

  const { dateOfBirth, ...rest } = details;
  const decision = await tx.decision.create({
    data: {
      ...rest,
      ...assurance,
      dateOfBirth: new Date(`${dateOfBirth}T00:00:00Z`),
      reference: generateReferenceNumber(),
      recordedByKind: options.recordedBy.kind,
      recordedById: options.recordedBy.id ?? null,
      correctsId: target?.id ?? null,
      language: options.language ?? null,
      statusEvents: {
        create: { status, byKind: options.recordedBy.kind, byId: options.recordedBy.id ?? null },
      },
    },
    select: { id: true, reference: true, nhsNumber: true },
  });
  // Those who proved the opt-outs this tries to reverse are told, whatever the outcome.
  const noticesQueued =
    ruling.reversesOptOut && decision.nhsNumber
      ? await queueOptInAttemptNotices(tx, {
          nhsNumber: decision.nhsNumber,
          optIn: { id: decision.id, reference: decision.reference, receivedAt: new Date(), status },
          requesterAddress: requesterAddress(details, assurance),
        })
      : 0;
  await recordAuditEvent(tx, {
    actor: options.recordedBy,
    action: target ? "decision.correct" : "decision.record",
    entityType: "decision",
    entityId: decision.id,
    nhsNumber: decision.nhsNumber,
    details: {
      reference: decision.reference,
      choice: details.choice,
      channel: details.channel,
      madeBy: details.madeBy,
      status,
      assurance: assurance.assurance,
      ...(options.language ? { language: options.language } : {}),
      ...(ruling.reversesOptOut ? { reversesOptOut: true, optOutMakersTold: noticesQueued } : {}),
      decidedAt: details.decidedAt.toISOString(),
      ...(target ? { correctsId: target.id, correctedNhsNumber: target.nhsNumber } : {}),
    },
    requestId: options.requestId,
  });

  await options.onRecorded?.(tx, { id: decision.id, reference: decision.reference, status });

  const affected = [decision.nhsNumber, target?.nhsNumber].filter((n): n is string => Boolean(n));
  const changes = await refreshPersonConsent(tx, affected);
  let consent: RecordedDecision["consent"] = null;
  if (decision.nhsNumber) {
    const changed = changes.find((c) => c.nhsNumber === decision.nhsNumber);
    const state =
      changed ??
      (await tx.personConsent.findUnique({ where: { nhsNumber: decision.nhsNumber }, select: { status: true, decisionId: true } }));
    consent = { nhsNumber: decision.nhsNumber, status: state?.status ?? "PARTICIPATING", decisionId: state?.decisionId ?? null };
  }
  return { id: decision.id, reference: decision.reference, status, consent };
}

/** The register's rule for a new decision's first status, read under the person's lock. */
async function applyRegisterRule(tx: TransactionClient, details: DecisionDetails, assurance: AssuranceColumns): Promise<OptInRuling> {
  // An opt-out always takes effect; an untraced opt-in counts for no one until
  // tracing records a correction, which comes back through this rule.
  if (details.choice === "OPT_OUT" || !details.nhsNumber) return { status: "EFFECTIVE", reversesOptOut: false };
  // The projection is current under the lock: most opt-ins have nothing to reverse, so skip reading the history.
  const current = await tx.personConsent.findUnique({ where: { nhsNumber: details.nhsNumber }, select: { status: true } });
  if (current?.status !== "OPTED_OUT") return { status: "EFFECTIVE", reversesOptOut: false };
  const rows = await tx.$queryRaw<
    { id: string; reference: string; choice: RuleDecision["choice"]; decided_at: Date; status: RuleDecision["status"]; is_corrected: boolean; assurance: RuleDecision["assurance"]; contact_email: string | null }[]
  >`
    SELECT d.id::text AS id, d.reference, d.choice, d.decided_at, d.assurance, d.contact_email,
           (SELECT e.status FROM decision_status_event e WHERE e.decision_id = d.id ORDER BY e.id DESC LIMIT 1) AS status,
           EXISTS (
             SELECT 1 FROM decision c
              WHERE c.corrects_id = d.id
                AND (SELECT e.status FROM decision_status_event e WHERE e.decision_id = c.id ORDER BY e.id DESC LIMIT 1) = 'EFFECTIVE'
           ) AS is_corrected
      FROM decision d
     WHERE d.nhs_number = ${details.nhsNumber}`;
  const existing: RuleDecision[] = rows.map((row) => ({
    id: row.id,
    reference: row.reference,
    choice: row.choice,
    decidedAt: row.decided_at,
    status: row.status,
    isCorrected: row.is_corrected,
    assurance: row.assurance,
    contactEmail: row.contact_email,
  }));
  const claim: OptInClaim =
    assurance.assurance === "VERIFIED"
      ? { assurance: "VERIFIED" }
      : assurance.assurance === "PROVED_EMAIL" && details.contactEmail
        ? { assurance: "PROVED_EMAIL", contactEmail: details.contactEmail }
        : { assurance: "UNPROVED" };
  return applyOptInRule(existing, claim);
}

/** The address the requester proved, who gets the confirmation rather than the notice. A typed email proves nothing. */
function requesterAddress(details: DecisionDetails, assurance: AssuranceColumns): string | null {
  if (assurance.assurance === "PROVED_EMAIL") return details.contactEmail ?? null;
  return assurance.nhsLoginEmail;
}

async function findCorrectedDecision(tx: TransactionClient, id: string) {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
    throw new AppError({ code: "NOT_FOUND", message: `No decision ${id} to correct` });
  }
  const found = await tx.decision.findUnique({ where: { id }, select: { id: true, nhsNumber: true } });
  if (!found) throw new AppError({ code: "NOT_FOUND", message: `No decision ${id} to correct` });
  return found;
}

/**
 * A decision can be corrected while it is not withdrawn and has no effective
 * correction; to change a correction, correct the correction. The row lock
 * (which leaves foreign-key checks alone) queues two staff correcting the same
 * entry, so the second sees the first's correction.
 */
async function assertCorrectable(tx: TransactionClient, id: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM decision WHERE id = ${id}::uuid FOR NO KEY UPDATE`;
  const latest = await tx.decisionStatusEvent.findFirst({ where: { decisionId: id }, orderBy: { id: "desc" }, select: { status: true } });
  if (latest?.status === "WITHDRAWN") {
    throw new AppError({
      code: "CONFLICT",
      message: `Decision ${id} is withdrawn and cannot be corrected`,
      userMessage: "This decision was withdrawn, so it cannot be corrected. Record a new decision instead.",
    });
  }
  const corrections = await tx.decision.findMany({
    where: { correctsId: id },
    select: { statusEvents: { orderBy: { id: "desc" }, take: 1, select: { status: true } } },
  });
  if (corrections.some((c) => c.statusEvents[0]?.status === "EFFECTIVE")) {
    throw new AppError({
      code: "CONFLICT",
      message: `Decision ${id} has already been corrected`,
      userMessage: "This decision has already been corrected. Correct the latest entry instead.",
    });
  }
}

function isUniqueViolationOn(error: unknown, column: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  return JSON.stringify(error.meta ?? {}).includes(column);
}
