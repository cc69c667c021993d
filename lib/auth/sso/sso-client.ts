import { createHash } from "node:crypto";

import * as oidc from "openid-client";

import { beginCodeFlow, type BegunSignIn, discoverOnce, importClientKey } from "../../identity/oidc/code-flow";
import { checkAssurance, mapRole, readClaimValues } from "./role-mapping";
import type { StaffSsoSettings } from "./settings";
import type { StaffRole } from "../../staff/roles";

// The staff single sign-on client, through openid-client (OpenID-certified):
// authorization code flow with PKCE (S256), state and nonce; the client
// authenticates with its secret or with private_key_jwt; openid-client checks
// the ID token (signature from the provider's JWKS, iss, aud, exp, iat, nonce)
// and the callback's state and iss. Then our own rules: the assurance required
// and exactly one mapped register role. No hand-rolled JWT code.

/** Why a staff sign-in was refused: each has its own page (lib/staff/sso-text.ts). */
export type StaffSsoProblem =
  | "cancelled"
  | "access-denied"
  | "login-required"
  | "provider-error"
  | "no-sign-in"
  | "replayed"
  | "state-mismatch"
  | "code-rejected"
  | "token-invalid"
  | "assurance-too-low"
  | "no-role"
  | "several-roles"
  | "account-disabled"
  | "email-in-use"
  | "not-configured"
  | "provider-unavailable";

export type StaffIdentity = {
  issuer: string;
  subject: string;
  name: string;
  email: string;
  role: StaffRole;
  acr: string | null;
  amr: string[];
  idToken: string;
};

export type CompleteOutcome = { ok: true; identity: StaffIdentity } | { ok: false; problem: StaffSsoProblem; detail: string; subject?: string; email?: string };

async function clientAuthentication(settings: StaffSsoSettings): Promise<oidc.ClientAuth> {
  if (settings.clientAuth.kind === "secret") return oidc.ClientSecretPost(settings.clientAuth.secret);
  const { privateKey, keyId, alg } = settings.clientAuth;
  const { key, kid: givenKid } = await importClientKey(privateKey, alg, "STAFF_SSO_PRIVATE_KEY");
  const kid = keyId ?? givenKid;
  return oidc.PrivateKeyJwt(kid ? { key, kid } : key);
}

/** Discovery, once per process (retried after a failure). */
export function getStaffSsoConfiguration(settings: StaffSsoSettings): Promise<oidc.Configuration> {
  const credential = settings.clientAuth.kind === "secret" ? settings.clientAuth.secret : settings.clientAuth.privateKey;
  return discoverOnce({ issuer: settings.issuer, clientId: settings.clientId, credential }, async () => {
    const execute = [oidc.enableNonRepudiationChecks, ...(settings.isLocal ? [oidc.allowInsecureRequests] : [])];
    const metadata = {
      id_token_signed_response_alg: settings.idTokenAlg,
      token_endpoint_auth_method: settings.clientAuth.kind === "private-key" ? "private_key_jwt" : "client_secret_post",
    };
    return oidc.discovery(new URL(settings.issuer), settings.clientId, metadata, await clientAuthentication(settings), { execute, timeout: 10 });
  });
}

export type { BegunSignIn };

export async function beginStaffSso(settings: StaffSsoSettings, redirectUri: string): Promise<BegunSignIn> {
  const config = await getStaffSsoConfiguration(settings);
  // CIS2 authenticates to the level asked; the acr returned is still checked.
  return beginCodeFlow(config, { redirectUri, scope: settings.scope, extra: settings.acrValues ? { acr_values: settings.acrValues.join(" ") } : undefined });
}

/** Errors the provider sends back on the callback, before any token. */
export function problemFromCallbackError(error: string, description: string | null): StaffSsoProblem {
  if (error === "access_denied") return /cancel/i.test(description ?? "") ? "cancelled" : "access-denied";
  if (error === "login_required" || error === "interaction_required") return "login-required";
  return "provider-error";
}

export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: string }).code;
  const cause = error.cause instanceof Error ? `; ${error.cause.message}` : "";
  const oauthError = typeof (error as { error?: unknown }).error === "string" ? `; ${(error as unknown as { error: string }).error}` : "";
  return `${error.name}: ${error.message}${code ? ` (${code})` : ""}${oauthError}${cause}`;
}

export function problemFromClientError(error: unknown): StaffSsoProblem {
  if (error instanceof oidc.AuthorizationResponseError) return problemFromCallbackError(error.error, error.error_description ?? null);
  if (error instanceof oidc.ResponseBodyError) return error.error === "invalid_grant" ? "code-rejected" : "provider-error";
  const message = error instanceof Error ? `${error.message} ${error.cause instanceof Error ? error.cause.message : ""}` : "";
  if (/"state"/.test(message)) return "state-mismatch";
  if (error instanceof TypeError || /fetch failed|ECONNREFUSED|timed? ?out|aborted/i.test(`${message} ${describeError((error as { cause?: unknown }).cause)}`)) {
    return "provider-unavailable";
  }
  return "token-invalid";
}

/** The register's rules on the claims the provider vouched for: assurance first, then exactly one role. */
export function identityFromClaims(claims: Record<string, unknown>, settings: StaffSsoSettings, idToken: string): CompleteOutcome {
  const text = (name: string) => (typeof claims[name] === "string" ? (claims[name] as string).trim() : "");
  const subject = text("sub");
  const issuer = text("iss");
  if (!subject || !issuer) return { ok: false, problem: "token-invalid", detail: "no sub or iss" };
  const emailClaim = (text("email") || (text("preferred_username").includes("@") ? text("preferred_username") : "")).toLowerCase();
  const refusal = { subject, email: emailClaim || undefined };
  const assurance = checkAssurance(claims, { acrValues: settings.acrValues, requireMfaAmr: settings.requireMfaAmr });
  if (!assurance.ok) return { ok: false, problem: assurance.problem, detail: assurance.detail, ...refusal };
  const values = readClaimValues(claims, settings.roleClaim);
  const role = mapRole(values, settings.roleMap);
  if (!role.ok) {
    return { ok: false, problem: role.problem, detail: `${settings.roleClaim}: ${JSON.stringify(values).slice(0, 300)}${role.roles.length ? ` maps to ${role.roles.join(" and ")}` : ""}`, ...refusal };
  }
  // Staff email is an address for people to read, not the identity: without one, a stable made-up one.
  const email = emailClaim && /^[^\s@]+@[^\s@]+$/.test(emailClaim) ? emailClaim.slice(0, 254) : `${createHash("sha256").update(`${issuer} ${subject}`).digest("hex").slice(0, 24)}@sso.invalid`;
  const name = (text("name") || [text("given_name"), text("family_name")].filter(Boolean).join(" ") || email).slice(0, 200);
  return {
    ok: true,
    identity: {
      issuer,
      subject,
      name,
      email,
      role: role.role,
      acr: text("acr") || null,
      amr: Array.isArray(claims.amr) ? claims.amr.filter((v): v is string => typeof v === "string") : [],
      idToken,
    },
  };
}

/**
 * Exchanges the callback's code (with the PKCE verifier, checking state and
 * nonce), has openid-client check the ID token, then applies the register's
 * rules. Never throws for anything a provider or an attacker can cause.
 */
export async function completeStaffSso(options: {
  settings: StaffSsoSettings;
  callbackUrl: URL;
  expected: { state: string; nonce: string; codeVerifier: string; redirectUri: string };
}): Promise<CompleteOutcome> {
  const { settings, callbackUrl, expected } = options;
  const error = callbackUrl.searchParams.get("error");
  if (error) return { ok: false, problem: problemFromCallbackError(error, callbackUrl.searchParams.get("error_description")), detail: `provider returned ${error.slice(0, 100)}` };
  if (callbackUrl.searchParams.get("state") !== expected.state) return { ok: false, problem: "state-mismatch", detail: "state differs from the one sent" };
  const current = new URL(expected.redirectUri);
  current.search = callbackUrl.search;
  let claims: Record<string, unknown>;
  let idToken: string;
  try {
    const config = await getStaffSsoConfiguration(settings);
    const tokens = await oidc.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: expected.codeVerifier,
      expectedState: expected.state,
      expectedNonce: expected.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims || !tokens.id_token) return { ok: false, problem: "token-invalid", detail: "no ID token" };
    claims = { ...(idClaims as Record<string, unknown>) };
    idToken = tokens.id_token;
    if (settings.claimsSource === "userinfo") {
      // openid-client refuses userinfo for another subject; the ID token's own claims win.
      const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub);
      claims = { ...(userinfo as Record<string, unknown>), ...claims };
    }
  } catch (caught) {
    return { ok: false, problem: problemFromClientError(caught), detail: describeError(caught) };
  }
  return identityFromClaims(claims, settings, idToken);
}

/** The provider's end-session address with id_token_hint (RP-initiated logout), or null when it has none. */
export async function buildStaffSsoEndSessionUrl(settings: StaffSsoSettings, options: { idToken: string; postLogoutRedirectUri: string | null }): Promise<string | null> {
  const config = await getStaffSsoConfiguration(settings);
  if (!config.serverMetadata().end_session_endpoint) return null;
  const parameters: Record<string, string> = { id_token_hint: options.idToken, client_id: settings.clientId };
  if (options.postLogoutRedirectUri) parameters.post_logout_redirect_uri = options.postLogoutRedirectUri;
  return oidc.buildEndSessionUrl(config, parameters).href;
}
