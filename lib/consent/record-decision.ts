import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../audit/actor";
import { Prisma, type TransactionClient } from "../db";
import { AppError } from "../errors";
import type { ConsentStatus } from "../generated/prisma/enums";
import { type DecisionDetails, type DecisionDetailsInput, decisionDetailsSchema } from "../validation/decision";
import { lockPeople, refreshPersonConsent } from "./refresh-person-consent";
import { generateReferenceNumber } from "./reference-number";
import { inRegisterTransaction } from "./transaction";

export type RecordDecisionOptions = {
  details: DecisionDetailsInput;
  /**
   * Leave unset to apply the register's rule: an opt-out takes effect at once;
   * an opt-in that would reverse an opt-out takes effect at once only when it
   * was proved from the same email address as that opt-out, otherwise it
   * waits for review. Staff keying and imports say what they decided.
   */
  initialStatus?: "EFFECTIVE" | "AWAITING_REVIEW";
  recordedBy: Actor;
  /** For a correction: the decision this entry replaces while it is effective. */
  correctsId?: string;
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
  const parsed = decisionDetailsSchema.safeParse(options.details);
  if (!parsed.success) {
    throw new AppError({
      code: "VALIDATION_FAILED",
      message: "Decision details failed validation",
      details: { fieldErrors: parsed.error.flatten().fieldErrors },
    });
  }
  if (options.correctsId && options.initialStatus === "AWAITING_REVIEW") {
    throw new AppError({ code: "VALIDATION_FAILED", message: "A correction is recorded by staff and takes effect at once" });
  }
  for (let attempt = 1; ; attempt++) {
    try {
      return await inRegisterTransaction((tx) => writeDecision(tx, options, parsed.data));
    } catch (error) {
      // A clash of random reference numbers is rare: roll back and try another.
      if (attempt < MAX_REFERENCE_ATTEMPTS && isUniqueViolationOn(error, "reference")) continue;
      throw error;
    }
  }
}

async function writeDecision(tx: TransactionClient, options: RecordDecisionOptions, details: DecisionDetails): Promise<RecordedDecision> {
  const target = options.correctsId ? await findCorrectedDecision(tx, options.correctsId) : null;
  // Person locks first, then row locks: the order every register writer keeps.
  await lockPeople(tx, [details.nhsNumber, target?.nhsNumber].filter((n): n is string => Boolean(n)));
  if (target) await assertCorrectable(tx, target.id);
  const status = options.initialStatus ?? (await ruleInitialStatus(tx, details));

  const { dateOfBirth, ...rest } = details;
  const decision = await tx.decision.create({
    data: {
      ...rest,
      dateOfBirth: new Date(`${dateOfBirth}T00:00:00Z`),
      reference: generateReferenceNumber(),
      recordedByKind: options.recordedBy.kind,
      recordedById: options.recordedBy.id ?? null,
      correctsId: target?.id ?? null,
      statusEvents: {
        create: { status, byKind: options.recordedBy.kind, byId: options.recordedBy.id ?? null },
      },
    },
    select: { id: true, reference: true, nhsNumber: true },
  });
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
async function ruleInitialStatus(tx: TransactionClient, details: DecisionDetails): Promise<"EFFECTIVE" | "AWAITING_REVIEW"> {
  if (details.choice === "OPT_OUT" || !details.nhsNumber) return "EFFECTIVE";
  const current = await tx.personConsent.findUnique({
    where: { nhsNumber: details.nhsNumber },
    select: { status: true, decision: { select: { contactEmail: true } } },
  });
  if (current?.status !== "OPTED_OUT") return "EFFECTIVE";
  const optOutEmail = current.decision?.contactEmail;
  return optOutEmail && details.contactEmail && optOutEmail === details.contactEmail ? "EFFECTIVE" : "AWAITING_REVIEW";
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
