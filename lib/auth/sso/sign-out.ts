import { getDb } from "../../db";

/** The provider's ID token kept with a single sign-on session (never returned by better-auth's session reads). */
export async function findSsoIdToken(sessionId: string): Promise<string | null> {
  const session = await getDb().staffSession.findUnique({ where: { id: sessionId }, select: { signInMethod: true, ssoIdToken: true } });
  return session?.signInMethod === "sso" ? session.ssoIdToken : null;
}

/** The cookie that carries the provider's end-session address from the sign-out action to /staff/sso/end-session. */
export const STAFF_SSO_LOGOUT_COOKIE = "staff_sso_logout";
