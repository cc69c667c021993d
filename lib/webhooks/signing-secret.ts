import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

import { getAuthSecret } from "../auth/auth-settings";

// Webhook signing secrets (docs/decisions/026). The register makes them (never
// an admin), in the Standard Webhooks format: "whsec_" and the base64 of 32
// random bytes. The register must be able to read a secret back to sign with
// it, so unlike API keys it cannot keep only a hash: it keeps it encrypted with
// AES-256-GCM under a key derived (HKDF-SHA256) from BETTER_AUTH_SECRET, which
// already protects staff TOTP secrets. A database dump alone cannot sign.

const SECRET_BYTES = 32;
const IV_BYTES = 12;
const FORMAT = "v1";

export function generateSigningSecret(): string {
  return `whsec_${randomBytes(SECRET_BYTES).toString("base64")}`;
}

/** The characters shown to tell secrets apart: enough to recognise, too few to matter. */
export function secretPrefix(secret: string): string {
  return secret.slice(0, 12);
}

function encryptionKey(): Buffer {
  return Buffer.from(hkdfSync("sha256", getAuthSecret(), "consent-register", "webhook-signing-secret", 32));
}

export function encryptSigningSecret(secret: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", encryptionKey(), iv);
  const ciphertext = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [FORMAT, iv.toString("base64"), ciphertext.toString("base64"), cipher.getAuthTag().toString("base64")].join(":");
}

/** The secret, or an error when it was encrypted under another BETTER_AUTH_SECRET (rotate it). */
export function decryptSigningSecret(stored: string): string {
  const [format, iv, ciphertext, tag] = stored.split(":");
  if (format !== FORMAT || !iv || !ciphertext || !tag) throw new Error("The stored signing secret is not in a format this register reads");
  try {
    const decipher = createDecipheriv("aes-256-gcm", encryptionKey(), Buffer.from(iv, "base64"));
    decipher.setAuthTag(Buffer.from(tag, "base64"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64")), decipher.final()]).toString("utf8");
  } catch {
    throw new Error("The signing secret cannot be decrypted (BETTER_AUTH_SECRET changed?): rotate the endpoint's secret");
  }
}
