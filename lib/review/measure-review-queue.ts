import type { Db, TransactionClient } from "../db";
import { REVIEW_QUEUE_ROWS } from "./list-review-queue";

export type ReviewQueueSize = { optInsAwaitingReview: number; proxyEvidence: number; oldestAgeSeconds: number };

/** How many decisions are on the review queue, by kind, and how old the oldest is: counted, not listed. */
export async function measureReviewQueue(db: Db | TransactionClient): Promise<ReviewQueueSize> {
  const rows = await db.$queryRaw<{ awaiting: bigint; proxy: bigint; oldest_age: number | null }[]>`
    SELECT count(*) FILTER (WHERE s.status = 'AWAITING_REVIEW') AS awaiting,
           count(*) FILTER (WHERE s.status <> 'AWAITING_REVIEW') AS proxy,
           extract(epoch FROM now() - min(d.recorded_at))::float8 AS oldest_age
    ${REVIEW_QUEUE_ROWS}`;
  const row = rows[0];
  return { optInsAwaitingReview: Number(row?.awaiting ?? 0), proxyEvidence: Number(row?.proxy ?? 0), oldestAgeSeconds: Math.max(0, row?.oldest_age ?? 0) };
}
