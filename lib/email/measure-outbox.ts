import type { Db, TransactionClient } from "../db";

export type OutboxSize = { pending: number; retrying: number; oldestPendingAgeSeconds: number };

/** The outbox's backlog: pending emails, those that failed 3 attempts or more, and the oldest one's age. */
export async function measureOutbox(db: Db | TransactionClient): Promise<OutboxSize> {
  const rows = await db.$queryRaw<{ pending: bigint; retrying: bigint; oldest_age: number | null }[]>`
    SELECT count(*) AS pending, count(*) FILTER (WHERE attempts >= 3) AS retrying,
           extract(epoch FROM now() - min(created_at))::float8 AS oldest_age
      FROM email_outbox WHERE status = 'PENDING'`;
  const row = rows[0];
  return { pending: Number(row?.pending ?? 0), retrying: Number(row?.retrying ?? 0), oldestPendingAgeSeconds: Math.max(0, row?.oldest_age ?? 0) };
}
