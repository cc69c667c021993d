import { generateClientKeyPair, LOCAL_RESIDENT_CLIENT_ID, LOCAL_STAFF_CLIENT_ID, startLocalNhsLogin } from "./local-nhs-login";
import { LOCAL_STAFF_ROLE_VALUES } from "./test-users";

// For scripts/start.ts: runs the local NHS login beside the site when
// NHS_LOGIN_ISSUER is unset and the database is the local embedded one (local
// demo mode), and returns the variables that point the site at it. Never
// against a database named by DATABASE_URL: production must configure the
// real NHS login, or have none.

export const NHS_LOGIN_CALLBACK_PATH = "/nhs-login/callback";
export const STAFF_SSO_CALLBACK_PATH = "/staff/sso/callback";
export const STAFF_SSO_POST_LOGOUT_PATH = "/staff/sign-in?signed-out=1";

/** The staff single sign-on settings for the local provider: configured as Entra ID would be (app roles in `roles`, `amr` must hold mfa). */
export function localStaffSsoEnv(options: { issuer: string; privateJwk: object; siteOrigin: string }): Record<string, string> {
  return {
    STAFF_SSO_ISSUER: options.issuer,
    STAFF_SSO_CLIENT_ID: LOCAL_STAFF_CLIENT_ID,
    STAFF_SSO_PRIVATE_KEY: JSON.stringify(options.privateJwk),
    // The local provider, like NHS login, accepts and signs RS512 only.
    STAFF_SSO_PRIVATE_KEY_ALG: "RS512",
    STAFF_SSO_ID_TOKEN_ALG: "RS512",
    STAFF_SSO_REDIRECT_URI: `${options.siteOrigin}${STAFF_SSO_CALLBACK_PATH}`,
    STAFF_SSO_POST_LOGOUT_REDIRECT_URI: `${options.siteOrigin}${STAFF_SSO_POST_LOGOUT_PATH}`,
    STAFF_SSO_SCOPE: "openid profile email roles",
    STAFF_SSO_ROLE_CLAIM: "roles",
    STAFF_SSO_ROLE_MAP: JSON.stringify({ caseworker: [LOCAL_STAFF_ROLE_VALUES.caseworker], supervisor: [LOCAL_STAFF_ROLE_VALUES.supervisor], admin: [LOCAL_STAFF_ROLE_VALUES.admin] }),
    STAFF_SSO_REQUIRE_MFA_AMR: "on",
    STAFF_SSO_LOCAL: "on",
  };
}

export async function startLocalNhsLoginForSite(options: {
  isEmbedded: boolean;
  sitePort: string | number;
  log: (message: string) => void;
}): Promise<{ env: Record<string, string>; close: () => Promise<void> }> {
  const none = { env: {}, close: async () => undefined };
  // Each audience is served locally only when its real provider is not configured.
  const isResidentLocal = !process.env.NHS_LOGIN_ISSUER;
  const isStaffLocal = !process.env.STAFF_SSO_ISSUER;
  if (!isResidentLocal && !isStaffLocal) return none;
  if (!options.isEmbedded) {
    if (isResidentLocal) options.log("NHS login is not configured (NHS_LOGIN_ISSUER unset): residents use the email route only.");
    if (isStaffLocal) options.log("Staff single sign-on is not configured (STAFF_SSO_ISSUER unset): staff sign in only by break-glass password, if STAFF_BREAK_GLASS=on.");
    return none;
  }
  const keys = await generateClientKeyPair();
  const staffKeys = await generateClientKeyPair();
  const origins = [`http://localhost:${options.sitePort}`, `http://127.0.0.1:${options.sitePort}`];
  const provider = await startLocalNhsLogin({
    residentClient: {
      clientId: LOCAL_RESIDENT_CLIENT_ID,
      redirectUris: origins.map((origin) => `${origin}${NHS_LOGIN_CALLBACK_PATH}`),
      postLogoutRedirectUris: origins.map((origin) => `${origin}/`),
      publicJwk: keys.publicJwk,
    },
    staffClient: isStaffLocal
      ? {
          clientId: LOCAL_STAFF_CLIENT_ID,
          redirectUris: origins.map((origin) => `${origin}${STAFF_SSO_CALLBACK_PATH}`),
          postLogoutRedirectUris: origins.map((origin) => `${origin}${STAFF_SSO_POST_LOGOUT_PATH}`),
          publicJwk: staffKeys.publicJwk,
        }
      : undefined,
    log: (message) => console.log(`[nhs-login] ${message}`),
  });
  options.log(`Local OpenID provider (development only, test people and staff listed on its sign-in page) on ${provider.issuer}.`);
  return {
    env: {
      ...(isResidentLocal
        ? {
            NHS_LOGIN_ISSUER: provider.issuer,
            NHS_LOGIN_CLIENT_ID: LOCAL_RESIDENT_CLIENT_ID,
            NHS_LOGIN_PRIVATE_KEY: JSON.stringify(keys.privateJwk),
            NHS_LOGIN_REDIRECT_URI: `${origins[0]}${NHS_LOGIN_CALLBACK_PATH}`,
            NHS_LOGIN_LOCAL: "on",
          }
        : {}),
      ...(isStaffLocal ? localStaffSsoEnv({ issuer: provider.issuer, privateJwk: staffKeys.privateJwk, siteOrigin: origins[0]! }) : {}),
    },
    close: provider.close,
  };
}
