"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";

import { getAuth } from "@/lib/auth/auth";
import { STAFF_COOKIE_PREFIX } from "@/lib/auth/auth-settings";
import { staffSsoEndSessionUrl } from "@/lib/auth/sso/sign-in-flow";
import { findSsoIdToken, STAFF_SSO_LOGOUT_COOKIE } from "@/lib/auth/sso/sign-out";
import { getEnv } from "@/lib/env";
import { siteCookieOptions } from "@/lib/security/cookies";
import { SSO_ROUTES } from "@/lib/staff/staff-text";
import { changeStaffPassword } from "@/lib/staff/manage-staff";
import { recordStaffEvent } from "@/lib/staff/record-staff-event";

import { staffAction } from "../../_lib/staff-action";
import { STAFF_ROUTES } from "../../_lib/staff-session";

const noFields = z.object({});

export const signOutAction = staffAction({ permission: null, what: "sign out", stage: "any-session", fields: [], schema: noFields }, async ({ staff }) => {
  const requestHeaders = await headers();
  // Read before the session goes: a single sign-on session ends the provider's session too (RP-initiated logout).
  const idToken = staff.signInMethod === "sso" ? await findSsoIdToken(staff.sessionId) : null;
  await getAuth().api.signOut({ headers: requestHeaders });
  // The local provider returns the browser to the loopback name it is on (its cookies are there).
  const host = requestHeaders.get("host");
  const requestOrigin = host ? `${new URL(getEnv().SITE_URL).protocol}//${host}` : undefined;
  const endSessionUrl = idToken ? await staffSsoEndSessionUrl({ idToken, requestOrigin }) : null;
  await recordStaffEvent({ actor: staff.actor, action: "staff.sign-out", entityId: staff.id, details: { method: staff.signInMethod, endsProviderSession: Boolean(endSessionUrl) } });
  if (!endSessionUrl) redirect(`${STAFF_ROUTES.signIn}?signed-out=1`);
  // The provider is another origin, which the CSP's form-action 'self' keeps a form's redirect from
  // reaching: the signed-out page on this site moves on to it (a link, and a refresh without script).
  (await cookies()).set(STAFF_SSO_LOGOUT_COOKIE, endSessionUrl, { ...siteCookieOptions(getEnv(), "/staff/sso"), maxAge: 300 });
  redirect(SSO_ROUTES.signedOut);
});

/** Ends every session of this member of staff, on every device, this one included. */
export const signOutEverywhereAction = staffAction({ permission: null, what: "sign out everywhere", stage: "any-session", fields: [], schema: noFields }, async ({ staff }) => {
  await getAuth().api.revokeSessions({ headers: await headers() });
  // That ended this session too: the cookie left behind names nothing, and goes.
  const jar = await cookies();
  for (const cookie of jar.getAll()) if (cookie.name.endsWith(`${STAFF_COOKIE_PREFIX}.session_token`)) jar.delete(cookie.name);
  await recordStaffEvent({ actor: staff.actor, action: "staff.sign-out-everywhere", entityId: staff.id });
  redirect(`${STAFF_ROUTES.signIn}?signed-out=everywhere`);
});

const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password"),
    newPassword: z.string().min(1, "Enter a new password"),
    confirmPassword: z.string(),
  })
  .refine((form) => form.confirmPassword === form.newPassword, { path: ["confirmPassword"], message: "The passwords do not match. Enter the new password again." });

/** A temporary password at first sign-in, or any time from "Your account". */
export const changePasswordAction = staffAction(
  { permission: null, what: "change their password", stage: "changing-password", fields: ["currentPassword", "newPassword", "confirmPassword"], schema: changePasswordSchema },
  async ({ input, staff }) => {
    await changeStaffPassword({ userId: staff.id, currentPassword: input.currentPassword, newPassword: input.newPassword, headers: await headers() });
    redirect(`${STAFF_ROUTES.home}?password-changed=1`);
  },
);
