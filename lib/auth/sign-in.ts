import { isAPIError } from "better-auth/api";

import { getDb } from "../db";
import { ACCOUNT_AWAITING_APPROVAL, getAuth } from "./auth";
import { attemptSignInStep, type SignInCheck } from "./sign-in-throttle";
import { claimTotpStep } from "./totp-replay";

// The two steps of password sign-in, each under the per-account lockout
// (sign-in-throttle.ts). The server actions call these; better-auth sets the
// cookies (through nextCookies) and the `headers` returned carry them too.

export type PasswordStepResult =
  | { outcome: "locked" }
  | { outcome: "wrong"; isNowLocked: boolean }
  | { outcome: "disabled" }
  | { outcome: "awaiting-approval" }
  /** Right password; the authenticator code comes next (better-auth's signed two-factor cookie is set). */
  | { outcome: "code-needed"; headers: Headers }
  /** Right password and no authenticator yet: a session that may only change the password and enrol. */
  | { outcome: "signed-in"; headers: Headers };

export type CodeStepResult =
  /** No pending sign-in (never started, expired after 10 minutes, or the cookie was altered). */
  | { outcome: "no-pending-sign-in" }
  | { outcome: "locked" }
  | { outcome: "wrong"; isNowLocked: boolean }
  | { outcome: "replayed"; isNowLocked: boolean }
  | { outcome: "signed-in"; headers: Headers; staffId: string };

/**
 * better-auth refuses a wrong password or code with an APIError below 500;
 * anything else (the database down) is the service's failure, not a guess: it
 * is rethrown and never counted.
 */
function refusalCode(error: unknown): string {
  if (!isAPIError(error) || error.statusCode >= 500) throw error;
  return String((error.body as { code?: string } | undefined)?.code ?? error.statusCode);
}

export async function signInWithPassword(options: { email: string; password: string; headers: Headers; ipAddress?: string | null }): Promise<PasswordStepResult> {
  const result = await attemptSignInStep<PasswordStepResult>({ email: options.email, step: "password", ipAddress: options.ipAddress }, async () => {
    try {
      const signedIn = await getAuth().api.signInEmail({ body: { email: options.email, password: options.password }, headers: options.headers, returnHeaders: true });
      const body = signedIn.response as { twoFactorRedirect?: boolean; user?: { id: string } };
      if (body.twoFactorRedirect) return { kind: "passed", value: { outcome: "code-needed", headers: signedIn.headers }, isComplete: false } satisfies SignInCheck<PasswordStepResult>;
      return { kind: "passed", value: { outcome: "signed-in", headers: signedIn.headers }, isComplete: true, staffId: body.user?.id };
    } catch (error) {
      const code = refusalCode(error);
      // Both are decided after the password was found right, so they tell nothing to a guesser.
      if (code === "BANNED_USER") return { kind: "refused", reason: "disabled" };
      if (code === ACCOUNT_AWAITING_APPROVAL) return { kind: "refused", reason: "awaiting-approval" };
      return { kind: "failed" };
    }
  });
  switch (result.outcome) {
    case "locked":
      return { outcome: "locked" };
    case "failed":
      return { outcome: "wrong", isNowLocked: result.isNowLocked };
    case "refused":
      return { outcome: result.reason === "disabled" ? "disabled" : "awaiting-approval" };
    case "passed":
      return result.value;
  }
}

/** The account half-way through signing in, from better-auth's signed two-factor cookie and its server-side row. */
export async function findPendingSignIn(headers: Headers): Promise<{ userId: string; email: string } | null> {
  const pending = await getAuth().api.getPendingTwoFactorUser({ headers });
  if (!pending?.userId) return null;
  const user = await getDb().staffUser.findUnique({ where: { id: pending.userId }, select: { id: true, email: true } });
  return user ? { userId: user.id, email: user.email } : null;
}

export async function verifySignInCode(options: { code: string; headers: Headers; ipAddress?: string | null }): Promise<CodeStepResult> {
  const pending = await findPendingSignIn(options.headers);
  if (!pending) return { outcome: "no-pending-sign-in" };
  const isRecoveryCode = options.code.includes("-");
  const result = await attemptSignInStep<{ headers: Headers }>(
    { email: pending.email, step: isRecoveryCode ? "recovery-code" : "code", ipAddress: options.ipAddress },
    async () => {
      const auth = getAuth();
      try {
        if (isRecoveryCode) {
          const verified = await auth.api.verifyBackupCode({ body: { code: options.code }, headers: options.headers, returnHeaders: true });
          return { kind: "passed", value: { headers: verified.headers }, isComplete: true, staffId: pending.userId };
        }
        if ((await claimTotpStep({ userId: pending.userId, code: options.code })) === "replayed") return { kind: "failed", reason: "replayed" };
        const verified = await auth.api.verifyTOTP({ body: { code: options.code }, headers: options.headers, returnHeaders: true });
        return { kind: "passed", value: { headers: verified.headers }, isComplete: true, staffId: pending.userId };
      } catch (error) {
        refusalCode(error);
        return { kind: "failed" };
      }
    },
  );
  switch (result.outcome) {
    case "locked":
      return { outcome: "locked" };
    case "failed":
      return { outcome: result.reason === "replayed" ? "replayed" : "wrong", isNowLocked: result.isNowLocked };
    case "refused":
      return { outcome: "wrong", isNowLocked: false };
    case "passed":
      return { outcome: "signed-in", headers: result.value.headers, staffId: pending.userId };
  }
}
