import { recordAuditEvent } from "../audit/record-audit-event";
import { getDb } from "../db";
import { FAILED_SIGN_IN_WINDOW_MS, MAX_FAILED_SIGN_INS } from "./auth-settings";

// Per-account lockout, counted from the audit log so every server instance
// agrees and every attempt is on record: after MAX_FAILED_SIGN_INS failed
// passwords or codes within the window (since the last success), the account
// refuses sign-in until the window has passed. Keyed by the email address
// typed, so guessing at an unknown address is throttled the same way.

const FAILED = "staff.sign-in.failed";
const SUCCEEDED = "staff.sign-in";

export type LockoutState = { isLocked: boolean; failures: number; unlocksAt: Date | null };

export async function getLockoutState(email: string, now = new Date()): Promise<LockoutState> {
  const key = email.trim().toLowerCase();
  const db = getDb();
  const since = new Date(now.getTime() - FAILED_SIGN_IN_WINDOW_MS);
  const lastSuccess = await db.auditEvent.findFirst({
    where: { action: SUCCEEDED, entityType: "staff_sign_in", entityId: key, at: { gte: since } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  const failures = await db.auditEvent.findMany({
    where: { action: FAILED, entityType: "staff_sign_in", entityId: key, at: { gt: lastSuccess?.at ?? since } },
    orderBy: { at: "asc" },
    select: { at: true },
  });
  if (failures.length < MAX_FAILED_SIGN_INS) return { isLocked: false, failures: failures.length, unlocksAt: null };
  const unlocksAt = new Date(failures[failures.length - MAX_FAILED_SIGN_INS]!.at.getTime() + FAILED_SIGN_IN_WINDOW_MS);
  return { isLocked: unlocksAt > now, failures: failures.length, unlocksAt };
}

export async function recordSignInAttempt(options: {
  email: string;
  outcome: "failed" | "succeeded";
  step: "password" | "code" | "recovery-code";
  staffId?: string;
  ipAddress?: string | null;
}): Promise<void> {
  const key = options.email.trim().toLowerCase();
  await getDb().$transaction(async (tx) => {
    await recordAuditEvent(tx, {
      actor: { kind: "STAFF", id: options.staffId ?? `unknown:${key}` },
      action: options.outcome === "failed" ? FAILED : SUCCEEDED,
      entityType: "staff_sign_in",
      entityId: key,
      details: { step: options.step, ...(options.ipAddress ? { ipAddress: options.ipAddress } : {}) },
    });
  });
}
