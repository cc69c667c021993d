// The canary people: reserved 999-range NHS numbers whose decisions are
// written by the migration 20261206030000_canary_people, one for each way an
// opt-out reaches the register. The checker (run-canary-check.ts) asks every
// mount about each and compares the answer with what is expected here: if a
// coding error ever stops a kind of opt-out being honoured (nationally, one
// once left 150,000 opt-outs unapplied for two years), a canary says so within
// minutes. They are left out of reports and the public figures, and their
// names say what they are wherever staff see them.

export type CanaryAnswer = {
  status: "opted-out" | "participating";
  shareable: boolean;
  decidedAt: string;
  source: "online" | "paper" | "phone" | "caremyway-import" | "cidr-import";
};

export type CanaryPerson = {
  nhsNumber: string;
  /** What it proves, for the alert and the log. */
  label: string;
  expected: CanaryAnswer;
};

export const CANARY_PEOPLE: readonly CanaryPerson[] = [
  {
    nhsNumber: "9999999905",
    label: "opted out online",
    expected: { status: "opted-out", shareable: false, decidedAt: "2025-01-06T10:00:00.000Z", source: "online" },
  },
  {
    nhsNumber: "9999999913",
    label: "opted out on paper, then back in online",
    expected: { status: "participating", shareable: true, decidedAt: "2025-02-03T10:00:00.000Z", source: "online" },
  },
  {
    nhsNumber: "9999999921",
    label: "opted out by the CareMyWay legacy import",
    expected: { status: "opted-out", shareable: false, decidedAt: "2024-03-01T00:00:00.000Z", source: "caremyway-import" },
  },
  {
    nhsNumber: "9999999948",
    label: "opted out online by an attorney (proxy)",
    expected: { status: "opted-out", shareable: false, decidedAt: "2025-01-06T11:00:00.000Z", source: "online" },
  },
];

export const CANARY_NHS_NUMBERS: readonly string[] = CANARY_PEOPLE.map((canary) => canary.nhsNumber);

/**
 * NHS numbers starting 99999999 are kept for canaries (the four above and
 * room for more): generateTestNhsNumber never hands them out, so no test or
 * demo decision can land on a canary.
 */
export const CANARY_NHS_NUMBER_PREFIX = "99999999";

export function isCanaryNhsNumber(nhsNumber: string | null | undefined): boolean {
  return Boolean(nhsNumber?.startsWith(CANARY_NHS_NUMBER_PREFIX));
}
