"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";

import { getAuth } from "@/lib/auth/auth";
import { STAFF_COOKIE_PREFIX } from "@/lib/auth/auth-settings";
import { changeStaffPassword } from "@/lib/staff/manage-staff";
import { recordStaffEvent } from "@/lib/staff/record-staff-event";

import { staffAction } from "../../_lib/staff-action";
import { STAFF_ROUTES } from "../../_lib/staff-session";

const noFields = z.object({});

export const signOutAction = staffAction({ permission: null, what: "sign out", stage: "any-session", fields: [], schema: noFields }, async ({ staff }) => {
  await getAuth().api.signOut({ headers: await headers() });
  await recordStaffEvent({ actor: staff.actor, action: "staff.sign-out", entityId: staff.id });
  redirect(`${STAFF_ROUTES.signIn}?signed-out=1`);
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
