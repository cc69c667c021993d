import { randomInt } from "node:crypto";
import { generateTestNhsNumber } from "@/lib/nhs-number/nhs-number";
import type { DecisionDetailsInput } from "@/lib/validation/decision";

// Small factories with unique values per call, so no test depends on another's data.

export function uniqueNhsNumber(): string {
  return generateTestNhsNumber(() => randomInt(2 ** 32) / 2 ** 32);
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
