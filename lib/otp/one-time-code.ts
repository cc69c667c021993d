import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";

import { CODE_LENGTH } from "../validation/choice";

// Six-digit codes that prove an email address. Only a salted SHA-256 of the
// code is stored. Six digits are few enough to guess offline from a hash, so
// the hash is not the protection: codes live 10 minutes and allow 5 attempts,
// and the hash only keeps a database reader from using a code in that window.

export const CODE_LIFETIME_MS = 10 * 60 * 1000;
export const MAX_CODE_ATTEMPTS = 5;
/** Time to wait before another code is sent for the same journey. */
export const RESEND_INTERVAL_MS = 60 * 1000;
/** Codes sent for one journey in all. */
export const MAX_CODES_PER_JOURNEY = 5;

export function generateCode(random: (max: number) => number = randomInt): string {
  return String(random(10 ** CODE_LENGTH)).padStart(CODE_LENGTH, "0");
}

export function generateSalt(): string {
  return randomBytes(16).toString("hex");
}

export function hashCode(code: string, salt: string): string {
  return createHash("sha256").update(`${salt}:${code}`).digest("hex");
}

export function isCodeMatch(code: string, salt: string, expectedHash: string): boolean {
  const actual = Buffer.from(hashCode(code, salt), "hex");
  const expected = Buffer.from(expectedHash, "hex");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
