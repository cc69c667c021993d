import type { Db, TransactionClient } from "../db";
import { getMetrics } from "../metrics/registry";

export type WebhookBacklog = { pending: number; failed: number; oldestPendingAgeSeconds: number };

/** The webhook backlog for /metrics: pending and given-up deliveries, and the oldest pending one's age. */
export async function measureWebhooks(db: Db | TransactionClient): Promise<WebhookBacklog> {
  const rows = await db.$queryRaw<{ pending: bigint; failed: bigint; oldest_age: number | null }[]>`
    SELECT count(*) FILTER (WHERE status = 'PENDING') AS pending, count(*) FILTER (WHERE status = 'FAILED') AS failed,
           extract(epoch FROM now() - min(created_at) FILTER (WHERE status = 'PENDING'))::float8 AS oldest_age
      FROM webhook_delivery WHERE status IN ('PENDING', 'FAILED')`;
  const row = rows[0];
  return { pending: Number(row?.pending ?? 0), failed: Number(row?.failed ?? 0), oldestPendingAgeSeconds: Math.max(0, row?.oldest_age ?? 0) };
}

/** Counts one delivery attempt's outcome in this process's metrics. */
export function countWebhookOutcome(outcome: "delivered" | "retrying" | "failed"): void {
  getMetrics().webhookAttempts.inc({ outcome });
}
