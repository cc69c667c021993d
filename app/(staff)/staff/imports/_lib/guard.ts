import "server-only";

import { getEnv } from "@/lib/env";
import { checkOrigin } from "@/lib/security/request-guard";

import type { Uploader } from "@/lib/legacy-import/upload/upload-settings";

import { readStaffSession, requireStaff, STAFF_ROUTES, type SignedInStaff } from "../../../_lib/staff-session";
import { seeOther } from "./imports-routes";

/**
 * The checks every import POST makes before reading its body: same-origin
 * (refused before anything else, whatever a global check may also do), then a
 * signed-in supervisor as requireStaff decides it (another role: audited, 403).
 */
export async function guardImportPost(request: Request, what: string): Promise<SignedInStaff | Response> {
  if (!checkOrigin("POST", request.headers, getEnv().SITE_URL, request.url).ok) {
    return new Response("This form can only be sent from the consent register's own pages.", {
      status: 403,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  // Signed out: back to sign-in with a GET (requireStaff's redirect would repeat the POST).
  const session = await readStaffSession();
  if (!session) return seeOther(STAFF_ROUTES.signIn);
  if (!session.user.twoFactorEnabled && session.session.signInMethod !== "sso") return seeOther(STAFF_ROUTES.enrol);
  return requireStaff("legacy-import:run", what);
}

export function uploaderOf(staff: SignedInStaff): Uploader {
  return { staffId: staff.id, role: staff.role };
}
