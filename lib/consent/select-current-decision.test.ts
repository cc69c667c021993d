import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DecisionStatus } from "../generated/prisma/enums";
import { type CandidateDecision, compareDecisionPrecedence, selectCurrentDecision } from "./select-current-decision";

let counter = 0;
function decision(overrides: Partial<CandidateDecision> & { decidedAt: Date }): CandidateDecision {
  counter++;
  return {
    id: `d${counter}`,
    reference: `REF${String(counter).padStart(6, "0")}`,
    choice: "OPT_OUT",
    status: "EFFECTIVE",
    isCorrected: false,
    ...overrides,
  };
}

const at = (iso: string) => new Date(iso);

const candidate = fc.record({
  id: fc.uuid(),
  reference: fc.string({ minLength: 9, maxLength: 9 }),
  choice: fc.constantFrom("OPT_OUT" as const, "OPT_IN" as const),
  // A narrow range of times makes ties common, which is the interesting case.
  decidedAt: fc.integer({ min: 0, max: 20 }).map((minutes) => new Date(Date.UTC(2026, 0, 1, 12, minutes))),
  status: fc.constantFrom<DecisionStatus>("EFFECTIVE", "EFFECTIVE", "AWAITING_REVIEW", "WITHDRAWN"),
  isCorrected: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
});

describe("selectCurrentDecision", () => {
  it("picks the latest decision time, not the latest arrival", () => {
    const newer = decision({ choice: "OPT_IN", decidedAt: at("2026-03-01T10:00:00Z") });
    const older = decision({ choice: "OPT_OUT", decidedAt: at("2025-01-01T10:00:00Z") });
    expect(selectCurrentDecision([newer, older])).toBe(newer);
    expect(selectCurrentDecision([older, newer])).toBe(newer);
  });

  it("lets an opt-out win a tie at the same moment", () => {
    const time = at("2026-03-01T10:00:00Z");
    const optIn = decision({ choice: "OPT_IN", decidedAt: time });
    const optOut = decision({ choice: "OPT_OUT", decidedAt: time });
    expect(selectCurrentDecision([optIn, optOut])).toBe(optOut);
    expect(selectCurrentDecision([optOut, optIn])).toBe(optOut);
  });

  it("ignores decisions awaiting review, withdrawn or corrected", () => {
    const base = decision({ choice: "OPT_OUT", decidedAt: at("2026-01-01T00:00:00Z") });
    const later = { decidedAt: at("2026-02-01T00:00:00Z"), choice: "OPT_IN" as const };
    expect(selectCurrentDecision([base, decision({ ...later, status: "AWAITING_REVIEW" })])).toBe(base);
    expect(selectCurrentDecision([base, decision({ ...later, status: "WITHDRAWN" })])).toBe(base);
    expect(selectCurrentDecision([base, decision({ ...later, isCorrected: true })])).toBe(base);
    expect(selectCurrentDecision([decision({ ...later, status: "WITHDRAWN" })])).toBeUndefined();
  });

  it("gives the same answer for every arrival order", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(candidate, { minLength: 1, maxLength: 12, selector: (c) => c.reference }).chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
        ),
        ([list, shuffled]) => {
          expect(selectCurrentDecision(shuffled)?.id).toBe(selectCurrentDecision(list)?.id);
        },
      ),
    );
  });

  it("picks an effective, uncorrected decision that no other one outranks", () => {
    fc.assert(
      fc.property(fc.uniqueArray(candidate, { maxLength: 12, selector: (c) => c.reference }), (list) => {
        const eligible = list.filter((c) => c.status === "EFFECTIVE" && !c.isCorrected);
        const current = selectCurrentDecision(list);
        if (eligible.length === 0) {
          expect(current).toBeUndefined();
          return;
        }
        expect(eligible).toContain(current);
        for (const other of eligible) {
          expect(compareDecisionPrecedence(current!, other)).toBeLessThanOrEqual(0);
          expect(current!.decidedAt.getTime()).toBeGreaterThanOrEqual(other.decidedAt.getTime());
        }
      }),
    );
  });
});
