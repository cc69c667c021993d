// GET /staff/sso/end-session: after signing out here, on to the provider's end-session endpoint (RP-initiated logout)
import { type NextRequest, NextResponse } from "next/server";

import { seeOther } from "@/app/(resident)/nhs-login/_lib/see-other";
import { STAFF_SSO_LOGOUT_COOKIE } from "@/lib/auth/sso/sign-out";
import { getEnv } from "@/lib/env";
import { siteCookieOptions } from "@/lib/security/cookies";
import { staffSsoSettingsFrom } from "@/lib/auth/sso/settings";

// A GET reached by a link or a refresh, not a form, so the CSP's form-action
// does not stop the redirect to the provider. The address comes from the
// sign-out action's cookie and must be on the configured provider's origin:
// this can never be made to send a browser anywhere else.
export async function GET(request: NextRequest): Promise<NextResponse> {
  const target = request.cookies.get(STAFF_SSO_LOGOUT_COOKIE)?.value;
  const settings = staffSsoSettingsFrom(getEnv());
  let response: NextResponse;
  if (target && settings && isOnProvider(target, settings.issuer)) {
    response = NextResponse.redirect(target, 303);
    response.headers.set("cache-control", "no-store");
  } else {
    response = seeOther("/staff/sign-in?signed-out=1");
  }
  response.cookies.set(STAFF_SSO_LOGOUT_COOKIE, "", { ...siteCookieOptions(getEnv(), "/staff/sso"), maxAge: 0 });
  return response;
}

function isOnProvider(target: string, issuer: string): boolean {
  try {
    return new URL(target).origin === new URL(issuer).origin;
  } catch {
    return false;
  }
}
