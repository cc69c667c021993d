import { recordAuditEvent } from "../audit/record-audit-event";
import { getDb } from "../db";
import { FAILED_SIGN_IN_WINDOW_MS, MAX_FAILED_SIGN_INS } from "./auth-settings";

// Per-account lockout (docs/decisions/012-staff-sign-in.md): at most
// MAX_FAILED_SIGN_INS attempts per email address typed (a real account or
// not) in a FAILED_SIGN_IN_WINDOW_MS window, then refused until the window
// ends. Each attempt is claimed with one INSERT … ON CONFLICT DO UPDATE …
// RETURNING before any password or code is checked: PostgreSQL takes the row
// lock, so parallel attempts queue on it and the sixth is refused without a
// check. (Checking a count first and recording the failure after the check let
// 30 parallel attempts make 20 checks.) A full sign-in clears the count; a
// step that passed without finishing (a password before its code), a refusal
// that is not a guess (awaiting approval) or the service failing hands the
// claim back. Every attempt is also in the audit log.
//
// One function, attemptSignInStep, wraps every step that checks a secret, so
// another way to sign in (single sign-on) counts its failures the same way.

export type SignInStep = "password" | "code" | "recovery-code" | "single-sign-on";

/** What a step's check found. Throwing means the service failed: the attempt is handed back and the error rethrown. */
export type SignInCheck<T> =
  /** A wrong password or code: it counts towards the lockout. */
  | { kind: "failed"; reason?: string }
  /** Refused for a reason that is not guessing (a disabled account, awaiting approval): not counted. */
  | { kind: "refused"; reason: string; staffId?: string }
  /** Right. `isComplete` when the member is now signed in (clears the count); false when a second step follows. */
  | { kind: "passed"; value: T; isComplete: boolean; staffId?: string };

export type SignInAttemptResult<T> =
  | { outcome: "locked"; unlocksAt: Date }
  | { outcome: "failed"; reason?: string; isNowLocked: boolean }
  | { outcome: "refused"; reason: string }
  | { outcome: "passed"; value: T; isComplete: boolean };

type Claim = { attempts: number; windowStartedAt: Date };

/** The key for an email address as typed: trimmed, lower-case. */
export function signInKey(email: string): string {
  return email.trim().toLowerCase().slice(0, 254);
}

async function claimAttempt(key: string, now: Date): Promise<Claim> {
  const windowEndsBefore = new Date(now.getTime() - FAILED_SIGN_IN_WINDOW_MS);
  const rows = await getDb().$queryRaw<{ attempts: number; window_started_at: Date }[]>`
    INSERT INTO staff_sign_in_throttle AS t (key, attempts, window_started_at)
    VALUES (${key}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      attempts = CASE WHEN t.window_started_at <= ${windowEndsBefore} THEN 1 ELSE t.attempts + 1 END,
      window_started_at = CASE WHEN t.window_started_at <= ${windowEndsBefore} THEN ${now} ELSE t.window_started_at END
    RETURNING attempts, window_started_at`;
  const row = rows[0]!;
  return { attempts: row.attempts, windowStartedAt: row.window_started_at };
}

async function handBackAttempt(key: string): Promise<void> {
  await getDb().$executeRaw`UPDATE staff_sign_in_throttle SET attempts = GREATEST(attempts - 1, 0) WHERE key = ${key}`;
}

async function clearAttempts(key: string): Promise<void> {
  await getDb().$executeRaw`DELETE FROM staff_sign_in_throttle WHERE key = ${key}`;
}

/** Read-only: is this address locked now, and until when. */
export async function getLockoutState(email: string, now = new Date()): Promise<{ isLocked: boolean; attempts: number; unlocksAt: Date | null }> {
  const row = await getDb().staffSignInThrottle.findUnique({ where: { key: signInKey(email) }, select: { attempts: true, windowStartedAt: true } });
  if (!row || now.getTime() - row.windowStartedAt.getTime() >= FAILED_SIGN_IN_WINDOW_MS) return { isLocked: false, attempts: 0, unlocksAt: null };
  const unlocksAt = new Date(row.windowStartedAt.getTime() + FAILED_SIGN_IN_WINDOW_MS);
  return { isLocked: row.attempts >= MAX_FAILED_SIGN_INS, attempts: row.attempts, unlocksAt: row.attempts >= MAX_FAILED_SIGN_INS ? unlocksAt : null };
}

/**
 * Runs one sign-in step's check under the lockout: claims an attempt for the
 * address first (refusing without calling `check` when the claim is over the
 * limit), then counts, clears or hands back the claim by what `check` found,
 * and audits the outcome.
 */
export async function attemptSignInStep<T>(
  options: { email: string; step: SignInStep; ipAddress?: string | null; now?: Date },
  check: () => Promise<SignInCheck<T>>,
): Promise<SignInAttemptResult<T>> {
  const key = signInKey(options.email);
  const now = options.now ?? new Date();
  const claim = await claimAttempt(key, now);
  if (claim.attempts > MAX_FAILED_SIGN_INS) {
    const unlocksAt = new Date(claim.windowStartedAt.getTime() + FAILED_SIGN_IN_WINDOW_MS);
    await audit({ key, action: "staff.sign-in.locked", step: options.step, ipAddress: options.ipAddress, details: { unlocksAt: unlocksAt.toISOString() } });
    return { outcome: "locked", unlocksAt };
  }
  let result: SignInCheck<T>;
  try {
    result = await check();
  } catch (error) {
    await handBackAttempt(key).catch(() => undefined);
    throw error;
  }
  if (result.kind === "failed") {
    await audit({ key, action: "staff.sign-in.failed", step: options.step, ipAddress: options.ipAddress, details: result.reason ? { reason: result.reason } : {} });
    return { outcome: "failed", reason: result.reason, isNowLocked: claim.attempts >= MAX_FAILED_SIGN_INS };
  }
  if (result.kind === "refused") {
    await handBackAttempt(key);
    await audit({ key, action: "staff.sign-in.refused", step: options.step, staffId: result.staffId, ipAddress: options.ipAddress, details: { reason: result.reason } });
    return { outcome: "refused", reason: result.reason };
  }
  if (result.isComplete) {
    await clearAttempts(key);
    // Rows for windows long over (every address ever typed leaves one) go at each full sign-in.
    await sweepSignInThrottle(now);
    await audit({ key, action: "staff.sign-in", step: options.step, staffId: result.staffId, ipAddress: options.ipAddress, details: {} });
  } else {
    await handBackAttempt(key);
  }
  return { outcome: "passed", value: result.value, isComplete: result.isComplete };
}

async function audit(options: { key: string; action: string; step: SignInStep; staffId?: string; ipAddress?: string | null; details: Record<string, string> }): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await recordAuditEvent(tx, {
      actor: { kind: "STAFF", id: options.staffId ?? `unknown:${options.key}` },
      action: options.action,
      entityType: "staff_sign_in",
      entityId: options.key,
      details: { step: options.step, ...options.details, ...(options.ipAddress ? { ipAddress: options.ipAddress } : {}) },
    });
  });
}

/** Deletes the rows of windows that are over: they lock nothing. Also run at every full sign-in. */
export async function sweepSignInThrottle(now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - FAILED_SIGN_IN_WINDOW_MS);
  return getDb().$executeRaw`DELETE FROM staff_sign_in_throttle WHERE window_started_at < ${before}`;
}
