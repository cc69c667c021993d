"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";

import { getAuth } from "@/lib/auth/auth";
import { recordStaffEvent } from "@/lib/staff/record-staff-event";

import { readStaffSession, STAFF_ROUTES } from "../../_lib/staff-session";

export async function signOutAction(): Promise<void> {
  const session = await readStaffSession();
  if (session) {
    await getAuth().api.signOut({ headers: await headers() });
    await recordStaffEvent({ actor: { kind: "STAFF", id: session.user.id }, action: "staff.sign-out", entityId: session.user.id });
  }
  redirect(`${STAFF_ROUTES.signIn}?signed-out=1`);
}

/** Ends every session of this member of staff, on every device, this one included. */
export async function signOutEverywhereAction(): Promise<void> {
  const session = await readStaffSession();
  if (session) {
    await getAuth().api.revokeSessions({ headers: await headers() });
    await getAuth().api.signOut({ headers: await headers() }).catch(() => undefined);
    await recordStaffEvent({ actor: { kind: "STAFF", id: session.user.id }, action: "staff.sign-out-everywhere", entityId: session.user.id });
  }
  redirect(`${STAFF_ROUTES.signIn}?signed-out=everywhere`);
}
