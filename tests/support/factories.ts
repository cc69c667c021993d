import { randomInt } from "node:crypto";
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { generateTestNhsNumber } from "@/lib/nhs-number/nhs-number";
import type { DecisionDetailsInput } from "@/lib/validation/decision";

// Small factories with unique values per call, so no test depends on another's data.

// Test NHS numbers are 999 followed by six digits and a check digit: about
// 909,000 of them. Drawn at random, the thousand or so one run uses collided
// between test files now and then (the birthday problem), and a test that
// looks decisions up by NHS number then found another file's (a CIDR test saw
// a row 330 from another file's import; the CareMyWay reference-number test
// failed the same way). So each test file claims blocks of 1,000 of the six
// middle digits for this run (mkdir is atomic across the worker processes)
// and hands them out in turn: no number is given out twice in one run.
const BLOCK = 1000;
const BLOCKS = 1_000_000 / BLOCK;
let block = 0;
let nextInBlock = BLOCK;

function claimBlock(): number {
  const folder = path.join(tmpdir(), "consent-register-test-nhs-numbers", inject("databaseName"));
  mkdirSync(folder, { recursive: true });
  const start = randomInt(BLOCKS);
  for (let i = 0; i < BLOCKS; i++) {
    const candidate = (start + i) % BLOCKS;
    try {
      mkdirSync(path.join(folder, String(candidate)));
      return candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  throw new Error("Every block of test NHS numbers is taken in this run");
}

function nextMiddleDigits(): number {
  if (nextInBlock >= BLOCK) {
    block = claimBlock();
    nextInBlock = 0;
  }
  return block * BLOCK + nextInBlock++;
}

export function uniqueNhsNumber(): string {
  // generateTestNhsNumber asks again while the check digit is impossible: each ask takes the next unused digits.
  return generateTestNhsNumber(() => (nextMiddleDigits() + 0.5) / 1_000_000);
}

export function decisionDetails(overrides: Partial<DecisionDetailsInput> = {}): DecisionDetailsInput {
  return {
    nhsNumber: uniqueNhsNumber(),
    givenName: "Ada",
    familyName: `Test-${randomInt(1_000_000)}`,
    dateOfBirth: "1970-05-17",
    postcode: "N1 1AA",
    choice: "OPT_OUT",
    madeBy: "SELF",
    channel: "ONLINE",
    contactEmail: "ada@example.org",
    decidedAt: new Date("2026-06-01T09:00:00Z"),
    ...overrides,
  };
}

export const STAFF = { kind: "STAFF", id: "staff-test" } as const;
export const RESIDENT = { kind: "RESIDENT" } as const;

export function minutesAfter(base: Date | string, minutes: number): Date {
  return new Date(new Date(base).getTime() + minutes * 60_000);
}
