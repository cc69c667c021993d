import { createHash, randomBytes } from "node:crypto";

import { getDb } from "../../db";

// NHS login sign-ins in progress. The browser holds only a random key (an
// HttpOnly cookie); the PKCE verifier, state and nonce stay in the database,
// found by the key's SHA-256. Each is used once: the callback marks it used in
// the same statement that reads it, so a replayed callback finds nothing to use.

export const SIGN_IN_REQUEST_COOKIE = "nhs_login_request";
export const SIGN_IN_REQUEST_LIFETIME_MS = 15 * 60 * 1000;

export const SIGN_IN_PURPOSES = ["opt-out", "opt-in", "check"] as const;
export type SignInPurpose = (typeof SIGN_IN_PURPOSES)[number];

export function isSignInPurpose(value: unknown): value is SignInPurpose {
  return typeof value === "string" && (SIGN_IN_PURPOSES as readonly string[]).includes(value);
}

const hash = (key: string) => createHash("sha256").update(key).digest("hex");

export async function saveSignInRequest(input: {
  state: string;
  nonce: string;
  codeVerifier: string;
  redirectUri: string;
  purpose: SignInPurpose;
  typedNhsNumber?: string | null;
  now?: Date;
}): Promise<{ browserKey: string }> {
  const now = input.now ?? new Date();
  const browserKey = randomBytes(32).toString("base64url");
  // Housekeeping as sign-ins start: expired requests are of no use to anyone.
  await getDb().nhsLoginRequest.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - SIGN_IN_REQUEST_LIFETIME_MS) } } });
  await getDb().nhsLoginRequest.create({
    data: {
      browserKeyHash: hash(browserKey),
      state: input.state,
      nonce: input.nonce,
      codeVerifier: input.codeVerifier,
      redirectUri: input.redirectUri,
      purpose: input.purpose,
      typedNhsNumber: input.typedNhsNumber ?? null,
      expiresAt: new Date(now.getTime() + SIGN_IN_REQUEST_LIFETIME_MS),
    },
    select: { id: true },
  });
  return { browserKey };
}

export type TakenSignInRequest =
  | { ok: true; request: { id: string; state: string; nonce: string; codeVerifier: string; redirectUri: string; purpose: SignInPurpose; typedNhsNumber: string | null } }
  | { ok: false; problem: "no-sign-in" | "replayed"; purpose?: SignInPurpose };

/** The sign-in this browser started, marked used; "replayed" if it was used before, "no-sign-in" if there is none (or it expired). */
export async function takeSignInRequest(browserKey: string | undefined, now = new Date()): Promise<TakenSignInRequest> {
  if (!browserKey || browserKey.length > 100) return { ok: false, problem: "no-sign-in" };
  const keyHash = hash(browserKey);
  const rows = await getDb().$queryRaw<{ id: string; state: string; nonce: string; code_verifier: string; redirect_uri: string; purpose: string; typed_nhs_number: string | null }[]>`
    UPDATE nhs_login_request SET used_at = ${now}
    WHERE browser_key_hash = ${keyHash} AND used_at IS NULL AND expires_at > ${now}
    RETURNING id, state, nonce, code_verifier, redirect_uri, purpose, typed_nhs_number`;
  const row = rows[0];
  if (row && isSignInPurpose(row.purpose)) {
    return {
      ok: true,
      request: { id: row.id, state: row.state, nonce: row.nonce, codeVerifier: row.code_verifier, redirectUri: row.redirect_uri, purpose: row.purpose, typedNhsNumber: row.typed_nhs_number },
    };
  }
  const used = await getDb().nhsLoginRequest.findUnique({ where: { browserKeyHash: keyHash }, select: { usedAt: true, purpose: true } });
  const purpose = isSignInPurpose(used?.purpose) ? used.purpose : undefined;
  return used?.usedAt ? { ok: false, problem: "replayed", purpose } : { ok: false, problem: "no-sign-in", purpose };
}
