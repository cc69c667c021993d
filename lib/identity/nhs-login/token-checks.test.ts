import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { exportJWK, generateKeyPair, importJWK, SignJWT, type CryptoKey as JoseKey } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { completeNhsLogin } from "./nhs-login-client";
import type { NhsLoginSettings } from "./settings";
import { DEFAULT_VTR } from "./vectors-of-trust";

// The ID token checks, against a minimal provider whose token endpoint returns
// whatever ID token a test mints with jose: signed with another key, with
// another algorithm, expired, for another audience, with a low vot. Each must
// be refused with its own problem; only the well-formed one is accepted.

const CLIENT_ID = "token-check-client";
const REDIRECT = "http://127.0.0.1:39998/nhs-login/callback";
let server: Server;
let issuer: string;
let providerKey: JoseKey;
let nextIdToken = "";
let settings: NhsLoginSettings;

beforeAll(async () => {
  const provider = await generateKeyPair("RS512", { extractable: true });
  providerKey = provider.privateKey;
  const publicJwk = { ...(await exportJWK(provider.publicKey)), kid: "provider-key", alg: "RS512", use: "sig" };
  server = createServer((req, res) => {
    const send = (body: unknown) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (req.url === "/.well-known/openid-configuration") {
      return send({
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ["code"],
        id_token_signing_alg_values_supported: ["RS512"],
        token_endpoint_auth_methods_supported: ["private_key_jwt"],
      });
    }
    if (req.url === "/jwks") return send({ keys: [publicJwk] });
    if (req.url === "/token") {
      req.resume();
      req.on("end", () => send({ access_token: "at", token_type: "Bearer", expires_in: 60, id_token: nextIdToken }));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = await generateKeyPair("RS512", { extractable: true });
  settings = {
    issuer,
    clientId: CLIENT_ID,
    privateKey: JSON.stringify(await exportJWK(client.privateKey)),
    redirectUri: REDIRECT,
    vtr: [...DEFAULT_VTR],
    scope: "openid profile",
    isLocal: true,
  };
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const NONCE = "nonce-123";
const STATE = "state-123";

function claims(overrides: Record<string, unknown> = {}) {
  const now = Math.floor(Date.now() / 1000);
  return {
    iss: issuer,
    aud: CLIENT_ID,
    sub: "subject-1",
    iat: now,
    exp: now + 300,
    nonce: NONCE,
    vot: "P9.Cp.Cd",
    identity_proofing_level: "P9",
    nhs_number: "9991234500",
    birthdate: "1984-03-12",
    given_name: "Priya",
    family_name: "Shah",
    ...overrides,
  };
}

async function mint(options: { claims?: Record<string, unknown>; alg?: string; key?: JoseKey; kid?: string } = {}): Promise<string> {
  const alg = options.alg ?? "RS512";
  return new SignJWT(options.claims ?? claims()).setProtectedHeader({ alg, kid: options.kid ?? "provider-key" }).sign(options.key ?? providerKey);
}

async function complete(idToken: string) {
  nextIdToken = idToken;
  const callbackUrl = new URL(`${REDIRECT}?code=abc&state=${STATE}`);
  return completeNhsLogin({ settings, callbackUrl, expected: { state: STATE, nonce: NONCE, codeVerifier: "v".repeat(43), redirectUri: REDIRECT } });
}

describe("ID token checks", () => {
  it("accepts a well-formed RS512 token from the provider's key", async () => {
    expect(await complete(await mint())).toMatchObject({ ok: true, identity: { nhsNumber: "9991234500", vot: "P9.Cp.Cd" } });
  });

  it("refuses a token signed with another key", async () => {
    const other = await generateKeyPair("RS512");
    expect(await complete(await mint({ key: other.privateKey }))).toMatchObject({ ok: false, problem: "token-signature" });
  });

  it("refuses a token signed with another algorithm, even by the provider's key", async () => {
    const sameKeyRs256 = (await importJWK({ ...(await exportJWK(providerKey)), alg: "RS256" }, "RS256")) as JoseKey;
    expect(await complete(await mint({ alg: "RS256", key: sameKeyRs256 }))).toMatchObject({ ok: false, problem: "token-signature" });
    const hmac = new TextEncoder().encode("a-shared-secret-an-attacker-might-guess-00");
    const forged = await new SignJWT(claims()).setProtectedHeader({ alg: "HS256", kid: "provider-key" }).sign(hmac);
    expect(await complete(forged)).toMatchObject({ ok: false, problem: "token-signature" });
  });

  it("refuses an unsigned token (alg none)", async () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    expect(await complete(`${encode({ alg: "none" })}.${encode(claims())}.`)).toMatchObject({ ok: false });
  });

  it("refuses an expired token", async () => {
    const past = Math.floor(Date.now() / 1000) - 3600;
    expect(await complete(await mint({ claims: claims({ iat: past - 300, exp: past }) }))).toMatchObject({ ok: false, problem: "token-expired" });
  });

  it("refuses a token for another audience or from another issuer", async () => {
    expect(await complete(await mint({ claims: claims({ aud: "someone-else" }) }))).toMatchObject({ ok: false, problem: "token-invalid" });
    expect(await complete(await mint({ claims: claims({ iss: "https://attacker.example" }) }))).toMatchObject({ ok: false, problem: "token-invalid" });
  });

  it("refuses a token with another nonce", async () => {
    expect(await complete(await mint({ claims: claims({ nonce: "replayed-from-elsewhere" }) }))).toMatchObject({ ok: false, problem: "nonce-mismatch" });
  });

  it("refuses a vot lower than the vtr asked, or none", async () => {
    for (const vot of ["P5.Cm", "P0.Cp", "P9.Cp", undefined]) {
      expect(await complete(await mint({ claims: claims({ vot }) }))).toMatchObject({ ok: false, problem: "vot-too-low" });
    }
  });

  it("refuses a token without an NHS number, or with one that fails its check digit", async () => {
    expect(await complete(await mint({ claims: claims({ nhs_number: undefined }) }))).toMatchObject({ ok: false, problem: "no-nhs-number" });
    expect(await complete(await mint({ claims: claims({ nhs_number: "9991234501" }) }))).toMatchObject({ ok: false, problem: "no-nhs-number" });
  });
});
