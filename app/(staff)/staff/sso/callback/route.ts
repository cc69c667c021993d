// GET /staff/sso/callback: the organisation's provider sends the browser back here with a code (or an error)
import { randomUUID } from "node:crypto";

import { type NextRequest, NextResponse } from "next/server";

import { seeOther } from "@/app/(resident)/nhs-login/_lib/see-other";
import { pendingFormDraftPath } from "@/lib/auth/form-drafts";
import { finishStaffSsoSignIn } from "@/lib/auth/sso/sign-in-flow";
import { STAFF_SSO_REQUEST_COOKIE } from "@/lib/auth/sso/sso-requests";
import { getEnv } from "@/lib/env";
import { siteCookieOptions } from "@/lib/security/cookies";
import { SSO_ROUTES } from "@/lib/staff/staff-text";

export async function GET(request: NextRequest): Promise<NextResponse> {
  const requestId = randomUUID();
  try {
    const outcome = await finishStaffSsoSignIn({
      browserKey: request.cookies.get(STAFF_SSO_REQUEST_COOKIE)?.value,
      callbackUrl: new URL(request.nextUrl.href),
      headers: request.headers,
      requestId,
    });
    // A form sent after the last session ended comes back, filled, as after a password sign-in.
    const response = seeOther(outcome.ok ? ((await pendingFormDraftPath(outcome.staffId)) ?? "/staff") : SSO_ROUTES.problem(outcome.problem));
    // better-auth's session cookie, exactly as it made it.
    if (outcome.ok) for (const cookie of outcome.headers.getSetCookie()) response.headers.append("set-cookie", cookie);
    // Used or refused, the sign-in is over.
    response.cookies.set(STAFF_SSO_REQUEST_COOKIE, "", { ...siteCookieOptions(getEnv(), "/staff/sso"), maxAge: 0 });
    return response;
  } catch (error) {
    console.error(`Staff single sign-on callback failed (request ${requestId})`, error);
    return seeOther("/problem-with-the-service?from=%2Fstaff%2Fsign-in");
  }
}
