"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { isAPIError } from "better-auth/api";
import { z } from "zod";

import { orServiceProblem } from "@/app/_lib/service-problem";
import type { StaffFormState } from "@/components/staff/action-form";
import { getAuth } from "@/lib/auth/auth";
import { getLockoutState, recordSignInAttempt } from "@/lib/auth/sign-in-lockout";
import { clientAddressFrom } from "@/lib/callback/callback-rate-limit";
import { getEnv } from "@/lib/env";
import { siteCookieOptions } from "@/lib/security/cookies";
import { SIGN_IN_TEXT as T } from "@/lib/staff/staff-text";

import { STAFF_ROUTES } from "../../_lib/staff-session";

// The email typed at the password step, kept (signed by nothing: it is only a
// label) for the code step's lockout count and audit; better-auth's own signed
// cookie says who is really signing in.
const PENDING_EMAIL_COOKIE = "staff_pending_email";

const signInSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email(T.emailInvalid)),
  password: z.string().min(1, T.passwordRequired),
});

const codeSchema = z.object({
  code: z.string().transform((v) => v.replace(/\s+/g, "")).pipe(z.string().regex(/^(\d{6}|[A-Za-z0-9]{5}-[A-Za-z0-9]{5})$/, T.codeInvalid)),
});

function clientAddress(h: Headers): string | null {
  const address = clientAddressFrom(h);
  return address === "unknown" ? null : address;
}

/**
 * better-auth answers a wrong password or code with an APIError; anything else
 * (the database down, say) is the service's problem, not the person's: it is
 * never counted towards their lockout, and they see the service error page.
 */
function rethrowUnlessRefusal(error: unknown): void {
  if (!isAPIError(error) || error.statusCode >= 500) throw error;
}

export async function signInAction(state: StaffFormState, formData: FormData): Promise<StaffFormState> {
  return orServiceProblem(STAFF_ROUTES.signIn, "Staff sign-in", () => signIn(state, formData));
}

export async function verifyCodeAction(state: StaffFormState, formData: FormData): Promise<StaffFormState> {
  return orServiceProblem(STAFF_ROUTES.signIn, "Staff sign-in code", () => verifyCode(state, formData));
}

async function signIn(_state: StaffFormState, formData: FormData): Promise<StaffFormState> {
  const values = { email: String(formData.get("email") ?? "") };
  const parsed = signInSchema.safeParse({ email: formData.get("email") ?? "", password: formData.get("password") ?? "" });
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
    return { values, errors };
  }
  const { email, password } = parsed.data;
  const requestHeaders = await headers();
  const lockout = await getLockoutState(email);
  if (lockout.isLocked) return { values, errors: {}, formError: T.locked };

  let result: { twoFactorRedirect?: boolean } | null = null;
  try {
    result = (await getAuth().api.signInEmail({ body: { email, password }, headers: requestHeaders })) as { twoFactorRedirect?: boolean };
  } catch (error) {
    rethrowUnlessRefusal(error);
    await recordSignInAttempt({ email, outcome: "failed", step: "password", ipAddress: clientAddress(requestHeaders) });
    const after = await getLockoutState(email);
    return { values, errors: {}, formError: after.isLocked ? T.locked : T.wrongPassword };
  }
  if (result?.twoFactorRedirect) {
    (await cookies()).set(PENDING_EMAIL_COOKIE, email, { ...siteCookieOptions(getEnv(), "/staff"), maxAge: 600 });
    redirect(STAFF_ROUTES.code);
  }
  // No authenticator yet (a new account): the session may only enrol one.
  await recordSignInAttempt({ email, outcome: "succeeded", step: "password", ipAddress: clientAddress(requestHeaders) });
  redirect(STAFF_ROUTES.enrol);
}

async function verifyCode(_state: StaffFormState, formData: FormData): Promise<StaffFormState> {
  const parsed = codeSchema.safeParse({ code: formData.get("code") ?? "" });
  if (!parsed.success) return { values: {}, errors: { code: parsed.error.issues[0]!.message } };
  const jar = await cookies();
  const email = jar.get(PENDING_EMAIL_COOKIE)?.value ?? "unknown";
  const requestHeaders = await headers();
  if ((await getLockoutState(email)).isLocked) return { values: {}, errors: {}, formError: T.locked };

  const isRecoveryCode = parsed.data.code.includes("-");
  try {
    const auth = getAuth();
    if (isRecoveryCode) await auth.api.verifyBackupCode({ body: { code: parsed.data.code }, headers: requestHeaders });
    else await auth.api.verifyTOTP({ body: { code: parsed.data.code }, headers: requestHeaders });
  } catch (error) {
    rethrowUnlessRefusal(error);
    await recordSignInAttempt({ email, outcome: "failed", step: isRecoveryCode ? "recovery-code" : "code", ipAddress: clientAddress(requestHeaders) });
    const message = error instanceof Error && /cookie/i.test(error.message) ? T.codeExpired : T.wrongCode;
    return { values: {}, errors: { code: message } };
  }
  jar.delete(PENDING_EMAIL_COOKIE);
  await recordSignInAttempt({ email, outcome: "succeeded", step: isRecoveryCode ? "recovery-code" : "code", ipAddress: clientAddress(requestHeaders) });
  redirect(STAFF_ROUTES.home);
}
