import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { APIError } from "better-auth/api";
import { admin, twoFactor } from "better-auth/plugins";
import { getDb } from "../db";
import { pendingTwoFactor } from "./pending-two-factor";
import { ssoSession } from "./sso-session";
import { getEnv } from "../env";
import { shouldUseSecureCookies } from "../security/cookies";
import { isAwaitingApproval } from "../staff/approval";
import { getAuthSecret, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, SESSION_MAX_SECONDS, SESSION_REFRESH_SECONDS, STAFF_COOKIE_PREFIX, TOTP_ISSUER } from "./auth-settings";

// Staff sign-in through better-auth (docs/decisions/012-staff-sign-in.md).
// Used only from the server (server actions, server components, scripts):
// there is no public auth endpoint and no sign-up.

function createAuth() {
  const env = getEnv();
  return betterAuth({
    appName: TOTP_ISSUER,
    baseURL: env.SITE_URL,
    secret: getAuthSecret(env),
    database: prismaAdapter(getDb(), { provider: "postgresql" }),
    user: {
      modelName: "staffUser",
      // Read with the session, so requireStaff can send a temporary password to be changed first.
      additionalFields: {
        mustChangePassword: { type: "boolean", required: false, defaultValue: false, input: false },
      },
    },
    session: {
      modelName: "staffSession",
      expiresIn: SESSION_MAX_SECONDS,
      updateAge: SESSION_REFRESH_SECONDS,
      // Read the session from the database on every request, so signing out
      // everywhere and disabling an account take effect at once.
      cookieCache: { enabled: false },
      // How the session was signed in (docs/decisions/019): single sign-on sessions skip the register's own
      // authenticator step (the provider's assurance was checked) and keep the ID token for sign-out.
      additionalFields: {
        signInMethod: { type: "string", required: false, defaultValue: "password", input: false },
        ssoIdToken: { type: "string", required: false, input: false, returned: false },
      },
    },
    account: { modelName: "staffAccount" },
    verification: { modelName: "staffVerification" },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
    },
    // Calls come from our own server actions, not the browser; our own
    // per-account lockout (lib/auth/sign-in-lockout.ts) does the throttling.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    advanced: {
      cookiePrefix: STAFF_COOKIE_PREFIX,
      // Secure (and so named "__Secure-staff.…") in production: lib/security/cookies.ts says when.
      useSecureCookies: shouldUseSecureCookies(env),
      // Every better-auth cookie (session, two-factor challenge, "don't remember"): never readable by
      // script, never sent on cross-site subrequests or form posts.
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    databaseHooks: {
      session: {
        create: {
          // Every way of signing in makes a session here (after the password, or after the code), so a
          // supervisor or admin account a second admin has not approved yet never gets one.
          async before(session) {
            const user = await getDb().staffUser.findUnique({ where: { id: session.userId }, select: { role: true, approvedAt: true } });
            if (user && isAwaitingApproval(user)) {
              throw APIError.from("FORBIDDEN", { message: "This account is waiting for a second admin to approve it", code: ACCOUNT_AWAITING_APPROVAL });
            }
          },
        },
      },
    },
    plugins: [
      twoFactor({
        issuer: TOTP_ISSUER,
        schema: { twoFactor: { modelName: "staffTwoFactor" } },
      }),
      admin({ defaultRole: "caseworker", adminRoles: ["admin"] }),
      pendingTwoFactor(),
      ssoSession(),
      nextCookies(),
    ],
  });
}

/** The error code of a sign-in refused because the account awaits a second admin's approval. */
export const ACCOUNT_AWAITING_APPROVAL = "ACCOUNT_AWAITING_APPROVAL";

export type StaffAuth = ReturnType<typeof createAuth>;

const holder = globalThis as unknown as { consentRegisterAuth?: StaffAuth };

export function getAuth(): StaffAuth {
  holder.consentRegisterAuth ??= createAuth();
  return holder.consentRegisterAuth;
}
