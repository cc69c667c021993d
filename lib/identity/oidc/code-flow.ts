import { createHash } from "node:crypto";

import { importJWK, type JWK } from "jose";
import * as oidc from "openid-client";

import { readRsaPrivateKey } from "../nhs-login/private-key";

// What resident NHS login and staff single sign-on do alike with openid-client:
// read the client's private key, discover the provider once per process, and
// begin an authorization code flow with PKCE, state and nonce. Each flow keeps
// its own rules for the answer (vot and NHS number; roles and assurance).

/** A private key given as PEM or JWK, ready for private_key_jwt; the JWK's kid kept when it has one. */
export async function importClientKey(privateKey: string, alg: string, setting: string): Promise<{ key: CryptoKey; kid?: string }> {
  const read = readRsaPrivateKey(privateKey);
  if (!read.ok) throw new Error(`${setting} ${read.message}`);
  const jwk = read.key.export({ format: "jwk" }) as JWK;
  const given = privateKey.trim().startsWith("{") ? (JSON.parse(privateKey) as JWK) : undefined;
  const key = (await importJWK({ ...jwk, alg }, alg)) as CryptoKey;
  return { key, kid: given?.kid };
}

const configurations = new Map<string, Promise<oidc.Configuration>>();

/**
 * The provider's configuration, discovered once per process for this issuer, client and credential
 * (the credential only as a hash), and discovered again after a failure.
 */
export function discoverOnce(identity: { issuer: string; clientId: string; credential: string }, discover: () => Promise<oidc.Configuration>): Promise<oidc.Configuration> {
  const cacheKey = `${identity.issuer}|${identity.clientId}|${createHash("sha256").update(identity.credential).digest("hex")}`;
  let found = configurations.get(cacheKey);
  if (!found) {
    found = discover();
    found.catch(() => configurations.delete(cacheKey));
    configurations.set(cacheKey, found);
  }
  return found;
}

export type BegunSignIn = { authorizationUrl: string; state: string; nonce: string; codeVerifier: string };

/** A new sign-in: the provider's authorization address with PKCE (S256), state and nonce, plus the flow's own parameters. */
export async function beginCodeFlow(config: oidc.Configuration, options: { redirectUri: string; scope: string; extra?: Record<string, string> }): Promise<BegunSignIn> {
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: options.redirectUri,
    scope: options.scope,
    response_type: "code",
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    state,
    nonce,
    ...options.extra,
  });
  return { authorizationUrl: url.href, state, nonce, codeVerifier };
}
