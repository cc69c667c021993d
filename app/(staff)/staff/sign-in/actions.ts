"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";

import { orServiceProblem } from "@/app/_lib/service-problem";
import type { StaffFormState } from "@/components/staff/action-form";
import { pendingFormDraftPath } from "@/lib/auth/form-drafts";
import { signInWithPassword, verifySignInCode } from "@/lib/auth/sign-in";
import { isBreakGlassEnabled } from "@/lib/auth/sso/settings";
import { getEnv } from "@/lib/env";
import { recordStaffEvent } from "@/lib/staff/record-staff-event";
import { SSO_TEXT } from "@/lib/staff/staff-text";
import { clientAddressFrom } from "@/lib/callback/callback-rate-limit";
import { SIGN_IN_TEXT as T } from "@/lib/staff/staff-text";

import { STAFF_ROUTES } from "../../_lib/staff-session";

// The one staff action not built with staffAction (tests/staff/staff-actions.test.ts
// names it as the exception): it runs before there is a session to check. The
// lockout, the pending second step and the replay check live in lib/auth/sign-in.ts.

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

export async function signInAction(state: StaffFormState, formData: FormData): Promise<StaffFormState> {
  return orServiceProblem(STAFF_ROUTES.signIn, "Staff sign-in", () => signIn(state, formData));
}

export async function verifyCodeAction(state: StaffFormState, formData: FormData): Promise<StaffFormState> {
  return orServiceProblem(STAFF_ROUTES.signIn, "Staff sign-in code", () => verifyCode(state, formData));
}

/** Password sign-in is break-glass only (docs/decisions/019): switched off, it is refused before anything is checked. */
async function refuseWhenBreakGlassOff(step: "password" | "code"): Promise<StaffFormState | null> {
  if (isBreakGlassEnabled(getEnv())) return null;
  await recordStaffEvent({ actor: { kind: "STAFF", id: "unknown:break-glass" }, action: "staff.sign-in.refused", entityType: "staff_sign_in", entityId: "break-glass", details: { step, reason: "break-glass-off" } });
  return { values: {}, errors: {}, formError: SSO_TEXT.breakGlassOff };
}

async function signIn(_state: StaffFormState, formData: FormData): Promise<StaffFormState> {
  const refused = await refuseWhenBreakGlassOff("password");
  if (refused) return refused;
  const values = { email: String(formData.get("email") ?? "") };
  const parsed = signInSchema.safeParse({ email: formData.get("email") ?? "", password: formData.get("password") ?? "" });
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
    return { values, errors };
  }
  const requestHeaders = await headers();
  const result = await signInWithPassword({ ...parsed.data, headers: requestHeaders, ipAddress: clientAddress(requestHeaders) });
  switch (result.outcome) {
    case "locked":
      return { values, errors: {}, formError: T.locked };
    case "wrong":
      return { values, errors: {}, formError: result.isNowLocked ? T.locked : T.wrongPassword };
    case "disabled":
      return { values, errors: {}, formError: T.disabled };
    case "awaiting-approval":
      return { values, errors: {}, formError: T.awaitingApproval };
    case "code-needed":
      redirect(STAFF_ROUTES.code);
    case "signed-in":
      // No authenticator yet (a new or reset account): the session may only change the password and enrol.
      redirect(STAFF_ROUTES.enrol);
  }
}

async function verifyCode(_state: StaffFormState, formData: FormData): Promise<StaffFormState> {
  const refused = await refuseWhenBreakGlassOff("code");
  if (refused) return refused;
  const parsed = codeSchema.safeParse({ code: formData.get("code") ?? "" });
  if (!parsed.success) return { values: {}, errors: { code: parsed.error.issues[0]!.message } };
  const requestHeaders = await headers();
  const result = await verifySignInCode({ code: parsed.data.code, headers: requestHeaders, ipAddress: clientAddress(requestHeaders) });
  switch (result.outcome) {
    case "no-pending-sign-in":
      return { values: {}, errors: {}, formError: T.codeExpired };
    case "locked":
      return { values: {}, errors: {}, formError: T.locked };
    case "wrong":
    case "replayed":
      if (result.isNowLocked) return { values: {}, errors: {}, formError: T.locked };
      return { values: {}, errors: { code: result.outcome === "replayed" ? T.codeReplayed : T.wrongCode } };
    case "signed-in":
      // Back to a form kept when the last session ended (lib/auth/form-drafts.ts), filled, not sent.
      redirect((await pendingFormDraftPath(result.staffId)) ?? STAFF_ROUTES.home);
  }
}
