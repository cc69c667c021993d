import type { Choice, DecisionStatus } from "../generated/prisma/enums";

// The register's one rule for a person's current state, kept pure so that it
// can be tested over every arrival order.

export type CandidateDecision = {
  id: string;
  reference: string;
  choice: Choice;
  decidedAt: Date;
  status: DecisionStatus;
  /** True when a later entry corrects this one: the correction counts instead. */
  isCorrected: boolean;
};

/**
 * Negative when `a` takes precedence over `b`. Latest decision time first; at
 * the same moment an opt-out wins (when in doubt, do not share); then the
 * reference number, so the answer never depends on arrival order.
 */
export function compareDecisionPrecedence(a: CandidateDecision, b: CandidateDecision): number {
  const byTime = b.decidedAt.getTime() - a.decidedAt.getTime();
  if (byTime !== 0) return byTime;
  if (a.choice !== b.choice) return a.choice === "OPT_OUT" ? -1 : 1;
  return a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0;
}

/** The effective, uncorrected decision with the latest decision time, if any. */
export function selectCurrentDecision<T extends CandidateDecision>(candidates: readonly T[]): T | undefined {
  let current: T | undefined;
  for (const candidate of candidates) {
    if (candidate.status !== "EFFECTIVE" || candidate.isCorrected) continue;
    if (!current || compareDecisionPrecedence(candidate, current) < 0) current = candidate;
  }
  return current;
}
