import { recordAuditEvent } from "../audit/record-audit-event";
import { getDb } from "../db";
import { startBackgroundTimer } from "../timers/background-timer";

// What the privacy notice promises to delete, deleted (lib/content/privacy.ts,
// docs/OPERATIONS.md "Data retention"). Decisions, their history and the audit
// log are never deleted: the register keeps every choice.

/** Call-back requests: name, phone number and message, 12 months after the request. */
export const CALLBACK_RETENTION_MONTHS = 12;
/**
 * Sent email keeps who it went to, its subject and when; its body (security
 * codes, call-back details) goes after this many days, long enough to answer
 * "did you send it?" questions.
 */
export const SENT_EMAIL_BODY_RETENTION_DAYS = 30;
/**
 * A webhook delivery that arrived keeps its NHS number and change number for
 * this many days after it was delivered, for "did you send it?" questions
 * (docs/decisions/026); one that failed stays until an admin retries it or
 * deletes its endpoint.
 */
export const DELIVERED_WEBHOOK_RETENTION_DAYS = 30;

export type RetentionReport = {
  callbackRequests: number;
  emailBodies: number;
  expiredJourneys: number;
  expiredStaffSessions: number;
  expiredFormDrafts: number;
  deliveredWebhooks: number;
};

/** Held for the length of one pass's transaction: one instance applies retention at a time. */
const RETENTION_LOCK_SQL = "SELECT pg_try_advisory_xact_lock(hashtextextended('consent-register:retention', 0)) AS locked";

/**
 * One pass of the retention rules, in one transaction, audited with its
 * counts. Every instance runs it on a timer (docs/decisions/029): the pass
 * first takes a transaction-level advisory lock without waiting, so while one
 * instance applies retention, another's pass is skipped (null) instead of
 * running the same deletions beside it and auditing a second, partial pass.
 * The lock goes with the transaction, so a crashed instance never holds it.
 */
export async function applyRetention(options: { now?: Date } = {}): Promise<RetentionReport | null> {
  const now = options.now ?? new Date();
  return getDb().$transaction(async (tx) => {
    const [{ locked }] = await tx.$queryRawUnsafe<[{ locked: boolean }]>(RETENTION_LOCK_SQL);
    if (!locked) return null;
    const callbackRequests = await tx.$executeRaw`
      DELETE FROM callback_request WHERE created_at < ${now}::timestamptz - make_interval(months => ${CALLBACK_RETENTION_MONTHS})`;
    const emailBodies = await tx.$executeRaw`
      UPDATE email_outbox SET text_body = '', html_body = NULL
       WHERE status = 'SENT' AND sent_at < ${now}::timestamptz - make_interval(days => ${SENT_EMAIL_BODY_RETENTION_DAYS})
         AND (text_body <> '' OR html_body IS NOT NULL)`;
    // Unfinished journeys: answers, one-time codes and evidence never sent.
    const expiredJourneys = await tx.$executeRaw`DELETE FROM choice_journey WHERE expires_at < ${now}`;
    // Staff sessions past their expiry (token, address, browser), whose browser never came back.
    const expiredStaffSessions = await tx.$executeRaw`DELETE FROM staff_session WHERE expires_at < ${now}`;
    // Forms kept when a staff session ended (lib/auth/form-drafts.ts) and not given back within the hour.
    const expiredFormDrafts = await tx.$executeRaw`DELETE FROM staff_form_draft WHERE expires_at <= ${now}`;
    const deliveredWebhooks = await tx.$executeRaw`
      DELETE FROM webhook_delivery
       WHERE status = 'DELIVERED' AND finished_at < ${now}::timestamptz - make_interval(days => ${DELIVERED_WEBHOOK_RETENTION_DAYS})`;
    const report = { callbackRequests, emailBodies, expiredJourneys, expiredStaffSessions, expiredFormDrafts, deliveredWebhooks };
    if (callbackRequests + emailBodies + expiredJourneys + expiredStaffSessions + expiredFormDrafts + deliveredWebhooks > 0) {
      await recordAuditEvent(tx, { actor: { kind: "SYSTEM", id: "retention" }, action: "retention.apply", entityType: "retention", entityId: now.toISOString(), details: report });
    }
    return report;
  });
}

/** Applies retention now and then every `intervalMs` until stopped (instrumentation.ts runs one per instance). */
export function startRetentionTimer(options: { intervalMs?: number; log?: (message: string) => void } = {}): { stop: () => void } {
  const log = options.log ?? ((message: string) => console.warn(`[retention] ${message}`));
  const run = () =>
    applyRetention().then(
      (report) => {
        // null: another instance is applying retention right now.
        if (report && Object.values(report).some((count) => count > 0)) log(`Deleted ${JSON.stringify(report)}`);
      },
      (error: unknown) => log(`Retention pass failed (tried again later): ${error instanceof Error ? error.message : String(error)}`),
    );
  return startBackgroundTimer(() => void run(), { firstRunDelayMs: 60_000, intervalMs: options.intervalMs ?? 60 * 60_000 });
}
