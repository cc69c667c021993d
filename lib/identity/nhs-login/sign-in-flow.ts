import { getEnv } from "../../env";
import { recordIdentityEvent } from "../record-identity-event";
import { createResidentSession } from "../resident-session";
import { beginNhsLogin, completeNhsLogin, type NhsLoginProblem, type VerifiedIdentity } from "./nhs-login-client";
import { nhsLoginSettingsFrom, redirectUriFor } from "./settings";
import { saveSignInRequest, takeSignInRequest, type SignInPurpose } from "./sign-in-requests";

// The two halves of an NHS login sign-in, framework-free; the route handlers
// in app/(resident)/nhs-login/ only move cookies and redirect. Every outcome is
// audited; a refusal records no decision and creates no session.

export type StartOutcome = { ok: true; authorizationUrl: string; browserKey: string } | { ok: false; problem: NhsLoginProblem };

export async function startNhsLoginSignIn(options: { purpose: SignInPurpose; requestOrigin?: string; typedNhsNumber?: string | null }): Promise<StartOutcome> {
  const settings = nhsLoginSettingsFrom(getEnv());
  if (!settings) return { ok: false, problem: "provider-unavailable" };
  const redirectUri = redirectUriFor(settings, options.requestOrigin);
  let begun;
  try {
    begun = await beginNhsLogin(settings, redirectUri);
  } catch (error) {
    console.error("NHS login discovery failed", error);
    await recordIdentityEvent({ action: "nhs-login.refused", entityId: "unavailable", details: { problem: "provider-unavailable", purpose: options.purpose } });
    return { ok: false, problem: "provider-unavailable" };
  }
  const { browserKey } = await saveSignInRequest({ ...begun, redirectUri, purpose: options.purpose, typedNhsNumber: options.typedNhsNumber });
  return { ok: true, authorizationUrl: begun.authorizationUrl, browserKey };
}

export type CallbackOutcome =
  | { ok: true; purpose: SignInPurpose; identity: VerifiedIdentity; sessionToken: string; sessionId: string }
  | { ok: false; purpose?: SignInPurpose; problem: NhsLoginProblem };

export async function finishNhsLoginSignIn(options: { browserKey: string | undefined; callbackUrl: URL; requestId?: string }): Promise<CallbackOutcome> {
  const settings = nhsLoginSettingsFrom(getEnv());
  if (!settings) return { ok: false, problem: "provider-unavailable" };
  const taken = await takeSignInRequest(options.browserKey);
  if (!taken.ok) {
    // A provider error can arrive on a sign-in that is gone too: say what the provider said.
    await recordIdentityEvent({ action: "nhs-login.refused", entityId: "no-request", details: { problem: taken.problem, providerError: options.callbackUrl.searchParams.get("error") } });
    return { ok: false, purpose: taken.purpose, problem: taken.problem };
  }
  const { request } = taken;
  const outcome = await completeNhsLogin({
    settings,
    callbackUrl: options.callbackUrl,
    expected: { state: request.state, nonce: request.nonce, codeVerifier: request.codeVerifier, redirectUri: request.redirectUri },
    typedNhsNumber: request.typedNhsNumber,
  });
  if (!outcome.ok) {
    await recordIdentityEvent({
      action: "nhs-login.refused",
      entityId: request.id,
      details: { problem: outcome.problem, detail: outcome.detail.slice(0, 500), purpose: request.purpose },
      requestId: options.requestId,
    });
    return { ok: false, purpose: request.purpose, problem: outcome.problem };
  }
  const session = await createResidentSession(outcome.identity);
  await recordIdentityEvent({
    action: "nhs-login.sign-in",
    entityId: request.id,
    actorId: `nhs-login-session:${session.id}`,
    nhsNumber: outcome.identity.nhsNumber,
    details: { vot: outcome.identity.vot, identityProofingLevel: outcome.identity.identityProofingLevel, purpose: request.purpose, sessionId: session.id },
    requestId: options.requestId,
  });
  return { ok: true, purpose: request.purpose, identity: outcome.identity, sessionToken: session.token, sessionId: session.id };
}
