import { randomBytes } from "node:crypto";

import { dictionary } from "@zxcvbn-ts/language-common";

import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./auth-settings";

// New staff passwords (ASVS 2.1): at least 12 characters, at most 128, any
// characters, no composition rules, and not one of the ~49,000 passwords most
// often found in breaches (the list @zxcvbn-ts/language-common ships, from
// public breach compilations), nor one of them padded with digits or symbols,
// nor the member's own email name or this service's name.

const COMMON = new Set<string>(dictionary["passwords-common"] as readonly string[]);
const SERVICE_WORDS = ["consent", "register", "consentregister", "northlondon", "london", "staff", "admin", "caseworker", "supervisor", "password"];

export const PASSWORD_MESSAGES = {
  tooShort: `Enter a password of at least ${MIN_PASSWORD_LENGTH} characters`,
  tooLong: `The password must be ${MAX_PASSWORD_LENGTH} characters or fewer`,
  common: "This password is too common: it is on a list of passwords found in data breaches. Choose a different one, for example three or four random words.",
  personal: "The password must not contain your email address or name",
  repetitive: "The password is too predictable. Use more different characters, for example three or four random words.",
} as const;

/** Why a new password is refused, or null when it is acceptable. */
export function checkNewPassword(password: string, context: { email?: string; name?: string } = {}): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return PASSWORD_MESSAGES.tooShort;
  if (password.length > MAX_PASSWORD_LENGTH) return PASSWORD_MESSAGES.tooLong;
  const lower = password.toLowerCase();
  if (new Set(lower).size < 4) return PASSWORD_MESSAGES.repetitive;
  // "Password123456!" is "password" with padding: strip digits, symbols and spaces at either end.
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  const squashed = lower.replace(/[^\p{L}\p{N}]/gu, "");
  if (COMMON.has(lower) || COMMON.has(squashed) || (core.length >= 4 && COMMON.has(core)) || SERVICE_WORDS.includes(core) || SERVICE_WORDS.includes(squashed)) {
    return PASSWORD_MESSAGES.common;
  }
  const personal = [context.email?.split("@")[0], ...(context.name?.split(/\s+/) ?? [])].map((p) => p?.toLowerCase().trim() ?? "").filter((p) => p.length >= 4);
  if (personal.some((p) => lower.includes(p))) return PASSWORD_MESSAGES.personal;
  return null;
}

/** A temporary password for an admin to hand over: 20 random base-32 characters in groups (100 bits). */
export function generateTemporaryPassword(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyz023456789"; // 32 characters: no i, l, o or 1, and no bias from %
  const bytes = randomBytes(20);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join("")).join("-");
}
