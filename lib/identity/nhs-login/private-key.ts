import { createPrivateKey, type KeyObject } from "node:crypto";

// NHS_LOGIN_PRIVATE_KEY: the client's RSA private key, as PEM (PKCS#8 or
// PKCS#1) or as a JWK (JSON). NHS login signs and checks client assertions
// with RS512 only, so it must be RSA, at least 2048 bits.

export function readRsaPrivateKey(text: string): { ok: true; key: KeyObject } | { ok: false; message: string } {
  let key: KeyObject;
  try {
    const trimmed = text.trim();
    key = trimmed.startsWith("{")
      ? createPrivateKey({ key: JSON.parse(trimmed) as import("node:crypto").JsonWebKey, format: "jwk" })
      : createPrivateKey({ key: trimmed.replace(/\\n/g, "\n"), format: "pem" });
  } catch {
    return { ok: false, message: "must be an RSA private key, as PEM (-----BEGIN PRIVATE KEY-----) or as a JWK in JSON" };
  }
  if (key.asymmetricKeyType !== "rsa") return { ok: false, message: "must be an RSA private key (NHS login uses RS512)" };
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < 2048) return { ok: false, message: `must be an RSA key of at least 2048 bits (this one has ${bits})` };
  return { ok: true, key };
}
