import { generateKeyPairSync } from "node:crypto";

import { describe, expect, it } from "vitest";

import { parseEnv } from "../../env";
import { nhsLoginSettingsFrom } from "./settings";

const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const PEM = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
const JWK = JSON.stringify(privateKey.export({ format: "jwk" }));

const PRODUCTION = {
  NHS_LOGIN_ISSUER: "https://auth.sandpit.signin.nhs.uk",
  NHS_LOGIN_CLIENT_ID: "consent-register",
  NHS_LOGIN_PRIVATE_KEY: PEM,
  NHS_LOGIN_REDIRECT_URI: "https://register.example.org/nhs-login/callback",
};

describe("NHS login configuration (lib/env.ts)", () => {
  it("is off with nothing set, and on with all four, the key as PEM or JWK", () => {
    expect(nhsLoginSettingsFrom(parseEnv({}))).toBeNull();
    expect(nhsLoginSettingsFrom(parseEnv(PRODUCTION))).toMatchObject({ clientId: "consent-register", vtr: ["P9.Cp.Cd", "P9.Cp.Ck", "P9.Cm"], isLocal: false });
    expect(nhsLoginSettingsFrom(parseEnv({ ...PRODUCTION, NHS_LOGIN_PRIVATE_KEY: JWK }))).not.toBeNull();
  });

  it("names each missing variable when only some are set", () => {
    expect(() => parseEnv({ NHS_LOGIN_ISSUER: PRODUCTION.NHS_LOGIN_ISSUER })).toThrow(/NHS_LOGIN_CLIENT_ID: must be set[\s\S]*NHS_LOGIN_PRIVATE_KEY: must be set[\s\S]*NHS_LOGIN_REDIRECT_URI: must be set/);
  });

  it("refuses a key that is not an RSA private key of 2048 bits or more", () => {
    expect(() => parseEnv({ ...PRODUCTION, NHS_LOGIN_PRIVATE_KEY: "not a key" })).toThrow(/NHS_LOGIN_PRIVATE_KEY: must be an RSA private key/);
    const small = generateKeyPairSync("rsa", { modulusLength: 1024 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    expect(() => parseEnv({ ...PRODUCTION, NHS_LOGIN_PRIVATE_KEY: small })).toThrow(/at least 2048 bits/);
    const ec = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    expect(() => parseEnv({ ...PRODUCTION, NHS_LOGIN_PRIVATE_KEY: ec })).toThrow(/must be an RSA private key/);
  });

  it("refuses http outside the local provider, and the local provider outside local demo mode", () => {
    expect(() => parseEnv({ ...PRODUCTION, NHS_LOGIN_ISSUER: "http://auth.example.org" })).toThrow(/NHS_LOGIN_ISSUER: must be an https:\/\/ address/);
    expect(() => parseEnv({ ...PRODUCTION, NHS_LOGIN_LOCAL: "on" })).toThrow(/NHS_LOGIN_LOCAL: the local NHS login runs only in local demo mode/);
    const local = { ...PRODUCTION, NHS_LOGIN_ISSUER: "http://127.0.0.1:4000", NHS_LOGIN_REDIRECT_URI: "http://localhost:3000/nhs-login/callback", NHS_LOGIN_LOCAL: "on", LOCAL_DEMO: "on" };
    expect(nhsLoginSettingsFrom(parseEnv(local))).toMatchObject({ isLocal: true });
  });

  it("refuses a vtr that is not a JSON array of vectors of trust", () => {
    expect(() => parseEnv({ ...PRODUCTION, NHS_LOGIN_VTR: "P9.Cp.Cd" })).toThrow(/NHS_LOGIN_VTR: must be a JSON array/);
    expect(nhsLoginSettingsFrom(parseEnv({ ...PRODUCTION, NHS_LOGIN_VTR: '["P9.Cm"]' }))?.vtr).toEqual(["P9.Cm"]);
  });
});
