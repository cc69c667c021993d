import { randomInt } from "node:crypto";

// Reference numbers residents read out on the phone: 8 random characters and a
// check character, shown as "ABC-DEF-GHJ". The alphabet leaves out characters
// easily confused in speech or handwriting (0 O, 1 I L, U, Z). It has 29
// symbols, a prime, so a weighted sum modulo 29 with weights 1 to 9 catches
// every single wrong character and every swap of two neighbouring characters.

export const REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXY";
const BASE = REFERENCE_ALPHABET.length;
const PAYLOAD_LENGTH = 8;
export const REFERENCE_LENGTH = PAYLOAD_LENGTH + 1;

function checkCharacter(payload: string): string {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) sum += (i + 1) * REFERENCE_ALPHABET.indexOf(payload[i]!);
  // The check character gets weight 9: choose it so the whole sum is 0 mod 29.
  const needed = (BASE - (sum % BASE)) % BASE;
  // 9 is invertible mod 29: 9 * 13 = 117 = 4 * 29 + 1.
  return REFERENCE_ALPHABET[(needed * 13) % BASE]!;
}

/** A new random reference number (unformatted, 9 characters). */
export function generateReferenceNumber(random: (max: number) => number = randomInt): string {
  let payload = "";
  for (let i = 0; i < PAYLOAD_LENGTH; i++) payload += REFERENCE_ALPHABET[random(BASE)];
  return payload + checkCharacter(payload);
}

/** Upper-cases and removes spaces and hyphens. */
export function normaliseReferenceNumber(input: string): string {
  return input.trim().toUpperCase().replace(/[\s-]/g, "");
}

/** True for a normalised reference whose characters and check character are right. */
export function isValidReferenceNumber(reference: string): boolean {
  if (reference.length !== REFERENCE_LENGTH) return false;
  for (const character of reference) if (!REFERENCE_ALPHABET.includes(character)) return false;
  return checkCharacter(reference.slice(0, PAYLOAD_LENGTH)) === reference[PAYLOAD_LENGTH];
}

/** "ABCDEFGHJ" becomes "ABC-DEF-GHJ", easy to read aloud in threes. */
export function formatReferenceNumber(reference: string): string {
  const value = normaliseReferenceNumber(reference);
  if (value.length !== REFERENCE_LENGTH) return reference;
  return `${value.slice(0, 3)}-${value.slice(3, 6)}-${value.slice(6)}`;
}
