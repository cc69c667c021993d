// GET /staff/sso/start: begins a staff single sign-on and sends the browser to the organisation's provider
import { type NextRequest, NextResponse } from "next/server";

import { browserOrigin, seeOther } from "@/app/(resident)/nhs-login/_lib/see-other";
import { startStaffSsoSignIn } from "@/lib/auth/sso/sign-in-flow";
import { STAFF_SSO_REQUEST_COOKIE, STAFF_SSO_REQUEST_LIFETIME_MS } from "@/lib/auth/sso/sso-requests";
import { getEnv } from "@/lib/env";
import { siteCookieOptions } from "@/lib/security/cookies";
import { SSO_ROUTES } from "@/lib/staff/staff-text";

// A link, not a form: a form whose answer redirects to the provider's origin
// would be blocked by the site's CSP form-action 'self'. Starting gives a
// forger nothing: the callback accepts only the browser holding this cookie.
export async function GET(request: NextRequest): Promise<NextResponse> {
  try {
    const started = await startStaffSsoSignIn({ requestOrigin: browserOrigin(request) });
    if (!started.ok) return seeOther(SSO_ROUTES.problem(started.problem));
    const response = NextResponse.redirect(started.authorizationUrl, 303);
    response.headers.set("cache-control", "no-store");
    response.cookies.set(STAFF_SSO_REQUEST_COOKIE, started.browserKey, {
      ...siteCookieOptions(getEnv(), "/staff/sso"),
      maxAge: Math.floor(STAFF_SSO_REQUEST_LIFETIME_MS / 1000),
    });
    return response;
  } catch (error) {
    console.error("Could not start a staff single sign-on", error);
    return seeOther("/problem-with-the-service?from=%2Fstaff%2Fsign-in");
  }
}
