// GET /nhs-login/callback: NHS login sends the browser back here with a code (or an error)
import { randomUUID } from "node:crypto";

import { type NextRequest, NextResponse } from "next/server";

import { NHS_LOGIN_ROUTES } from "@/lib/content/nhs-login";
import { getEnv } from "@/lib/env";
import { continueAfterNhsLogin } from "@/lib/identity/continue-after-sign-in";
import { finishNhsLoginSignIn } from "@/lib/identity/nhs-login/sign-in-flow";
import { SIGN_IN_REQUEST_COOKIE } from "@/lib/identity/nhs-login/sign-in-requests";
import { RESIDENT_SESSION_COOKIE, RESIDENT_SESSION_LIFETIME_MS } from "@/lib/identity/resident-session";
import { localiseHref } from "@/lib/i18n/paths";
import { siteCookieOptions } from "@/lib/security/cookies";

import { seeOther } from "../_lib/see-other";
import { forgetSignInLocale, signInLocale } from "../_lib/sign-in-locale";

export async function GET(request: NextRequest): Promise<NextResponse> {
  const requestId = randomUUID();
  // Back to the language the sign-in began in.
  const locale = signInLocale(request);
  try {
    const outcome = await finishNhsLoginSignIn({
      browserKey: request.cookies.get(SIGN_IN_REQUEST_COOKIE)?.value,
      callbackUrl: new URL(request.nextUrl.href),
      requestId,
    });
    let response: NextResponse;
    if (!outcome.ok) {
      const query = outcome.purpose ? `?for=${outcome.purpose}` : "";
      response = seeOther(`${localiseHref(locale, NHS_LOGIN_ROUTES.problem(outcome.problem))}${query}`);
    } else {
      const next = await continueAfterNhsLogin({ purpose: outcome.purpose, identity: outcome.identity, sessionId: outcome.sessionId });
      response = seeOther(localiseHref(locale, next.redirectTo));
      response.cookies.set(RESIDENT_SESSION_COOKIE, outcome.sessionToken, {
        ...siteCookieOptions(getEnv(), "/"),
        maxAge: Math.floor(RESIDENT_SESSION_LIFETIME_MS / 1000),
      });
      for (const cookie of next.cookies) response.cookies.set(cookie.name, cookie.value, { ...siteCookieOptions(getEnv(), cookie.path), maxAge: cookie.maxAge });
    }
    // Used or refused, the sign-in is over.
    response.cookies.set(SIGN_IN_REQUEST_COOKIE, "", { ...siteCookieOptions(getEnv(), "/nhs-login"), maxAge: 0 });
    forgetSignInLocale(response);
    return response;
  } catch (error) {
    console.error(`NHS login callback failed (request ${requestId})`, error);
    return seeOther(`/problem-with-the-service?from=${encodeURIComponent(localiseHref(locale, "/check-your-choice"))}`);
  }
}
