// NHS numbers: ten digits, the tenth a Modulus 11 check digit over the first
// nine (weights 10 down to 2). A remainder giving 10 means the number was never
// issued. Stored as a 10-digit string; shown as "999 123 4567".

import { CANARY_NHS_NUMBER_PREFIX } from "../canary/canaries";

const WEIGHTS = [10, 9, 8, 7, 6, 5, 4, 3, 2] as const;

/** Removes the spaces and hyphens people type or print inside NHS numbers. */
export function normaliseNhsNumber(input: string): string {
  return input.trim().replace(/[\s-]/g, "");
}

/** The check digit for nine digits, or null when no valid number can end them. */
export function nhsCheckDigit(firstNine: string): number | null {
  if (!/^\d{9}$/.test(firstNine)) return null;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(firstNine[i]) * WEIGHTS[i]!;
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return null;
  return check;
}

/** True for a normalised 10-digit string whose check digit is right. */
export function isValidNhsNumber(nhsNumber: string): boolean {
  if (!/^\d{10}$/.test(nhsNumber)) return false;
  return nhsCheckDigit(nhsNumber.slice(0, 9)) === Number(nhsNumber[9]);
}

export type NhsNumberProblem = "empty" | "not-digits" | "wrong-length" | "check-digit";

export type ParsedNhsNumber = { ok: true; nhsNumber: string } | { ok: false; problem: NhsNumberProblem };

/** Normalises and checks typed input, saying what is wrong when it is not valid. */
export function parseNhsNumber(input: string): ParsedNhsNumber {
  const value = normaliseNhsNumber(input);
  if (value === "") return { ok: false, problem: "empty" };
  if (!/^\d+$/.test(value)) return { ok: false, problem: "not-digits" };
  if (value.length !== 10) return { ok: false, problem: "wrong-length" };
  if (!isValidNhsNumber(value)) return { ok: false, problem: "check-digit" };
  return { ok: true, nhsNumber: value };
}

/** "9991234567" becomes "999 123 4567"; anything else is returned unchanged. */
export function formatNhsNumber(nhsNumber: string): string {
  const value = normaliseNhsNumber(nhsNumber);
  if (!/^\d{10}$/.test(value)) return nhsNumber;
  return `${value.slice(0, 3)} ${value.slice(3, 6)} ${value.slice(6)}`;
}

/** True for numbers in the 999 range, which are never issued to real people. */
export function isTestNhsNumber(nhsNumber: string): boolean {
  return nhsNumber.startsWith("999");
}

/**
 * A valid NHS number in the 999 test range. `random` returns [0, 1) and
 * defaults to Math.random; pass a seeded one for repeatable demo data. Never
 * one kept for the canary people (lib/canary/canaries.ts).
 */
export function generateTestNhsNumber(random: () => number = Math.random): string {
  for (;;) {
    const middle = String(Math.floor(random() * 1_000_000)).padStart(6, "0");
    const firstNine = `999${middle}`;
    if (firstNine.startsWith(CANARY_NHS_NUMBER_PREFIX)) continue;
    const check = nhsCheckDigit(firstNine);
    if (check !== null) return `${firstNine}${check}`;
  }
}
