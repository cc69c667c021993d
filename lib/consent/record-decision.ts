import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../audit/actor";
import { Prisma, type TransactionClient } from "../db";
import { AppError } from "../errors";
import type { ConsentStatus } from "../generated/prisma/enums";
import { type DecisionDetails, type DecisionDetailsInput, decisionDetailsSchema } from "../validation/decision";
import { refreshPersonConsent } from "./refresh-person-consent";
import { generateReferenceNumber } from "./reference-number";
import { inRegisterTransaction } from "./transaction";

export type RecordDecisionOptions = {
  details: DecisionDetailsInput;
  /** Opt-outs and proxy decisions take effect at once; some opt-ins wait for review. */
  initialStatus?: "EFFECTIVE" | "AWAITING_REVIEW";
  recordedBy: Actor;
  /** For a correction: the decision this entry replaces. */
  correctsId?: string;
  requestId?: string;
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
  for (let attempt = 1; ; attempt++) {
    try {
      return await inRegisterTransaction((tx) => writeDecision(tx, options, parsed.data));
    } catch (error) {
      // A clash of random reference numbers is rare: roll back and try another.
      if (attempt < MAX_REFERENCE_ATTEMPTS && isUniqueViolationOn(error, "reference")) continue;
      if (isUniqueViolationOn(error, "corrects_id")) {
        throw new AppError({
          code: "CONFLICT",
          message: `Decision ${options.correctsId} has already been corrected`,
          userMessage: "This decision has already been corrected. Correct the latest entry instead.",
          cause: error,
        });
      }
      throw error;
    }
  }
}

async function writeDecision(
  tx: TransactionClient,
  options: RecordDecisionOptions,
  details: DecisionDetails,
): Promise<RecordedDecision> {
  const status = options.initialStatus ?? "EFFECTIVE";
  const corrected = options.correctsId ? await lockCorrectedDecision(tx, options.correctsId) : null;
  const { dateOfBirth, ...rest } = details;
  const decision = await tx.decision.create({
    data: {
      ...rest,
      dateOfBirth: new Date(`${dateOfBirth}T00:00:00Z`),
      reference: generateReferenceNumber(),
      recordedByKind: options.recordedBy.kind,
      recordedById: options.recordedBy.id ?? null,
      correctsId: corrected?.id ?? null,
      statusEvents: {
        create: { status, byKind: options.recordedBy.kind, byId: options.recordedBy.id ?? null },
      },
    },
    select: { id: true, reference: true, nhsNumber: true },
  });
  await recordAuditEvent(tx, {
    actor: options.recordedBy,
    action: corrected ? "decision.correct" : "decision.record",
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
      ...(corrected ? { correctsId: corrected.id, correctedNhsNumber: corrected.nhsNumber } : {}),
    },
    requestId: options.requestId,
  });

  const affected = [decision.nhsNumber, corrected?.nhsNumber].filter((n): n is string => Boolean(n));
  const changes = await refreshPersonConsent(tx, affected);
  let consent: RecordedDecision["consent"] = null;
  if (decision.nhsNumber) {
    const changed = changes.find((c) => c.nhsNumber === decision.nhsNumber);
    const state = changed ?? (await tx.personConsent.findUnique({
      where: { nhsNumber: decision.nhsNumber },
      select: { status: true, decisionId: true },
    }));
    consent = {
      nhsNumber: decision.nhsNumber,
      status: state?.status ?? "PARTICIPATING",
      decisionId: state?.decisionId ?? null,
    };
  }
  return { id: decision.id, reference: decision.reference, status, consent };
}

async function lockCorrectedDecision(tx: TransactionClient, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) {
    throw new AppError({ code: "NOT_FOUND", message: `No decision ${id} to correct` });
  }
  // FOR UPDATE takes a row lock only; the append-only trigger fires on UPDATE, not here.
  const rows = await tx.$queryRaw<{ id: string; nhs_number: string | null }[]>`
    SELECT id::text AS id, nhs_number FROM decision WHERE id = ${id}::uuid FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new AppError({ code: "NOT_FOUND", message: `No decision ${id} to correct` });
  return { id: row.id, nhsNumber: row.nhs_number };
}

function isUniqueViolationOn(error: unknown, column: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  return JSON.stringify(error.meta ?? {}).includes(column);
}
