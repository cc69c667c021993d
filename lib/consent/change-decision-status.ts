import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../audit/actor";
import type { TransactionClient } from "../db";
import { AppError } from "../errors";
import type { DecisionStatus } from "../generated/prisma/enums";
import { lockPeople, refreshPersonConsent, type PersonConsentChange } from "./refresh-person-consent";
import { hasNoHiddenCharacters } from "../validation/decision";
import { inRegisterTransaction } from "./transaction";

// A decision's status moves forward only: awaiting review becomes effective
// (accepted) or withdrawn (rejected); effective can be withdrawn. Withdrawn is
// final: a person who changes their mind again makes a new decision.
const ALLOWED: Record<DecisionStatus, readonly DecisionStatus[]> = {
  AWAITING_REVIEW: ["EFFECTIVE", "WITHDRAWN"],
  EFFECTIVE: ["WITHDRAWN"],
  WITHDRAWN: [],
};

export type ChangeDecisionStatusOptions = {
  decisionId: string;
  status: "EFFECTIVE" | "WITHDRAWN";
  /** Required to withdraw: it is shown to staff and told to the person. */
  reason?: string;
  by: Actor;
  requestId?: string;
  /**
   * Runs inside the change's transaction, after the status is recorded: for
   * writes that must stand or fall with it (the review record, the email to
   * the person). Throwing rolls the change back.
   */
  onChanged?: (tx: TransactionClient, change: { from: DecisionStatus; to: DecisionStatus }) => Promise<void>;
};

export type ChangedDecisionStatus = {
  decisionId: string;
  from: DecisionStatus;
  to: DecisionStatus;
  change: PersonConsentChange | null;
};

/** Appends a status event to a decision (never edits it) and updates the person's state. */
export async function changeDecisionStatus(options: ChangeDecisionStatusOptions): Promise<ChangedDecisionStatus> {
  const reason = options.reason?.trim();
  if (options.status === "WITHDRAWN" && !reason) {
    throw new AppError({
      code: "VALIDATION_FAILED",
      message: "Withdrawing a decision needs a reason",
      userMessage: "Enter the reason the decision is withdrawn",
    });
  }
  if (reason && (!hasNoHiddenCharacters(reason) || reason.length > 1000)) {
    throw new AppError({
      code: "VALIDATION_FAILED",
      message: "The reason has control or broken characters, or is over 1,000 characters",
      userMessage: "The reason must be 1,000 characters or fewer, using letters, numbers, spaces and punctuation",
    });
  }
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(options.decisionId)) {
    throw new AppError({ code: "NOT_FOUND", message: `No decision ${options.decisionId}` });
  }
  return inRegisterTransaction(async (tx) => {
    const decision = await tx.decision.findUnique({
      where: { id: options.decisionId },
      select: { nhsNumber: true, reference: true },
    });
    if (!decision) throw new AppError({ code: "NOT_FOUND", message: `No decision ${options.decisionId}` });
    // Person lock first, then the row lock (the order every register writer keeps).
    if (decision.nhsNumber) await lockPeople(tx, [decision.nhsNumber]);
    const from = await appendStatusEvent(tx, { decisionId: options.decisionId, reference: decision.reference, nhsNumber: decision.nhsNumber, status: options.status, reason, by: options.by, requestId: options.requestId });
    await options.onChanged?.(tx, { from, to: options.status });
    const changes = decision.nhsNumber ? await refreshPersonConsent(tx, [decision.nhsNumber]) : [];
    return { decisionId: options.decisionId, from, to: options.status, change: changes[0] ?? null };
  });
}

/**
 * Within a register transaction (people already locked): locks the decision's
 * row, checks the move is allowed from its latest status, appends the status
 * event and audits it. Returns the status it moved from.
 */
export async function appendStatusEvent(
  tx: TransactionClient,
  options: { decisionId: string; reference: string; nhsNumber: string | null; status: "EFFECTIVE" | "WITHDRAWN"; reason?: string; by: Actor; requestId?: string },
): Promise<DecisionStatus> {
  // The row lock queues concurrent reviews of one decision, so each sees the
  // status the previous one left; NO KEY UPDATE leaves the foreign-key checks
  // of rows pointing at the decision alone.
  await tx.$queryRaw`SELECT id FROM decision WHERE id = ${options.decisionId}::uuid FOR NO KEY UPDATE`;
  const latest = await tx.decisionStatusEvent.findFirst({
    where: { decisionId: options.decisionId },
    orderBy: { id: "desc" },
    select: { status: true },
  });
  const from = latest?.status ?? "EFFECTIVE";
  if (!ALLOWED[from].includes(options.status)) {
    throw new AppError({
      code: "CONFLICT",
      message: `Decision ${options.decisionId} cannot go from ${from} to ${options.status}`,
      userMessage: `This decision is already ${from.toLowerCase().replace("_", " ")}.`,
    });
  }
  await tx.decisionStatusEvent.create({
    data: {
      decisionId: options.decisionId,
      status: options.status,
      reason: options.reason ?? null,
      byKind: options.by.kind,
      byId: options.by.id ?? null,
    },
    select: { id: true },
  });
  await recordAuditEvent(tx, {
    actor: options.by,
    action: "decision.status.change",
    entityType: "decision",
    entityId: options.decisionId,
    nhsNumber: options.nhsNumber,
    details: { reference: options.reference, from, to: options.status, ...(options.reason ? { reason: options.reason } : {}) },
    requestId: options.requestId,
  });
  return from;
}
