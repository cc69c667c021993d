import type { TimelineDecision } from "./get-person-record";

// What staff see of a person's decisions: one card per decision as it was
// received, under the reference the resident was given and staff worked from.
// Tracing records a correction (a new entry carrying the NHS number, never an
// edit: docs/decisions/025), and that entry is shown inside the card of the
// decision it traced, not as a second decision. Exactly one card is "In
// effect" for a person at a time: the one the register's current state comes
// from; another decision that took effect and was later overtaken is
// "Replaced by a later decision".

export type DecisionStanding = "IN_EFFECT" | "REPLACED" | "WAITING_FOR_TRACING" | "AWAITING_REVIEW" | "WITHDRAWN";

export const STANDING_LABELS: Record<DecisionStanding, string> = {
  IN_EFFECT: "In effect",
  REPLACED: "Replaced by a later decision",
  WAITING_FOR_TRACING: "Waiting for tracing (counts for nobody until an NHS number is found)",
  AWAITING_REVIEW: "Waiting for review",
  WITHDRAWN: "Withdrawn",
};

export type DecisionCard = {
  /** The decision as received: its reference is the one the resident and staff know. */
  decision: TimelineDecision;
  /** The tracing entry that gave it an NHS number, when it was traced. */
  traced: TimelineDecision | null;
  /** The entry whose status counts: the tracing entry when traced, else the decision. */
  counting: TimelineDecision;
  standing: DecisionStanding;
};

/**
 * Cards from timeline entries (in display order). `currentDecisionIds` holds,
 * for each NHS number involved, the decision its current state comes from
 * (person_consent.decision_id).
 */
export function toDecisionCards(entries: readonly TimelineDecision[], currentDecisionIds: ReadonlySet<string>): DecisionCard[] {
  const ids = new Set(entries.map((e) => e.id));
  const tracingOf = new Map<string, TimelineDecision>();
  for (const entry of entries) {
    if (!entry.correctsId || !ids.has(entry.correctsId)) continue;
    const earlier = tracingOf.get(entry.correctsId);
    // Several tracings only when earlier ones were withdrawn: the latest one that still stands shows.
    if (!earlier || earlier.currentStatus === "WITHDRAWN" || entry.recordedAt > earlier.recordedAt) tracingOf.set(entry.correctsId, entry);
  }
  const shownInside = new Set([...tracingOf.values()].map((e) => e.id));
  return entries
    .filter((entry) => !shownInside.has(entry.id))
    .map((decision) => {
      const traced = tracingOf.get(decision.id) ?? null;
      const counting = traced && traced.currentStatus !== "WITHDRAWN" ? traced : decision;
      return { decision, traced, counting, standing: standingOf(counting, currentDecisionIds) };
    });
}

function standingOf(entry: TimelineDecision, currentDecisionIds: ReadonlySet<string>): DecisionStanding {
  if (entry.currentStatus === "WITHDRAWN") return "WITHDRAWN";
  if (entry.currentStatus === "AWAITING_REVIEW") return "AWAITING_REVIEW";
  if (!entry.nhsNumber) return "WAITING_FOR_TRACING";
  return currentDecisionIds.has(entry.id) ? "IN_EFFECT" : "REPLACED";
}
