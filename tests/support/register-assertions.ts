import { expect } from "vitest";
import { selectCurrentDecision } from "@/lib/consent/select-current-decision";
import { getDb } from "@/lib/db";

const LATEST_STATUS = { orderBy: { id: "desc" as const }, take: 1, select: { status: true } };

/** The register's state for a person, checked against the pure rule over everything stored, and the feed. */
export async function expectConsistent(nhsNumber: string) {
  const db = getDb();
  const decisions = await db.decision.findMany({
    where: { nhsNumber },
    select: {
      id: true,
      reference: true,
      choice: true,
      decidedAt: true,
      channel: true,
      statusEvents: LATEST_STATUS,
      corrections: { select: { statusEvents: LATEST_STATUS } },
    },
  });
  const expected = selectCurrentDecision(
    decisions.map((d) => ({
      ...d,
      status: d.statusEvents[0]!.status,
      isCorrected: d.corrections.some((c) => c.statusEvents[0]!.status === "EFFECTIVE"),
    })),
  );
  const state = await db.personConsent.findUnique({
    where: { nhsNumber },
    select: { decisionId: true, status: true, seq: true, decidedAt: true, channel: true },
  });
  expect(state?.decisionId ?? null).toBe(expected?.id ?? null);
  expect(state?.status ?? "PARTICIPATING").toBe(expected?.choice === "OPT_OUT" ? "OPTED_OUT" : "PARTICIPATING");
  if (expected) {
    expect(state?.decidedAt).toEqual(expected.decidedAt);
    expect(state?.channel).toBe(expected.channel);
  }
  const lastChange = await db.consentChange.findFirst({
    where: { nhsNumber },
    orderBy: { seq: "desc" },
    select: { seq: true, decisionId: true, status: true },
  });
  expect(lastChange?.decisionId ?? null).toBe(state?.decisionId ?? null);
  expect(lastChange?.seq ?? null).toBe(state?.seq ?? null);
  return { expected, state };
}
