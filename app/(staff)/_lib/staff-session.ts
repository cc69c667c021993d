import "server-only";

import { cookies, headers } from "next/headers";
import { forbidden, notFound, redirect } from "next/navigation";

import type { Actor } from "@/lib/audit/actor";
import { getAuth } from "@/lib/auth/auth";
import { STAFF_COOKIE_PREFIX } from "@/lib/auth/auth-settings";
import { endSessionIfIdle, sessionTokenFromCookie } from "@/lib/auth/idle-timeout";
import { isBrowserNavigation } from "@/lib/staff/browser-navigation";
import { recordForbiddenAttempt } from "@/lib/staff/record-forbidden-attempt";
import { hasPermission, isStaffRole, type Permission, type StaffRole } from "@/lib/staff/roles";

export type SignedInStaff = {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  actor: Actor;
  mustChangePassword: boolean;
  sessionId: string;
  /** "sso": signed in by the organisation's provider (docs/decisions/019), whose assurance stands in for the register's own code. */
  signInMethod: "password" | "sso";
};

export const STAFF_ROUTES = {
  home: "/staff",
  signIn: "/staff/sign-in",
  code: "/staff/sign-in/code",
  enrol: "/staff/enrol",
  changePassword: "/staff/change-password",
  notAllowed: "/staff/not-allowed",
  permissionRefused: "/staff/permission-refused",
  permissionRefusedMessage: "/staff/permission-refused/message",
  pageNotFound: "/staff/page-not-found",
  pageNotFoundMessage: "/staff/page-not-found/message",
  account: "/staff/account",
  people: "/staff/people",
  decisions: "/staff/decisions",
  tracing: "/staff/tracing",
  review: "/staff/review",
  key: "/staff/key",
  organisations: "/staff/organisations",
  apiClients: "/staff/api-clients",
  staffMembers: "/staff/staff-members",
  reports: "/staff/reports",
  audit: "/staff/audit",
} as const;

/** The session token in the staff cookie, live or not (null without one). */
export async function readStaffSessionToken(): Promise<string | null> {
  const jar = await cookies();
  const cookie = jar.get(`${STAFF_COOKIE_PREFIX}.session_token`) ?? jar.get(`__Secure-${STAFF_COOKIE_PREFIX}.session_token`);
  return sessionTokenFromCookie(cookie?.value);
}

/** The signed-in session as better-auth reads it from the database (null when signed out, idle too long or expired). */
export async function readStaffSession() {
  const token = await readStaffSessionToken();
  // Before better-auth reads (and so refreshes) it: an idle session ends here.
  if (token && (await endSessionIfIdle({ token }))) return null;
  return getAuth().api.getSession({ headers: await headers() });
}

/**
 * How far into signing in a page or action may be used: "signed-in" (the
 * default) needs the password changed and the authenticator enrolled; the
 * password-change and enrolment steps are reachable before that; "any-session"
 * is for signing out.
 */
export type StaffStage = "signed-in" | "changing-password" | "enrolling" | "any-session";

/**
 * Every staff page and server action starts here. Signed out: to sign-in.
 * With a temporary password: to change it. Without an authenticator app: to
 * enrolment. Without the permission: audited, then refused, and nothing else
 * happens (refuseAccess): the client router's request for a page answers 403
 * (forbidden(), drawn in the staff layout); a server action sends the browser
 * to /staff/not-allowed, which does the same (forbidden() inside an action
 * posted without JavaScript would be drawn as the not-found page); a page the
 * browser opens itself, and a form posted without JavaScript, go to
 * /staff/permission-refused instead, which answers the same words as a whole
 * page with 403 (Next.js draws forbidden() only in the browser:
 * docs/decisions/025 and 032).
 */
export async function requireStaff(
  permission?: Permission,
  what?: string,
  options: { stage?: StaffStage; isAction?: boolean } = {},
): Promise<SignedInStaff> {
  const stage = options.stage ?? "signed-in";
  const session = await readStaffSession();
  if (!session) redirect(STAFF_ROUTES.signIn);
  const role = isStaffRole(session.user.role) ? session.user.role : null;
  if (!role) forbidden();
  const staff: SignedInStaff = {
    id: session.user.id,
    email: session.user.email,
    name: session.user.name,
    role,
    actor: { kind: "STAFF", id: session.user.id },
    mustChangePassword: Boolean(session.user.mustChangePassword),
    sessionId: session.session.id,
    signInMethod: session.session.signInMethod === "sso" ? "sso" : "password",
  };
  if (stage === "any-session") return staff;
  // The provider checked the second factor (acr or amr) and holds the password: nothing to change or enrol here.
  if (staff.signInMethod === "sso") {
    if (stage === "enrolling" || stage === "changing-password") redirect(STAFF_ROUTES.home);
    return checkPermission(staff, role, permission, what, options);
  }
  if (stage === "changing-password") return staff;
  if (staff.mustChangePassword) redirect(STAFF_ROUTES.changePassword);
  if (stage === "enrolling") {
    if (session.user.twoFactorEnabled) redirect(STAFF_ROUTES.home);
    return staff;
  }
  if (!session.user.twoFactorEnabled) redirect(STAFF_ROUTES.enrol);
  return checkPermission(staff, role, permission, what, options);
}

async function checkPermission(staff: SignedInStaff, role: StaffRole, permission: Permission | undefined, what: string | undefined, options: { isAction?: boolean }): Promise<SignedInStaff> {
  if (permission && !hasPermission(role, permission)) {
    await recordForbiddenAttempt({ actor: staff.actor, role, permission, what: what ?? permission });
    // A form posted by the browser itself (no JavaScript: no Next-Action header) gets a whole HTML page with 403.
    if (options.isAction) redirect((await headers()).has("next-action") ? STAFF_ROUTES.notAllowed : STAFF_ROUTES.permissionRefused);
    await refuseAccess();
  }
  return staff;
}

/**
 * Answers a refused page (already audited) with the 403 page. Next.js draws
 * forbidden() on the server as an empty document whose words are only in its
 * client router's data, so a page the browser opens itself (its address, a
 * link, a reload: with or without JavaScript) goes to
 * /staff/permission-refused, which answers the whole page, in the staff
 * layout, with status 403. The client router's own requests, and scripts or
 * clients asking for data, get forbidden() as before.
 */
export async function refuseAccess(): Promise<never> {
  if (isBrowserNavigation(await headers())) redirect(STAFF_ROUTES.permissionRefused);
  forbidden();
}

/**
 * Answers a staff page for something that does not exist with the not-found
 * page: notFound(), like forbidden(), is drawn only in the browser, so a page
 * the browser opens itself goes to /staff/page-not-found, which answers the
 * whole page, in the staff layout, with status 404.
 */
export async function staffNotFound(): Promise<never> {
  if (isBrowserNavigation(await headers())) redirect(STAFF_ROUTES.pageNotFound);
  notFound();
}
