import "server-only";

import type { NextRequest, NextResponse } from "next/server";

import { getEnv } from "@/lib/env";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { isPublished } from "@/lib/i18n/published";
import { LOCALE_HEADER } from "@/lib/i18n/request-headers";
import { SIGN_IN_REQUEST_LIFETIME_MS } from "@/lib/identity/nhs-login/sign-in-requests";
import { siteCookieOptions } from "@/lib/security/cookies";

// NHS login sends the browser back to one callback address, whatever language
// the resident began in. The language is the one of the address the sign-in
// began at (/bn/nhs-login/start: proxy.ts sets the locale header from the
// address and overwrites any a client sends); it is kept for the callback in a
// cookie beside the sign-in request's own, and only a published locale is
// accepted back from it (at worst, a changed cookie changes the language).

const SIGN_IN_LOCALE_COOKIE = "nhs_login_locale";
const COOKIE_PATH = "/nhs-login";

function published(value: string | null | undefined): Locale {
  return isLocale(value) && isPublished(value) ? value : DEFAULT_LOCALE;
}

/** The language of the address this request was made to. */
export function requestLocale(request: NextRequest): Locale {
  return published(request.headers.get(LOCALE_HEADER));
}

/** Remembers the sign-in's language for the callback. */
export function rememberSignInLocale(response: NextResponse, locale: Locale): void {
  response.cookies.set(SIGN_IN_LOCALE_COOKIE, locale, { ...siteCookieOptions(getEnv(), COOKIE_PATH), maxAge: Math.floor(SIGN_IN_REQUEST_LIFETIME_MS / 1000) });
}

/** The language the sign-in began in (English when not known). */
export function signInLocale(request: NextRequest): Locale {
  return published(request.cookies.get(SIGN_IN_LOCALE_COOKIE)?.value);
}

/** The sign-in is over: forget its language. */
export function forgetSignInLocale(response: NextResponse): void {
  response.cookies.set(SIGN_IN_LOCALE_COOKIE, "", { ...siteCookieOptions(getEnv(), COOKIE_PATH), maxAge: 0 });
}
