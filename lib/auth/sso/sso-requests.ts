import { createHash, randomBytes } from "node:crypto";

import { getDb } from "../../db";

// Staff sign-ins in progress, as NHS login's (lib/identity/nhs-login/sign-in-requests.ts):
// the browser holds only a random key in an HttpOnly cookie; the PKCE verifier,
// state and nonce stay in the database, found by the key's SHA-256, and each
// is used once (marked used by the statement that reads it).

export const STAFF_SSO_REQUEST_COOKIE = "staff_sso_request";
export const STAFF_SSO_REQUEST_LIFETIME_MS = 15 * 60 * 1000;

const hash = (key: string) => createHash("sha256").update(key).digest("hex");

export async function saveStaffSsoRequest(input: { state: string; nonce: string; codeVerifier: string; redirectUri: string; now?: Date }): Promise<{ browserKey: string }> {
  const now = input.now ?? new Date();
  const browserKey = randomBytes(32).toString("base64url");
  await getDb().staffSsoRequest.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - STAFF_SSO_REQUEST_LIFETIME_MS) } } });
  await getDb().staffSsoRequest.create({
    data: {
      browserKeyHash: hash(browserKey),
      state: input.state,
      nonce: input.nonce,
      codeVerifier: input.codeVerifier,
      redirectUri: input.redirectUri,
      expiresAt: new Date(now.getTime() + STAFF_SSO_REQUEST_LIFETIME_MS),
    },
    select: { id: true },
  });
  return { browserKey };
}

export type TakenStaffSsoRequest =
  | { ok: true; request: { id: string; state: string; nonce: string; codeVerifier: string; redirectUri: string } }
  | { ok: false; problem: "no-sign-in" | "replayed" };

/** The sign-in this browser started, marked used; "replayed" if used before, "no-sign-in" if none (or expired). */
export async function takeStaffSsoRequest(browserKey: string | undefined, now = new Date()): Promise<TakenStaffSsoRequest> {
  if (!browserKey || browserKey.length > 100) return { ok: false, problem: "no-sign-in" };
  const keyHash = hash(browserKey);
  const rows = await getDb().$queryRaw<{ id: string; state: string; nonce: string; code_verifier: string; redirect_uri: string }[]>`
    UPDATE staff_sso_request SET used_at = ${now}
    WHERE browser_key_hash = ${keyHash} AND used_at IS NULL AND expires_at > ${now}
    RETURNING id, state, nonce, code_verifier, redirect_uri`;
  const row = rows[0];
  if (row) return { ok: true, request: { id: row.id, state: row.state, nonce: row.nonce, codeVerifier: row.code_verifier, redirectUri: row.redirect_uri } };
  const used = await getDb().staffSsoRequest.findUnique({ where: { browserKeyHash: keyHash }, select: { usedAt: true } });
  return used?.usedAt ? { ok: false, problem: "replayed" } : { ok: false, problem: "no-sign-in" };
}
