import type { Env } from "../../env";
import { isLocalDemo } from "../auth-settings";
import { parseAcrValues, parseRoleMap, type RoleMap } from "./role-mapping";

/** Staff single sign-on as configured (lib/env.ts checked it at start-up), or null when there is none. */
export type StaffSsoSettings = {
  issuer: string;
  clientId: string;
  clientAuth: { kind: "secret"; secret: string } | { kind: "private-key"; privateKey: string; keyId?: string; alg: string };
  idTokenAlg: string;
  redirectUri: string;
  postLogoutRedirectUri: string | null;
  scope: string;
  roleClaim: string;
  claimsSource: "id_token" | "userinfo";
  roleMap: RoleMap;
  acrValues: string[] | null;
  requireMfaAmr: boolean;
  /** The local development provider (http allowed; the callback follows the browser's loopback origin). */
  isLocal: boolean;
};

export function staffSsoSettingsFrom(env: Env): StaffSsoSettings | null {
  if (!env.STAFF_SSO_ISSUER || !env.STAFF_SSO_CLIENT_ID || !env.STAFF_SSO_REDIRECT_URI || !env.STAFF_SSO_ROLE_MAP) return null;
  const roleMap = parseRoleMap(env.STAFF_SSO_ROLE_MAP);
  const acr = env.STAFF_SSO_ACR_VALUES ? parseAcrValues(env.STAFF_SSO_ACR_VALUES) : null;
  if (!roleMap.ok || (acr && !acr.ok)) return null;
  const requireMfaAmr = env.STAFF_SSO_REQUIRE_MFA_AMR === "on";
  // Never a sign-on without an assurance requirement (lib/env.ts refuses it too).
  if (!acr && !requireMfaAmr) return null;
  let clientAuth: StaffSsoSettings["clientAuth"];
  if (env.STAFF_SSO_PRIVATE_KEY && !env.STAFF_SSO_CLIENT_SECRET) {
    clientAuth = { kind: "private-key", privateKey: env.STAFF_SSO_PRIVATE_KEY, keyId: env.STAFF_SSO_PRIVATE_KEY_ID, alg: env.STAFF_SSO_PRIVATE_KEY_ALG };
  } else if (env.STAFF_SSO_CLIENT_SECRET && !env.STAFF_SSO_PRIVATE_KEY) {
    clientAuth = { kind: "secret", secret: env.STAFF_SSO_CLIENT_SECRET };
  } else {
    return null;
  }
  return {
    issuer: env.STAFF_SSO_ISSUER,
    clientId: env.STAFF_SSO_CLIENT_ID,
    clientAuth,
    idTokenAlg: env.STAFF_SSO_ID_TOKEN_ALG,
    redirectUri: env.STAFF_SSO_REDIRECT_URI,
    postLogoutRedirectUri: env.STAFF_SSO_POST_LOGOUT_REDIRECT_URI ?? null,
    scope: env.STAFF_SSO_SCOPE,
    roleClaim: env.STAFF_SSO_ROLE_CLAIM,
    claimsSource: env.STAFF_SSO_CLAIMS_SOURCE,
    roleMap: roleMap.map,
    acrValues: acr?.ok ? acr.values : null,
    requireMfaAmr,
    isLocal: env.STAFF_SSO_LOCAL === "on" && env.LOCAL_DEMO === "on",
  };
}

/**
 * The register's own password + code sign-in, kept only as break-glass: on
 * when STAFF_BREAK_GLASS says so, otherwise only in local demo mode (where the
 * demo accounts and the existing tests use it).
 */
export function isBreakGlassEnabled(env: Env): boolean {
  if (env.STAFF_BREAK_GLASS) return env.STAFF_BREAK_GLASS === "on";
  return isLocalDemo(env);
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Production: the registered callback. The local provider: the browser's own loopback origin (its cookies are there). */
export function ssoRedirectUriFor(settings: StaffSsoSettings, requestOrigin: string | undefined): string {
  return loopbackVariant(settings, settings.redirectUri, requestOrigin);
}

export function ssoPostLogoutRedirectUriFor(settings: StaffSsoSettings, requestOrigin: string | undefined): string | null {
  return settings.postLogoutRedirectUri ? loopbackVariant(settings, settings.postLogoutRedirectUri, requestOrigin) : null;
}

function loopbackVariant(settings: StaffSsoSettings, configuredUri: string, requestOrigin: string | undefined): string {
  if (!settings.isLocal || !requestOrigin) return configuredUri;
  try {
    const configured = new URL(configuredUri);
    const origin = new URL(requestOrigin);
    if (LOOPBACK.has(origin.hostname) && origin.port === configured.port && origin.protocol === configured.protocol) {
      return `${origin.origin}${configured.pathname}${configured.search}`;
    }
  } catch {
    // fall through to the configured address
  }
  return configuredUri;
}
