import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { generateClientKeyPair, LOCAL_RESIDENT_CLIENT_ID, startLocalNhsLogin, type LocalNhsLogin } from "@/lib/identity/local-provider/local-nhs-login";
import { beginNhsLogin, completeNhsLogin } from "@/lib/identity/nhs-login/nhs-login-client";
import type { NhsLoginSettings } from "@/lib/identity/nhs-login/settings";
import { DEFAULT_VTR } from "@/lib/identity/nhs-login/vectors-of-trust";

import { CookieJar, follow } from "./browser-like";

// The local NHS login is a real OpenID provider: these tests sign in through
// it over HTTP with the site's own client code, as the browser tests do.

const REDIRECT = "http://127.0.0.1:39999/nhs-login/callback";
let provider: LocalNhsLogin;
let settings: NhsLoginSettings;

beforeAll(async () => {
  const keys = await generateClientKeyPair();
  provider = await startLocalNhsLogin({ residentClient: { clientId: LOCAL_RESIDENT_CLIENT_ID, redirectUris: [REDIRECT], publicJwk: keys.publicJwk } });
  settings = {
    issuer: provider.issuer,
    clientId: LOCAL_RESIDENT_CLIENT_ID,
    privateKey: JSON.stringify(keys.privateJwk),
    redirectUri: REDIRECT,
    vtr: [...DEFAULT_VTR],
    scope: "openid profile email phone",
    isLocal: true,
  };
});
afterAll(async () => provider?.close());

/** Signs in as a listed user (or with the "someone else" form) and returns the callback address. */
async function signIn(user: string, extra: Record<string, string> = {}) {
  const begun = await beginNhsLogin(settings, REDIRECT);
  const jar = new CookieJar();
  const page = await follow(jar, begun.authorizationUrl, REDIRECT);
  const html = await page.response!.text();
  const action = /action="(\/interaction\/[\w-]+\/login)"/.exec(html)![1]!;
  const done = await follow(jar, new URL(action, provider.issuer).href, REDIRECT, { form: { user, ...extra } });
  return { begun, callbackUrl: new URL(done.url), jar, html };
}

describe("the local NHS login", () => {
  it("publishes discovery like NHS login: private_key_jwt and RS512 only, NHS login's claims", async () => {
    const response = await fetch(`${provider.issuer}/.well-known/openid-configuration`);
    const metadata = (await response.json()) as Record<string, string[]>;
    expect(metadata.token_endpoint_auth_methods_supported).toEqual(["private_key_jwt"]);
    expect(metadata.token_endpoint_auth_signing_alg_values_supported).toEqual(["RS512"]);
    expect(metadata.id_token_signing_alg_values_supported).toEqual(["RS512"]);
    expect(metadata.claims_supported).toEqual(expect.arrayContaining(["nhs_number", "birthdate", "given_name", "family_name", "email", "phone_number", "identity_proofing_level", "vot"]));
    expect(metadata.code_challenge_methods_supported).toEqual(["S256"]);
  });

  it("lists its test users and signs a P9 adult in with a verified ID token", async () => {
    const { begun, callbackUrl, html } = await signIn("p9-participating");
    expect(html).toContain("Sign in as Priya Shah");
    expect(html).toContain("Sign in as Oliver Bennett");
    expect(html).toContain(`${JSON.stringify([...DEFAULT_VTR]).replace(/"/g, "&quot;")}`);
    const outcome = await completeNhsLogin({ settings, callbackUrl, expected: { ...begun, redirectUri: REDIRECT } });
    expect(outcome).toEqual({
      ok: true,
      identity: expect.objectContaining({ nhsNumber: "9991234500", givenName: "Priya", familyName: "Shah", dateOfBirth: "1984-03-12", vot: "P9.Cp.Cd", identityProofingLevel: "P9", email: "priya.shah@example.org" }),
    });
  });

  it("refuses a replayed code at the token endpoint", async () => {
    const { begun, callbackUrl } = await signIn("p9-caremyway");
    expect((await completeNhsLogin({ settings, callbackUrl, expected: { ...begun, redirectUri: REDIRECT } })).ok).toBe(true);
    const again = await completeNhsLogin({ settings, callbackUrl, expected: { ...begun, redirectUri: REDIRECT } });
    expect(again).toMatchObject({ ok: false, problem: "code-rejected" });
  });

  it("refuses an altered code, state and nonce, and a missing PKCE verifier", async () => {
    const { begun, callbackUrl } = await signIn("p9-participating");
    const alteredCode = new URL(callbackUrl);
    alteredCode.searchParams.set("code", `${callbackUrl.searchParams.get("code")}x`);
    expect(await completeNhsLogin({ settings, callbackUrl: alteredCode, expected: { ...begun, redirectUri: REDIRECT } })).toMatchObject({ ok: false, problem: "code-rejected" });
    const alteredState = new URL(callbackUrl);
    alteredState.searchParams.set("state", "attacker-state");
    expect(await completeNhsLogin({ settings, callbackUrl: alteredState, expected: { ...begun, redirectUri: REDIRECT } })).toMatchObject({ ok: false, problem: "state-mismatch" });
    const wrongNonce = await completeNhsLogin({ settings, callbackUrl, expected: { ...begun, nonce: "another-nonce", redirectUri: REDIRECT } });
    expect(wrongNonce, JSON.stringify(wrongNonce)).toMatchObject({ ok: false, problem: "nonce-mismatch" });
  });

  it("refuses a wrong PKCE verifier", async () => {
    const { begun, callbackUrl } = await signIn("p9-participating");
    expect(await completeNhsLogin({ settings, callbackUrl, expected: { ...begun, codeVerifier: "x".repeat(50), redirectUri: REDIRECT } })).toMatchObject({ ok: false, problem: "code-rejected" });
  });

  it("returns P5 and P0 people at their own level, which the client refuses when P9 was asked", async () => {
    for (const user of ["p5", "p0"]) {
      const { begun, callbackUrl } = await signIn(user);
      expect(await completeNhsLogin({ settings, callbackUrl, expected: { ...begun, redirectUri: REDIRECT } })).toMatchObject({ ok: false, problem: "vot-too-low" });
    }
  });

  it("refuses someone aged 15 and a P9 sign-in without an NHS number", async () => {
    const young = await signIn("p9-aged-15");
    expect(await completeNhsLogin({ settings, callbackUrl: young.callbackUrl, expected: { ...young.begun, redirectUri: REDIRECT } })).toMatchObject({ ok: false, problem: "under-16" });
    const noNumber = await signIn("custom", { given_name: "No", family_name: "Number", birthdate: "1980-01-01", level: "P9", nhs_number: "" });
    expect(await completeNhsLogin({ settings, callbackUrl: noNumber.callbackUrl, expected: { ...noNumber.begun, redirectUri: REDIRECT } })).toMatchObject({ ok: false, problem: "no-nhs-number" });
  });

  it("signs in a made-up person with a unique NHS number, and compares it with one typed earlier", async () => {
    const custom = await signIn("custom", { given_name: "Ada", family_name: "Test", birthdate: "1970-05-05", level: "P9", nhs_number: "9991236023" });
    const expected = { ...custom.begun, redirectUri: REDIRECT };
    expect(await completeNhsLogin({ settings, callbackUrl: custom.callbackUrl, expected, typedNhsNumber: "9991236406" })).toMatchObject({ ok: false, problem: "nhs-number-differs" });
    const again = await signIn("custom", { given_name: "Ada", family_name: "Test", birthdate: "1970-05-05", level: "P9", nhs_number: "9991236023" });
    expect(await completeNhsLogin({ settings, callbackUrl: again.callbackUrl, expected: { ...again.begun, redirectUri: REDIRECT }, typedNhsNumber: "9991236023" })).toMatchObject({
      ok: true,
      identity: { nhsNumber: "9991236023", givenName: "Ada" },
    });
  });

  it("sends cancel and provider errors back to the service", async () => {
    for (const [path, form, problem] of [
      ["abort", {}, "cancelled"],
      ["error", { error: "login_required" }, "login-required"],
      ["error", { error: "access_denied" }, "access-denied"],
    ] as const) {
      const begun = await beginNhsLogin(settings, REDIRECT);
      const jar = new CookieJar();
      const page = await follow(jar, begun.authorizationUrl, REDIRECT);
      const uid = /\/interaction\/([\w-]+)\/login/.exec(await page.response!.text())![1];
      const done = await follow(jar, `${provider.issuer}/interaction/${uid}/${path}`, REDIRECT, { form });
      const callbackUrl = new URL(done.url);
      expect(await completeNhsLogin({ settings, callbackUrl, expected: { ...begun, redirectUri: REDIRECT } })).toMatchObject({ ok: false, problem });
    }
  });

  it("refuses a client that authenticates with another key", async () => {
    const other = await generateClientKeyPair();
    const impostor = { ...settings, privateKey: JSON.stringify(other.privateJwk) };
    const { begun, callbackUrl } = await signIn("p9-participating");
    expect(await completeNhsLogin({ settings: impostor, callbackUrl, expected: { ...begun, redirectUri: REDIRECT } })).toMatchObject({ ok: false, problem: "provider-error", detail: expect.stringContaining("invalid_client") });
  });
});
