import { createJourney, JOURNEY_COOKIE, JOURNEY_COOKIE_PATH, JOURNEY_LIFETIME_MS } from "../choice/journey-store";
import { firstIncompleteStep, journeyPath, type JourneyAnswers } from "../choice/steps";
import { NHS_LOGIN_ROUTES } from "../content/nhs-login";
import { getDb } from "../db";
import type { VerifiedIdentity } from "./nhs-login/nhs-login-client";
import type { SignInPurpose } from "./nhs-login/sign-in-requests";

// Where a resident goes once NHS login has vouched for them. "Check your
// choice" needs nothing more. A journey starts afresh with the questions NHS
// login answered already answered (who it is for: themselves; name, date of
// birth, NHS number; the email NHS login verified), so they are asked only
// where they live and confirm; check your answers shows NHS login's answers
// read-only.

export function nhsLoginAnswers(identity: VerifiedIdentity, choice: "OPT_OUT" | "OPT_IN", sessionId: string): JourneyAnswers {
  return {
    choice,
    madeBy: "SELF",
    givenName: identity.givenName,
    familyName: identity.familyName,
    dateOfBirth: identity.dateOfBirth,
    nhsNumber: identity.nhsNumber,
    ...(identity.email ? { email: identity.email } : {}),
    // The journey's kind is the choice; the questions NHS login answered do not apply.
    answered: ["decision"],
    nhsLogin: { sessionId, vot: identity.vot, email: identity.email },
  };
}

export type ContinueOutcome = { redirectTo: string; cookies: { name: string; value: string; path: string; maxAge: number }[] };

export async function continueAfterNhsLogin(options: { purpose: SignInPurpose; identity: VerifiedIdentity; sessionId: string }): Promise<ContinueOutcome> {
  if (options.purpose === "check") return { redirectTo: NHS_LOGIN_ROUTES.checkYourChoice, cookies: [] };
  const choice = options.purpose === "opt-out" ? "OPT_OUT" : "OPT_IN";
  const { token, id } = await createJourney({ journey: options.purpose });
  const answers = nhsLoginAnswers(options.identity, choice, options.sessionId);
  // NHS login verified this address: no security code is needed for it.
  await getDb().choiceJourney.update({ where: { id }, data: { answers, verifiedEmail: options.identity.email } });
  const next = firstIncompleteStep({ answers, verifiedEmail: options.identity.email, hasEvidenceFile: false });
  return {
    redirectTo: journeyPath(options.purpose, next),
    cookies: [{ name: JOURNEY_COOKIE[options.purpose], value: token, path: JOURNEY_COOKIE_PATH, maxAge: Math.floor(JOURNEY_LIFETIME_MS / 1000) }],
  };
}
