import { getEnv, type Env } from "../env";
import { AppError } from "../errors";

// Staff sign-in settings (docs/decisions/012-staff-sign-in.md). Kept apart from
// auth.ts so tests and scripts can read them without starting better-auth.

/**
 * A session ends after this long without a request (lib/auth/idle-timeout.ts): STAFF_IDLE_MINUTES,
 * 30 by default. The warning comes SESSION_WARNING_SECONDS before it.
 */
export function getSessionIdleSeconds(env: Env = getEnv()): number {
  return env.STAFF_IDLE_MINUTES * 60;
}
/** How long before the idle limit staff are warned (app/(staff)/staff/session-timeout-warning.tsx). */
export const SESSION_WARNING_SECONDS = 2 * 60;
/** better-auth's own expiry (sliding) and the cookie's lifetime: the idle limit ends sessions long before this. */
export const SESSION_MAX_SECONDS = 8 * 60 * 60;
/** How often a used session's last-activity time is written. */
export const SESSION_REFRESH_SECONDS = 60;
/** better-auth's cookie prefix: the session cookie is "<prefix>.session_token". */
export const STAFF_COOKIE_PREFIX = "staff";
/** Failed password or code attempts for one account inside the window before it is locked. */
export const MAX_FAILED_SIGN_INS = 5;
export const FAILED_SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;
/** TOTP: 6 digits, a new code every 30 seconds; each time step signs in once. */
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_ISSUER = "North London consent register";

/** Only for a local database: production must set its own. */
export const DEV_AUTH_SECRET = "dev-only-secret-change-me-in-production-0123456789";

/**
 * True when the site runs against a database on this machine (the embedded
 * server): a local demo, where the demo staff accounts exist and their
 * credentials may be shown. Never true for a deployment's database server.
 */
export function isLocalDemo(env: Env = getEnv()): boolean {
  if (env.NODE_ENV === "test") return true;
  // Said explicitly by whoever started the embedded server (scripts/start.ts,
  // scripts/support/run-script.ts), never guessed from the database's host
  // name: a production pooler on localhost is not a demo.
  if (env.LOCAL_DEMO === "on") return true;
  return !env.DATABASE_URL && env.NODE_ENV === "development";
}

/** The secret that signs sessions and encrypts TOTP secrets. Refuses the development default outside a local demo. */
export function getAuthSecret(env: Env = getEnv()): string {
  if (env.BETTER_AUTH_SECRET === DEV_AUTH_SECRET && !isLocalDemo(env)) {
    throw new AppError({
      code: "CONFIGURATION",
      message:
        "BETTER_AUTH_SECRET is the development default. Set it to a long random value (e.g. `openssl rand -base64 32`) before using a non-local database.",
    });
  }
  return env.BETTER_AUTH_SECRET;
}

/** For start-up: the secret, or the reason it is refused and exit code 1. */
export function getAuthSecretOrExit(env: Env = getEnv()): string {
  try {
    return getAuthSecret(env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
