// One rule for every cookie the site sets (staff sign-in through better-auth,
// the pending sign-in email, the choice journeys): HttpOnly, SameSite=Lax,
// and Secure in production.
//
// "Production" for cookies means the site's public address (SITE_URL) is
// https, or NODE_ENV is production on any host other than this machine. The
// browser tests run `next start` (NODE_ENV=production) on http://127.0.0.1,
// where a Secure cookie could not be sent back, so loopback over http is the
// one exception; tests/security/cookies.test.ts runs the rule with a
// deployment's settings and asserts Secure.

import { isHttpsSite } from "./headers";

export type CookieEnv = { NODE_ENV?: string; SITE_URL?: string };

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

function isLoopback(siteUrl: string | undefined): boolean {
  if (!siteUrl) return false;
  try {
    return LOOPBACK_HOSTS.has(new URL(siteUrl).hostname.toLowerCase());
  } catch {
    return false;
  }
}

export function shouldUseSecureCookies(env: CookieEnv): boolean {
  if (isHttpsSite(env.SITE_URL)) return true;
  return env.NODE_ENV === "production" && !isLoopback(env.SITE_URL);
}

export type SiteCookieOptions = { httpOnly: true; sameSite: "lax"; secure: boolean; path: string };

/** Options for cookies the site's own code sets with next/headers' cookies().set(). */
export function siteCookieOptions(env: CookieEnv, path = "/"): SiteCookieOptions {
  return { httpOnly: true, sameSite: "lax", secure: shouldUseSecureCookies(env), path };
}
