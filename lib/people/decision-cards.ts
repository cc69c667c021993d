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
  /** The tracing entry that gave it an NHS number, when it was traced (the latest that still stands, else the latest). */
  traced: TimelineDecision | null;
  /** Every tracing of it, oldest first (more than one only when an earlier one was withdrawn): all shown in its history. */
  tracings: TimelineDecision[];
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
  const tracingsOf = new Map<string, TimelineDecision[]>();
  for (const entry of entries) {
    if (!entry.correctsId || !ids.has(entry.correctsId)) continue;
    tracingsOf.set(entry.correctsId, [...(tracingsOf.get(entry.correctsId) ?? []), entry]);
  }
  return entries
    .filter((entry) => !(entry.correctsId && ids.has(entry.correctsId)))
    .map((decision) => {
      const tracings = (tracingsOf.get(decision.id) ?? []).sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime());
      // Several tracings only when earlier ones were withdrawn: the latest one that still stands counts.
      const standing = tracings.filter((t) => t.currentStatus !== "WITHDRAWN").at(-1) ?? null;
      const traced = standing ?? tracings.at(-1) ?? null;
      const counting = standing ?? decision;
      return { decision, traced, tracings, counting, standing: standingOf(counting, currentDecisionIds) };
    });
}

function standingOf(entry: TimelineDecision, currentDecisionIds: ReadonlySet<string>): DecisionStanding {
  if (entry.currentStatus === "WITHDRAWN") return "WITHDRAWN";
  if (entry.currentStatus === "AWAITING_REVIEW") return "AWAITING_REVIEW";
  if (!entry.nhsNumber) return "WAITING_FOR_TRACING";
  return currentDecisionIds.has(entry.id) ? "IN_EFFECT" : "REPLACED";
}
