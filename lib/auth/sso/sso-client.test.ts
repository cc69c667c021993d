import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { exportJWK, generateKeyPair, SignJWT, type CryptoKey as JoseKey } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { completeStaffSso } from "./sso-client";
import type { StaffSsoSettings } from "./settings";

// The staff ID token goes through openid-client's checks, then the register's
// rules, against a minimal provider whose token endpoint returns whatever ID
// token a test mints: each way of being refused has its own problem, and only
// a well-formed, well-assured, single-role token signs anyone in.

const CLIENT_ID = "staff-token-check-client";
const REDIRECT = "http://127.0.0.1:39997/staff/sso/callback";
const NONCE = "nonce-abc";
const STATE = "state-abc";

let server: Server;
let issuer: string;
let providerKey: JoseKey;
let nextIdToken = "";
let lastTokenRequest = "";
let settings: StaffSsoSettings;

beforeAll(async () => {
  const provider = await generateKeyPair("RS256", { extractable: true });
  providerKey = provider.privateKey;
  const publicJwk = { ...(await exportJWK(provider.publicKey)), kid: "provider-key", alg: "RS256", use: "sig" };
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
        end_session_endpoint: `${issuer}/logout`,
        response_types_supported: ["code"],
        id_token_signing_alg_values_supported: ["RS256"],
        token_endpoint_auth_methods_supported: ["client_secret_post"],
      });
    }
    if (req.url === "/jwks") return send({ keys: [publicJwk] });
    if (req.url === "/token") {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        lastTokenRequest = Buffer.concat(chunks).toString("utf8");
        send({ access_token: "at", token_type: "Bearer", expires_in: 60, id_token: nextIdToken });
      });
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  settings = {
    issuer,
    clientId: CLIENT_ID,
    clientAuth: { kind: "secret", secret: "a-client-secret-0123456789" },
    idTokenAlg: "RS256",
    redirectUri: REDIRECT,
    postLogoutRedirectUri: null,
    scope: "openid profile email",
    roleClaim: "roles",
    claimsSource: "id_token",
    roleMap: { caseworker: ["Register.Caseworker"], supervisor: ["Register.Supervisor"], admin: ["Register.Admin"] },
    acrValues: null,
    requireMfaAmr: true,
    isLocal: true,
  };
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function claims(overrides: Record<string, unknown> = {}) {
  const now = Math.floor(Date.now() / 1000);
  return { iss: issuer, aud: CLIENT_ID, sub: "entra-subject-1", iat: now, exp: now + 300, nonce: NONCE, name: "Casey Worker", email: "Casey.Worker@example.org", roles: ["Register.Caseworker"], amr: ["pwd", "mfa"], ...overrides };
}

async function mint(options: { claims?: Record<string, unknown>; key?: JoseKey } = {}): Promise<string> {
  return new SignJWT(options.claims ?? claims()).setProtectedHeader({ alg: "RS256", kid: "provider-key" }).sign(options.key ?? providerKey);
}

async function complete(idToken: string, query = `code=abc&state=${STATE}`) {
  nextIdToken = idToken;
  return completeStaffSso({ settings, callbackUrl: new URL(`${REDIRECT}?${query}`), expected: { state: STATE, nonce: NONCE, codeVerifier: "v".repeat(43), redirectUri: REDIRECT } });
}

describe("staff single sign-on: the ID token and the register's rules", () => {
  it("signs in a well-formed token with MFA and one mapped role, sending the PKCE verifier and the client secret", async () => {
    const outcome = await complete(await mint());
    expect(outcome).toMatchObject({ ok: true, identity: { issuer, subject: "entra-subject-1", role: "caseworker", email: "casey.worker@example.org", amr: ["pwd", "mfa"] } });
    const form = new URLSearchParams(lastTokenRequest);
    expect(form.get("code_verifier")).toBe("v".repeat(43));
    expect(form.get("client_secret")).toBe("a-client-secret-0123456789");
  });

  it("refuses a sign-in without MFA, and one with no mapped role, keeping who it was for the audit", async () => {
    expect(await complete(await mint({ claims: claims({ amr: ["pwd"] }) }))).toMatchObject({ ok: false, problem: "assurance-too-low", subject: "entra-subject-1" });
    expect(await complete(await mint({ claims: claims({ roles: ["Trust.Receptionist"] }) }))).toMatchObject({ ok: false, problem: "no-role", subject: "entra-subject-1" });
    expect(await complete(await mint({ claims: claims({ roles: ["Register.Caseworker", "Register.Admin"] }) }))).toMatchObject({ ok: false, problem: "several-roles" });
  });

  it("refuses a token signed by another key, for another audience, expired, or with another nonce", async () => {
    const other = await generateKeyPair("RS256");
    expect(await complete(await mint({ key: other.privateKey }))).toMatchObject({ ok: false, problem: "token-invalid" });
    expect(await complete(await mint({ claims: claims({ aud: "someone-else" }) }))).toMatchObject({ ok: false, problem: "token-invalid" });
    const past = Math.floor(Date.now() / 1000) - 3600;
    expect(await complete(await mint({ claims: claims({ iat: past - 300, exp: past }) }))).toMatchObject({ ok: false, problem: "token-invalid" });
    expect(await complete(await mint({ claims: claims({ nonce: "from-another-sign-in" }) }))).toMatchObject({ ok: false, problem: "token-invalid" });
  });

  it("refuses an altered state before any token is asked for, and reports the provider's own errors", async () => {
    lastTokenRequest = "";
    expect(await complete(await mint(), "code=abc&state=altered")).toMatchObject({ ok: false, problem: "state-mismatch" });
    expect(lastTokenRequest).toBe("");
    expect(await complete("", `error=access_denied&error_description=User+cancelled&state=${STATE}`)).toMatchObject({ ok: false, problem: "cancelled" });
    expect(await complete("", `error=access_denied&state=${STATE}`)).toMatchObject({ ok: false, problem: "access-denied" });
    expect(await complete("", `error=login_required&state=${STATE}`)).toMatchObject({ ok: false, problem: "login-required" });
  });
});
