import "server-only";

import { cookies } from "next/headers";

import { findResidentSession, RESIDENT_SESSION_COOKIE, type ResidentSession } from "@/lib/identity/resident-session";

/** The resident signed in with NHS login on this browser, if any (P9 only: lower levels never get a session). */
export async function currentResidentSession(): Promise<ResidentSession | null> {
  return findResidentSession((await cookies()).get(RESIDENT_SESSION_COOKIE)?.value);
}
