import { Prisma, type TransactionClient } from "../db";
import type { Channel, Choice, ConsentStatus, DecisionStatus } from "../generated/prisma/enums";
import { type CandidateDecision, selectCurrentDecision } from "./select-current-decision";

// Recomputes the current state of some NHS numbers from their decisions and,
// where it changed, rewrites the person_consent projection and appends a
// numbered change to the feed. Call it once per transaction, after the
// decisions and status events it should see have been written.
//
// Locking, in this order, so concurrent writers can never deadlock or
// interleave (docs/decisions/004-consent-state-and-change-feed.md):
// 1. one advisory lock per NHS number, taken in sorted order before any row
//    lock: writers for the same person queue up, and each recomputes from
//    everything committed before it, so the last to commit leaves the right answer;
// 2. then, where a writer needs one, a decision row lock (FOR NO KEY UPDATE,
//    which does not block the foreign-key checks of rows that point at it);
// 3. the change counter row, taken last and held to commit: change sequence
//    numbers are handed out in commit order, so a reader of the feed that has
//    seen sequence N has already seen every change numbered below N.

export type PersonConsentChange = {
  seq: bigint;
  nhsNumber: string;
  status: ConsentStatus;
  decisionId: string | null;
  decidedAt: Date | null;
  channel: Channel | null;
  /** Set when the change came from withdrawing the decision that was in force. */
  withdrawalReason: string | null;
  withdrawnAt: Date | null;
};

type CandidateRow = {
  id: string;
  reference: string;
  choice: Choice;
  decided_at: Date;
  channel: Channel;
  status: DecisionStatus;
  /** The latest status event's reason and time: a withdrawal's, when status is WITHDRAWN. */
  status_reason: string | null;
  status_changed_at: Date | null;
  is_corrected: boolean;
};

/** A decision's status is its latest status event. */
const LATEST_STATUS_SQL = (alias: "c" | "d") =>
  Prisma.raw(
    `(SELECT e.status FROM decision_status_event e WHERE e.decision_id = ${alias}.id ORDER BY e.id DESC LIMIT 1)`,
  );

/**
 * Takes the per-person locks, in sorted order. Every writer takes these before
 * any row lock, so writers can never wait on each other in a circle. They are
 * re-entrant within a transaction: taking one twice is harmless.
 */
export async function lockPeople(tx: TransactionClient, nhsNumbers: readonly string[]): Promise<string[]> {
  const sorted = [...new Set(nhsNumbers)].sort();
  for (const nhsNumber of sorted) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`person:${nhsNumber}`}, 0))`;
  }
  return sorted;
}

export async function refreshPersonConsent(
  tx: TransactionClient,
  nhsNumbers: readonly string[],
): Promise<PersonConsentChange[]> {
  const sorted = await lockPeople(tx, nhsNumbers);
  const pending: Omit<PersonConsentChange, "seq">[] = [];

  for (const nhsNumber of sorted) {
    const rows = await tx.$queryRaw<CandidateRow[]>`
      SELECT d.id::text AS id, d.reference, d.choice, d.decided_at, d.channel,
             latest.status, latest.reason AS status_reason, latest.changed_at AS status_changed_at,
             EXISTS (
               SELECT 1 FROM decision c
                WHERE c.corrects_id = d.id AND ${LATEST_STATUS_SQL("c")} = 'EFFECTIVE'
             ) AS is_corrected
        FROM decision d
        LEFT JOIN LATERAL (
          SELECT e.status, e.reason, e.changed_at FROM decision_status_event e
           WHERE e.decision_id = d.id ORDER BY e.id DESC LIMIT 1
        ) latest ON true
       WHERE d.nhs_number = ${nhsNumber}`;
    const candidates: (CandidateDecision & { channel: Channel })[] = rows.map((row) => ({
      id: row.id,
      reference: row.reference,
      choice: row.choice,
      decidedAt: row.decided_at,
      channel: row.channel,
      status: row.status,
      isCorrected: row.is_corrected,
    }));
    const current = selectCurrentDecision(candidates);
    const existing = await tx.personConsent.findUnique({
      where: { nhsNumber },
      select: { status: true, decisionId: true },
    });
    const status: ConsentStatus = current?.choice === "OPT_OUT" ? "OPTED_OUT" : "PARTICIPATING";
    const decisionId = current?.id ?? null;
    const isUnchanged = existing
      ? existing.status === status && existing.decisionId === decisionId
      : decisionId === null; // no row yet means "participating, nothing recorded"
    if (isUnchanged) continue;
    // The decision in force until now no longer is: when that is because it was withdrawn, the
    // feed says so, with the reason and when, rather than a bare "participating" (ADR 020).
    const previous = existing?.decisionId ? rows.find((row) => row.id === existing.decisionId) : undefined;
    const withdrawal = previous?.status === "WITHDRAWN" ? { reason: previous.status_reason, changedAt: previous.status_changed_at } : null;
    pending.push({
      nhsNumber,
      status,
      decisionId,
      decidedAt: current?.decidedAt ?? null,
      channel: current?.channel ?? null,
      withdrawalReason: withdrawal?.reason ?? null,
      withdrawnAt: withdrawal?.changedAt ?? null,
    });
  }

  if (pending.length === 0) return [];

  const [counter] = await tx.$queryRaw<{ last_seq: bigint }[]>`
    UPDATE consent_change_counter SET last_seq = last_seq + ${pending.length} WHERE id = 1 RETURNING last_seq`;
  if (!counter) throw new Error("consent_change_counter has no row: the migrations have not been applied");
  const firstSeq = counter.last_seq - BigInt(pending.length) + 1n;
  const changes = pending.map((change, index) => ({ ...change, seq: firstSeq + BigInt(index) }));
  const now = new Date();

  await tx.consentChange.createMany({ data: changes.map((change) => ({ ...change, changedAt: now })) });
  for (const { nhsNumber, status, decisionId, decidedAt, channel, seq } of changes) {
    const state = { status, decisionId, decidedAt, channel, seq };
    await tx.personConsent.upsert({
      where: { nhsNumber },
      create: { nhsNumber, ...state, updatedAt: now },
      update: { ...state, updatedAt: now },
      select: { nhsNumber: true },
    });
  }
  return changes;
}
