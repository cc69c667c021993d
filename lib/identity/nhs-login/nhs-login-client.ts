import * as oidc from "openid-client";

import { isValidNhsNumber } from "../../nhs-number/nhs-number";
import { beginCodeFlow, type BegunSignIn, discoverOnce, importClientKey } from "../oidc/code-flow";
import type { NhsLoginSettings } from "./settings";
import { checkVot } from "./vectors-of-trust";

// The NHS login client, through openid-client (OpenID-certified): the
// authorization code flow with PKCE (S256), state and nonce; client
// authentication by private_key_jwt signed RS512; the ID token's RS512
// signature checked against the provider's JWKS, with iss, aud, exp, iat and
// nonce, then its vot against the vtr asked. No hand-rolled JWT code.

/** Why a sign-in did not give a usable identity: each has its own page (lib/content/nhs-login.ts). */
export type NhsLoginProblem =
  | "cancelled"
  | "access-denied"
  | "login-required"
  | "provider-error"
  | "no-sign-in"
  | "replayed"
  | "state-mismatch"
  | "code-rejected"
  | "nonce-mismatch"
  | "token-signature"
  | "token-expired"
  | "token-invalid"
  | "vot-too-low"
  | "no-nhs-number"
  | "nhs-number-differs"
  | "under-16"
  | "provider-unavailable";

export type VerifiedIdentity = {
  subject: string;
  nhsNumber: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  email: string | null;
  phoneNumber: string | null;
  identityProofingLevel: string;
  vot: string;
};

export type CompleteOutcome = { ok: true; identity: VerifiedIdentity } | { ok: false; problem: NhsLoginProblem; detail: string };

/** Discovery, once per process (retried after a failure). */
export function getNhsLoginConfiguration(settings: NhsLoginSettings): Promise<oidc.Configuration> {
  return discoverOnce({ issuer: settings.issuer, clientId: settings.clientId, credential: settings.privateKey }, async () => {
    const { key, kid } = await importClientKey(settings.privateKey, "RS512", "NHS_LOGIN_PRIVATE_KEY");
    const execute = [oidc.enableNonRepudiationChecks, ...(settings.isLocal ? [oidc.allowInsecureRequests] : [])];
    return oidc.discovery(
      new URL(settings.issuer),
      settings.clientId,
      { id_token_signed_response_alg: "RS512", token_endpoint_auth_method: "private_key_jwt" },
      oidc.PrivateKeyJwt(kid ? { key, kid } : key),
      { execute, timeout: 10 },
    );
  });
}

export type { BegunSignIn };

export async function beginNhsLogin(settings: NhsLoginSettings, redirectUri: string): Promise<BegunSignIn> {
  const config = await getNhsLoginConfiguration(settings);
  return beginCodeFlow(config, { redirectUri, scope: settings.scope, extra: { vtr: JSON.stringify(settings.vtr) } });
}

/** Errors the provider sends back on the callback, before any token. */
export function problemFromCallbackError(error: string, description: string | null): NhsLoginProblem {
  if (error === "access_denied") return /cancel|ConsentNotGiven/i.test(description ?? "") ? "cancelled" : "access-denied";
  if (error === "login_required") return "login-required";
  return "provider-error";
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: string }).code;
  const cause = error.cause instanceof Error ? `; ${error.cause.message}` : "";
  // The provider's own error code (invalid_grant, invalid_client...), when it sent one.
  const oauthError = typeof (error as { error?: unknown }).error === "string" ? `; ${(error as unknown as { error: string }).error}` : "";
  return `${error.name}: ${error.message}${code ? ` (${code})` : ""}${oauthError}${cause}`;
}

/** Sorts what openid-client threw into the problem a resident is told about. */
export function problemFromClientError(error: unknown): NhsLoginProblem {
  if (error instanceof oidc.AuthorizationResponseError) return problemFromCallbackError(error.error, error.error_description ?? null);
  if (error instanceof oidc.ResponseBodyError) return error.error === "invalid_grant" ? "code-rejected" : "provider-error";
  const code = (error as { code?: string }).code ?? "";
  // openid-client wraps oauth4webapi's error, whose message names the claim or check.
  const message = error instanceof Error ? `${error.message} ${error.cause instanceof Error ? error.cause.message : ""}` : "";
  if (/signature verification failed|"alg" header|no applicable key|multiple applicable keys/i.test(message) || code === "OAUTH_KEY_SELECTION_FAILED") return "token-signature";
  if (code === "OAUTH_JWT_TIMESTAMP_CHECK_FAILED") return "token-expired";
  if (code === "OAUTH_JWT_CLAIM_COMPARISON_FAILED" && /nonce/.test(message)) return "nonce-mismatch";
  if (/"state"/.test(message)) return "state-mismatch";
  if (error instanceof TypeError || /fetch failed|ECONNREFUSED|timed? ?out|aborted/i.test(`${message} ${describe((error as { cause?: unknown }).cause)}`)) {
    return "provider-unavailable";
  }
  return "token-invalid";
}

/** True on the day before someone's 16th birthday or earlier. */
export function isUnder16(dateOfBirth: string, today: Date): boolean {
  const sixteenth = `${Number(dateOfBirth.slice(0, 4)) + 16}${dateOfBirth.slice(4)}`;
  return sixteenth > today.toISOString().slice(0, 10);
}

/** Checks the claims NHS login vouched for (after the token's own checks). */
export function identityFromClaims(
  claims: Record<string, unknown>,
  options: { vtr: readonly string[]; typedNhsNumber?: string | null; today?: Date },
): CompleteOutcome {
  const vot = checkVot(claims.vot, options.vtr);
  if (!vot.ok) return { ok: false, problem: "vot-too-low", detail: `vot ${String(claims.vot)} is not one of ${JSON.stringify(options.vtr)}` };
  const nhsNumber = typeof claims.nhs_number === "string" ? claims.nhs_number.replace(/\s/g, "") : "";
  if (!nhsNumber || !isValidNhsNumber(nhsNumber)) return { ok: false, problem: "no-nhs-number", detail: nhsNumber ? "nhs_number failed its check digit" : "no nhs_number claim" };
  if (options.typedNhsNumber && options.typedNhsNumber !== nhsNumber) {
    return { ok: false, problem: "nhs-number-differs", detail: "the NHS number typed in the journey differs from NHS login's" };
  }
  const text = (name: string) => (typeof claims[name] === "string" ? (claims[name] as string).trim() : "");
  const dateOfBirth = text("birthdate");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dateOfBirth) || !text("given_name") || !text("family_name") || typeof claims.sub !== "string") {
    return { ok: false, problem: "token-invalid", detail: "sub, birthdate, given_name or family_name missing or malformed" };
  }
  if (isUnder16(dateOfBirth, options.today ?? new Date())) return { ok: false, problem: "under-16", detail: "under 16 on the day of signing in" };
  const email = text("email").toLowerCase();
  return {
    ok: true,
    identity: {
      subject: claims.sub,
      nhsNumber,
      givenName: text("given_name").slice(0, 100),
      familyName: text("family_name").slice(0, 100),
      dateOfBirth,
      email: email && claims.email_verified !== false ? email.slice(0, 254) : null,
      phoneNumber: text("phone_number").slice(0, 40) || null,
      identityProofingLevel: text("identity_proofing_level") || vot.level,
      vot: claims.vot as string,
    },
  };
}

/**
 * Exchanges the callback's code (with the PKCE verifier, checking state and
 * nonce) and checks the ID token and its claims. Never throws for anything a
 * provider or an attacker can cause: each becomes a problem.
 */
export async function completeNhsLogin(options: {
  settings: NhsLoginSettings;
  callbackUrl: URL;
  expected: { state: string; nonce: string; codeVerifier: string; redirectUri: string };
  typedNhsNumber?: string | null;
  today?: Date;
}): Promise<CompleteOutcome> {
  const { settings, callbackUrl, expected } = options;
  const error = callbackUrl.searchParams.get("error");
  if (error) return { ok: false, problem: problemFromCallbackError(error, callbackUrl.searchParams.get("error_description")), detail: `provider returned ${error}` };
  if (callbackUrl.searchParams.get("state") !== expected.state) return { ok: false, problem: "state-mismatch", detail: "state differs from the one sent" };
  // openid-client compares the callback with the redirect_uri it was sent to.
  const current = new URL(expected.redirectUri);
  current.search = callbackUrl.search;
  let claims: Record<string, unknown>;
  try {
    const config = await getNhsLoginConfiguration(settings);
    const tokens = await oidc.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: expected.codeVerifier,
      expectedState: expected.state,
      expectedNonce: expected.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims) return { ok: false, problem: "token-invalid", detail: "no ID token" };
    claims = idClaims as Record<string, unknown>;
  } catch (caught) {
    return { ok: false, problem: problemFromClientError(caught), detail: describe(caught) };
  }
  return identityFromClaims(claims, { vtr: settings.vtr, typedNhsNumber: options.typedNhsNumber, today: options.today });
}
