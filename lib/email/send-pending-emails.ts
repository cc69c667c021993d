import type { Transporter } from "nodemailer";

import { getDb } from "../db";

export type SendPendingEmailsOptions = {
  transport: Transporter;
  from: string;
  /** Emails claimed per pass. */
  batchSize?: number;
  /**
   * How long a claimed email is hidden from other workers. It must outlast
   * sending the whole batch (batchSize × the SMTP timeouts); if this process
   * dies mid-send, the email is tried again once the lease runs out.
   */
  leaseMs?: number;
  /** Delay before the first retry; it doubles with each failure up to maxRetryDelayMs. */
  baseRetryDelayMs?: number;
  maxRetryDelayMs?: number;
  log?: (message: string) => void;
};

export type SendReport = { claimed: number; sent: number; failed: number };

export const OUTBOX_DEFAULTS = {
  // Sent at once over the transport's pooled connections (SMTP_POOL).
  batchSize: 20,
  leaseMs: 10 * 60_000,
  baseRetryDelayMs: 30_000,
  maxRetryDelayMs: 60 * 60_000,
} as const;

type ClaimedEmail = {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  attempts: number;
};

/** Exponential backoff: base, 2×base, 4×base... capped, with up to 10% jitter so instances spread out. */
export function retryDelayMs(attempts: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential * (1 + random() * 0.1));
}

/**
 * One pass of the outbox: claims due PENDING emails and sends them.
 *
 * Claiming is one statement: FOR UPDATE SKIP LOCKED picks rows no other
 * worker is claiming at that moment, and the same statement pushes their
 * next_attempt_at past the lease and counts the attempt, so once it commits
 * no other instance sees them as due. Sending happens outside any
 * transaction. The result is written only if the row is still ours (same
 * attempt count, still PENDING). A crash before that leaves the row PENDING;
 * it is retried after the lease: email is sent at least once, never lost.
 */
export async function sendPendingEmails(options: SendPendingEmailsOptions): Promise<SendReport> {
  const db = getDb();
  const batchSize = options.batchSize ?? OUTBOX_DEFAULTS.batchSize;
  const leaseMs = options.leaseMs ?? OUTBOX_DEFAULTS.leaseMs;
  const baseDelay = options.baseRetryDelayMs ?? OUTBOX_DEFAULTS.baseRetryDelayMs;
  const maxDelay = options.maxRetryDelayMs ?? OUTBOX_DEFAULTS.maxRetryDelayMs;

  const claimed = await db.$queryRaw<ClaimedEmail[]>`
    UPDATE email_outbox
       SET attempts = attempts + 1,
           next_attempt_at = now() + make_interval(secs => ${leaseMs / 1000}::double precision)
     WHERE id IN (
       SELECT id FROM email_outbox
        WHERE status = 'PENDING' AND next_attempt_at <= now()
        ORDER BY next_attempt_at, created_at
        LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED
     )
    RETURNING id, to_address, subject, text_body, html_body, attempts`;

  const report: SendReport = { claimed: claimed.length, sent: 0, failed: 0 };
  // All at once: a pooled transport queues them over its few connections.
  await Promise.all(claimed.map(async (email) => {
    try {
      await options.transport.sendMail({
        from: options.from,
        to: email.to_address,
        subject: email.subject,
        text: email.text_body,
        html: email.html_body ?? undefined,
        // A stable Message-ID lets receiving systems drop a rare duplicate
        // (sent, then the process died before recording it).
        messageId: `<${email.id}@outbox.joined-up-record>`,
      });
      await db.emailOutbox.updateMany({
        where: { id: email.id, status: "PENDING", attempts: email.attempts },
        data: { status: "SENT", sentAt: new Date(), lastError: null },
      });
      report.sent++;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const delay = retryDelayMs(email.attempts, baseDelay, maxDelay);
      await db.emailOutbox.updateMany({
        where: { id: email.id, status: "PENDING", attempts: email.attempts },
        data: { nextAttemptAt: new Date(Date.now() + delay), lastError: message.slice(0, 2000) },
      });
      report.failed++;
      options.log?.(`Email ${email.id} not sent (attempt ${email.attempts}), retrying in ${Math.round(delay / 1000)} s: ${message}`);
    }
  }));
  return report;
}
