import { generateKeyPairSync } from "node:crypto";

import { describe, expect, it } from "vitest";

import { parseEnv } from "../../env";
import { isBreakGlassEnabled, ssoRedirectUriFor, staffSsoSettingsFrom } from "./settings";

const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const PEM = privateKey.export({ type: "pkcs8", format: "pem" }).toString();

const ROLE_MAP = JSON.stringify({ caseworker: ["Register.Caseworker"], supervisor: ["Register.Supervisor"], admin: ["Register.Admin"] });

/** Entra ID as OPERATIONS.md registers it: a client secret, app roles in `roles`, MFA required through amr. */
const ENTRA = {
  NODE_ENV: "production",
  STAFF_SSO_ISSUER: "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0",
  STAFF_SSO_CLIENT_ID: "11111111-1111-1111-1111-111111111111",
  STAFF_SSO_CLIENT_SECRET: "a-client-secret-from-entra-0123456789",
  STAFF_SSO_REDIRECT_URI: "https://register.example.org/staff/sso/callback",
  STAFF_SSO_ROLE_MAP: ROLE_MAP,
  STAFF_SSO_REQUIRE_MFA_AMR: "on",
};

/** CIS2: private_key_jwt, RBAC role codes from userinfo, AAL3 required through acr. */
const CIS2 = {
  NODE_ENV: "production",
  STAFF_SSO_ISSUER: "https://am.nhsidentity.spineservices.nhs.uk/openam/oauth2/realms/root/realms/NHSIdentity/realms/Healthcare",
  STAFF_SSO_CLIENT_ID: "consent-register",
  STAFF_SSO_PRIVATE_KEY: PEM,
  STAFF_SSO_PRIVATE_KEY_ID: "register-2026",
  STAFF_SSO_REDIRECT_URI: "https://register.example.org/staff/sso/callback",
  STAFF_SSO_SCOPE: "openid profile email nationalrbacaccess",
  STAFF_SSO_ROLE_CLAIM: "nhsid_nrbac_roles.role_code",
  STAFF_SSO_CLAIMS_SOURCE: "userinfo",
  STAFF_SSO_ROLE_MAP: JSON.stringify({ caseworker: ["S8000:G8000:R8001"], supervisor: ["S8000:G8000:R8003"], admin: ["S8000:G8000:R8008"] }),
  STAFF_SSO_ACR_VALUES: "AAL3_ANY",
};

describe("staff single sign-on configuration (lib/env.ts)", () => {
  it("is off with nothing set", () => {
    expect(staffSsoSettingsFrom(parseEnv({}))).toBeNull();
  });

  it("reads an Entra ID configuration (client secret, amr must hold mfa)", () => {
    expect(staffSsoSettingsFrom(parseEnv(ENTRA))).toMatchObject({
      clientAuth: { kind: "secret" },
      roleClaim: "roles",
      requireMfaAmr: true,
      acrValues: null,
      idTokenAlg: "RS256",
      isLocal: false,
    });
  });

  it("reads a CIS2 configuration (private key, acr, roles from userinfo)", () => {
    expect(staffSsoSettingsFrom(parseEnv(CIS2))).toMatchObject({
      clientAuth: { kind: "private-key", keyId: "register-2026", alg: "RS256" },
      roleClaim: "nhsid_nrbac_roles.role_code",
      claimsSource: "userinfo",
      acrValues: ["AAL3_ANY"],
      requireMfaAmr: false,
    });
  });

  it("names each missing variable when only some are set", () => {
    expect(() => parseEnv({ STAFF_SSO_ISSUER: ENTRA.STAFF_SSO_ISSUER })).toThrow(
      /STAFF_SSO_CLIENT_ID: must be set[\s\S]*STAFF_SSO_REDIRECT_URI: must be set[\s\S]*STAFF_SSO_ROLE_MAP: must be set/,
    );
  });

  it("needs exactly one way for the client to authenticate", () => {
    const noAuth: Record<string, string> = { ...ENTRA };
    delete noAuth.STAFF_SSO_CLIENT_SECRET;
    expect(() => parseEnv(noAuth)).toThrow(/STAFF_SSO_CLIENT_SECRET: must be set, or STAFF_SSO_PRIVATE_KEY/);
    expect(() => parseEnv({ ...ENTRA, STAFF_SSO_PRIVATE_KEY: PEM })).toThrow(/either STAFF_SSO_CLIENT_SECRET or STAFF_SSO_PRIVATE_KEY, not both/);
    expect(() => parseEnv({ ...CIS2, STAFF_SSO_PRIVATE_KEY: "not a key" })).toThrow(/STAFF_SSO_PRIVATE_KEY: must be an RSA private key/);
    expect(() => parseEnv({ ...ENTRA, STAFF_SSO_CLIENT_SECRET: "short" })).toThrow(/STAFF_SSO_CLIENT_SECRET: must be at least 16 characters/);
  });

  it("refuses a configuration with no assurance requirement: a password alone must never be enough", () => {
    expect(() => parseEnv({ ...ENTRA, STAFF_SSO_REQUIRE_MFA_AMR: "off" })).toThrow(/STAFF_SSO_ACR_VALUES: set the assurance required/);
  });

  it("refuses a role map or claim path that cannot be read, naming the variable", () => {
    expect(() => parseEnv({ ...ENTRA, STAFF_SSO_ROLE_MAP: '{"owner":["x"]}' })).toThrow(/STAFF_SSO_ROLE_MAP: has "owner", which is not a register role/);
    expect(() => parseEnv({ ...ENTRA, STAFF_SSO_ROLE_CLAIM: "roles[0]" })).toThrow(/STAFF_SSO_ROLE_CLAIM: must be a claim name/);
    expect(() => parseEnv({ ...CIS2, STAFF_SSO_ACR_VALUES: "[" })).toThrow(/STAFF_SSO_ACR_VALUES: must be acr values/);
  });

  it("refuses http outside the local provider, and the local provider outside local demo mode", () => {
    expect(() => parseEnv({ ...ENTRA, STAFF_SSO_ISSUER: "http://login.example.org" })).toThrow(/STAFF_SSO_ISSUER: must be an https:\/\/ address/);
    expect(() => parseEnv({ ...ENTRA, STAFF_SSO_LOCAL: "on" })).toThrow(/STAFF_SSO_LOCAL: the local OpenID provider runs only in local demo mode/);
    const local = { ...ENTRA, STAFF_SSO_ISSUER: "http://127.0.0.1:4000", STAFF_SSO_REDIRECT_URI: "http://localhost:3000/staff/sso/callback", STAFF_SSO_LOCAL: "on", LOCAL_DEMO: "on" };
    const settings = staffSsoSettingsFrom(parseEnv(local))!;
    expect(settings.isLocal).toBe(true);
    // The local provider follows the browser's loopback name; production never does.
    expect(ssoRedirectUriFor(settings, "http://127.0.0.1:3000")).toBe("http://127.0.0.1:3000/staff/sso/callback");
    expect(ssoRedirectUriFor(settings, "http://evil.example:3000")).toBe("http://localhost:3000/staff/sso/callback");
    expect(ssoRedirectUriFor(staffSsoSettingsFrom(parseEnv(ENTRA))!, "http://127.0.0.1:3000")).toBe(ENTRA.STAFF_SSO_REDIRECT_URI);
  });
});

describe("break-glass password sign-in (STAFF_BREAK_GLASS)", () => {
  it("is off by default outside local demo mode, on by default in it, and follows the variable when set", () => {
    expect(isBreakGlassEnabled(parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgresql://app@db.example/consent" }))).toBe(false);
    expect(isBreakGlassEnabled(parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgresql://app@127.0.0.1/consent", LOCAL_DEMO: "on" }))).toBe(true);
    expect(isBreakGlassEnabled(parseEnv({ NODE_ENV: "production", STAFF_BREAK_GLASS: "on" }))).toBe(true);
    expect(isBreakGlassEnabled(parseEnv({ NODE_ENV: "production", LOCAL_DEMO: "on", STAFF_BREAK_GLASS: "off" }))).toBe(false);
    expect(() => parseEnv({ STAFF_BREAK_GLASS: "yes" })).toThrow(/STAFF_BREAK_GLASS/);
  });
});
