import { Webhook } from "standardwebhooks";

import { encodeCursor, toAnswer } from "../api/consent-api";
import { getDb } from "../db";
import { retryDelayMs } from "../email/send-pending-emails";
import { WEBHOOK_EVENT_TYPE } from "./openapi";
import { postWebhook } from "./post-webhook";
import { decryptSigningSecret } from "./signing-secret";

// Delivering queued webhooks (docs/decisions/026), in the manner of the email
// outbox (decision 010): claim due rows in one statement with FOR UPDATE SKIP
// LOCKED, send outside any transaction, record the outcome only if the row is
// still ours. Two things differ:
// - Order per person: a delivery is due only when no earlier change for the
//   same person is still PENDING for the same endpoint (being tried, waiting
//   for a retry, or waiting for its own predecessor). A later change is never
//   sent before an earlier one has succeeded or been given up.
// - Giving up: after maxAttempts the delivery is FAILED, visible to admins,
//   who may retry it; the consumer reconciles from the feed with the cursor.


export type DeliverOptions = {
  batchSize?: number;
  /** How long a claimed delivery is hidden from other workers; must outlast timeoutMs. */
  leaseMs?: number;
  timeoutMs?: number;
  maxAttempts?: number;
  baseRetryDelayMs?: number;
  maxRetryDelayMs?: number;
  allowPrivateAddresses: boolean;
  /** Extra certificate authority to trust (tests, or a private CA). */
  ca?: string | Buffer;
  log?: (message: string) => void;
  /** Told of every attempt's outcome (metrics). */
  onOutcome?: (outcome: "delivered" | "retrying" | "failed") => void;
};

export const WEBHOOK_DEFAULTS = {
  batchSize: 20,
  leaseMs: 2 * 60_000,
  timeoutMs: 10_000,
  // 30 s doubling to 2 hours: 12 attempts span about 13 hours before giving up.
  maxAttempts: 12,
  baseRetryDelayMs: 30_000,
  maxRetryDelayMs: 2 * 60 * 60_000,
} as const;

export type DeliverReport = { claimed: number; delivered: number; retrying: number; failed: number };

type ClaimedRow = {
  id: string;
  seq: bigint;
  attempts: number;
  url: string;
  secret_encrypted: string;
  nhs_number: string;
  status: "OPTED_OUT" | "PARTICIPATING";
  decided_at: Date | null;
  channel: string | null;
  changed_at: Date;
  withdrawal_reason: string | null;
  withdrawn_at: Date | null;
  epoch: string;
};

/** The body of a delivery: the change exactly as the feed shows it, and the feed cursor just after it. */
export function webhookPayload(row: Omit<ClaimedRow, "id" | "attempts" | "url" | "secret_encrypted">) {
  const cursor = encodeCursor(row.epoch, row.seq);
  return {
    type: WEBHOOK_EVENT_TYPE,
    timestamp: row.changed_at.toISOString(),
    data: {
      seq: Number(row.seq),
      ...toAnswer(row.nhs_number, { status: row.status, decidedAt: row.decided_at, channel: row.channel }),
      changedAt: row.changed_at.toISOString(),
      withdrawal: row.withdrawn_at ? { reason: row.withdrawal_reason ?? "", effectiveAt: row.withdrawn_at.toISOString() } : null,
      cursor,
    },
  };
}

/** One pass: claims due deliveries (in change order, respecting order per person) and sends them. */
export async function deliverPendingWebhooks(options: DeliverOptions): Promise<DeliverReport> {
  const db = getDb();
  const batchSize = options.batchSize ?? WEBHOOK_DEFAULTS.batchSize;
  const leaseMs = options.leaseMs ?? WEBHOOK_DEFAULTS.leaseMs;
  const timeoutMs = options.timeoutMs ?? WEBHOOK_DEFAULTS.timeoutMs;
  const maxAttempts = options.maxAttempts ?? WEBHOOK_DEFAULTS.maxAttempts;
  const baseDelay = options.baseRetryDelayMs ?? WEBHOOK_DEFAULTS.baseRetryDelayMs;
  const maxDelay = options.maxRetryDelayMs ?? WEBHOOK_DEFAULTS.maxRetryDelayMs;

  // Claim and read in one statement: the change, the endpoint and the epoch for the cursor.
  const claimed = await db.$queryRaw<ClaimedRow[]>`
    WITH claimed AS (
      UPDATE webhook_delivery d
         SET attempts = d.attempts + 1,
             last_attempt_at = now(),
             next_attempt_at = now() + make_interval(secs => ${leaseMs / 1000}::double precision)
       WHERE d.id IN (
         SELECT w.id FROM webhook_delivery w
           JOIN webhook_endpoint e ON e.id = w.endpoint_id AND e.disabled_at IS NULL
           JOIN api_client a ON a.id = e.api_client_id AND a.revoked_at IS NULL
          WHERE w.status = 'PENDING' AND w.next_attempt_at <= now()
            AND NOT EXISTS (
              SELECT 1 FROM webhook_delivery p
               WHERE p.endpoint_id = w.endpoint_id AND p.nhs_number = w.nhs_number
                 AND p.seq < w.seq AND p.status = 'PENDING')
          ORDER BY w.seq
          LIMIT ${batchSize}
          FOR UPDATE OF w SKIP LOCKED)
      RETURNING d.id, d.seq, d.attempts, d.endpoint_id)
    SELECT c.id::text AS id, c.seq, c.attempts, e.url, e.secret_encrypted,
           ch.nhs_number, ch.status::text AS status, ch.decided_at, ch.channel::text AS channel, ch.changed_at,
           ch.withdrawal_reason, ch.withdrawn_at, r.epoch::text AS epoch
      FROM claimed c
      JOIN webhook_endpoint e ON e.id = c.endpoint_id
      JOIN consent_change ch ON ch.seq = c.seq
      CROSS JOIN register_epoch r
     ORDER BY c.seq`;

  const report: DeliverReport = { claimed: claimed.length, delivered: 0, retrying: 0, failed: 0 };
  await Promise.all(claimed.map(async (row) => {
    let outcome: { ok: true; statusCode: number } | { ok: false; statusCode: number | null; error: string };
    try {
      const body = JSON.stringify(webhookPayload(row));
      // webhook-id is the delivery's id: the same on every retry, so a receiver can drop a duplicate.
      const signer = new Webhook(decryptSigningSecret(row.secret_encrypted));
      const timestamp = new Date();
      const headers = {
        "webhook-id": row.id,
        "webhook-timestamp": String(Math.floor(timestamp.getTime() / 1000)),
        "webhook-signature": signer.sign(row.id, timestamp, body),
      };
      outcome = await postWebhook(row.url, headers, body, { timeoutMs, allowPrivateAddresses: options.allowPrivateAddresses, ca: options.ca });
    } catch (error) {
      outcome = { ok: false, statusCode: null, error: error instanceof Error ? error.message : String(error) };
    }
    const ours = { id: row.id, status: "PENDING" as const, attempts: row.attempts };
    if (outcome.ok) {
      await db.webhookDelivery.updateMany({
        where: ours,
        data: { status: "DELIVERED", finishedAt: new Date(), lastStatusCode: outcome.statusCode, lastError: null },
      });
      report.delivered++;
      options.onOutcome?.("delivered");
      return;
    }
    const error = outcome.error.slice(0, 2000);
    if (row.attempts >= maxAttempts) {
      await db.webhookDelivery.updateMany({
        where: ours,
        data: { status: "FAILED", finishedAt: new Date(), lastStatusCode: outcome.statusCode, lastError: error },
      });
      report.failed++;
      options.onOutcome?.("failed");
      options.log?.(`Webhook delivery ${row.id} (change ${row.seq}) given up after ${row.attempts} attempts: ${error}`);
      return;
    }
    const delay = retryDelayMs(row.attempts, baseDelay, maxDelay);
    await db.webhookDelivery.updateMany({
      where: ours,
      data: { nextAttemptAt: new Date(Date.now() + delay), lastStatusCode: outcome.statusCode, lastError: error },
    });
    report.retrying++;
    options.onOutcome?.("retrying");
    options.log?.(`Webhook delivery ${row.id} (change ${row.seq}) failed (attempt ${row.attempts}), retrying in ${Math.round(delay / 1000)} s: ${error}`);
  }));
  return report;
}
