// POST /nhs-login/sign-out: ends this service's NHS login session (audited); NHS login's own session is the resident's
import { type NextRequest, NextResponse } from "next/server";

import { getEnv } from "@/lib/env";
import { recordIdentityEvent } from "@/lib/identity/record-identity-event";
import { endResidentSession, findResidentSession, RESIDENT_SESSION_COOKIE } from "@/lib/identity/resident-session";
import { localiseHref } from "@/lib/i18n/paths";
import { siteCookieOptions } from "@/lib/security/cookies";

import { seeOther } from "../_lib/see-other";
import { requestLocale } from "../_lib/sign-in-locale";

export async function POST(request: NextRequest): Promise<NextResponse> {
  const token = request.cookies.get(RESIDENT_SESSION_COOKIE)?.value;
  const session = await findResidentSession(token);
  await endResidentSession(token);
  if (session) {
    await recordIdentityEvent({ action: "nhs-login.sign-out", entityId: session.id, actorId: `nhs-login-session:${session.id}`, nhsNumber: session.nhsNumber });
  }
  // The home page in the language of the page the resident signed out from.
  const response = seeOther(localiseHref(requestLocale(request), "/"));
  response.cookies.set(RESIDENT_SESSION_COOKIE, "", { ...siteCookieOptions(getEnv(), "/"), maxAge: 0 });
  return response;
}
