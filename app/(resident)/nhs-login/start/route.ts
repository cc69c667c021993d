// GET /nhs-login/start?for=opt-out|opt-in|check: begins an NHS login sign-in and sends the browser to NHS login
import { cookies } from "next/headers";
import { type NextRequest, NextResponse } from "next/server";

import { findJourney, JOURNEY_COOKIE } from "@/lib/choice/journey-store";
import { NHS_LOGIN_ROUTES } from "@/lib/content/nhs-login";
import { getEnv } from "@/lib/env";
import { startNhsLoginSignIn } from "@/lib/identity/nhs-login/sign-in-flow";
import { isSignInPurpose, SIGN_IN_REQUEST_COOKIE, SIGN_IN_REQUEST_LIFETIME_MS } from "@/lib/identity/nhs-login/sign-in-requests";
import { localiseHref } from "@/lib/i18n/paths";
import { siteCookieOptions } from "@/lib/security/cookies";

import { browserOrigin, seeOther } from "../_lib/see-other";
import { rememberSignInLocale, requestLocale } from "../_lib/sign-in-locale";

// A link, not a form: a form's redirect to NHS login's origin would break the
// site's CSP form-action 'self'. Starting a sign-in changes nothing a forger
// could use: the callback only accepts the browser that holds this cookie.
export async function GET(request: NextRequest): Promise<NextResponse> {
  const purposeParam = request.nextUrl.searchParams.get("for");
  const purpose = isSignInPurpose(purposeParam) ? purposeParam : "check";
  // The language of the page the resident started from (/bn/nhs-login/start), for every page after.
  const locale = requestLocale(request);
  let typedNhsNumber: string | null = null;
  try {
    // An NHS number typed earlier in this journey must match NHS login's.
    if (purpose !== "check") {
      const journey = await findJourney({ journey: purpose, token: (await cookies()).get(JOURNEY_COOKIE[purpose])?.value });
      // Only a choice for themselves: a number typed for a child or another adult is someone else's.
      typedNhsNumber = journey && !journey.submission && journey.answers.madeBy === "SELF" ? (journey.answers.nhsNumber ?? null) : null;
    }
    const started = await startNhsLoginSignIn({ purpose, requestOrigin: browserOrigin(request), typedNhsNumber });
    if (!started.ok) return seeOther(`${localiseHref(locale, NHS_LOGIN_ROUTES.problem(started.problem))}?for=${purpose}`);
    const response = NextResponse.redirect(started.authorizationUrl, 303);
    response.cookies.set(SIGN_IN_REQUEST_COOKIE, started.browserKey, {
      ...siteCookieOptions(getEnv(), "/nhs-login"),
      maxAge: Math.floor(SIGN_IN_REQUEST_LIFETIME_MS / 1000),
    });
    rememberSignInLocale(response, locale);
    return response;
  } catch (error) {
    console.error("Could not start an NHS login sign-in", error);
    return seeOther(`/problem-with-the-service?from=${encodeURIComponent(localiseHref(locale, request.nextUrl.pathname))}`);
  }
}
