import type { Assurance } from "../generated/prisma/enums";
import { type CandidateDecision, compareDecisionPrecedence, selectCurrentDecision } from "./select-current-decision";

// The register's rule for an opt-in's first status, kept pure so it can be
// tested on its own (docs/decisions/015-consent-rule-and-assurance.md):
// - an opt-in that would reverse an effective opt-out (the person is opted out
//   now) takes effect at once only when it is VERIFIED for that NHS number, or
//   when its proved email made EVERY effective opt-out since the person's last
//   effective opt-in; otherwise it waits for review;
// - an opt-in with nothing to reverse takes effect at once.
// Opt-outs never come here: they always take effect (when in doubt, do not share).

export type RuleDecision = CandidateDecision & { assurance: Assurance; contactEmail: string | null };

export type OptInClaim =
  | { assurance: "VERIFIED" } // recordDecision has already checked it is for this NHS number
  | { assurance: "PROVED_EMAIL"; contactEmail: string }
  | { assurance: "UNPROVED" };

export type OptInRuling = { status: "EFFECTIVE" | "AWAITING_REVIEW"; reversesOptOut: boolean };

export function applyOptInRule(existing: readonly RuleDecision[], optIn: OptInClaim): OptInRuling {
  const current = selectCurrentDecision(existing);
  if (current?.choice !== "OPT_OUT") return { status: "EFFECTIVE", reversesOptOut: false };
  if (optIn.assurance === "VERIFIED") return { status: "EFFECTIVE", reversesOptOut: true };
  if (optIn.assurance !== "PROVED_EMAIL") return { status: "AWAITING_REVIEW", reversesOptOut: true };

  const lastOptIn = selectCurrentDecision(existing.filter((d) => d.choice === "OPT_IN"));
  const optOutsSince = existing.filter(
    (d) =>
      d.choice === "OPT_OUT" &&
      d.status === "EFFECTIVE" &&
      !d.isCorrected &&
      (!lastOptIn || compareDecisionPrecedence(d, lastOptIn) < 0),
  );
  // A typed email (UNPROVED) or a legacy or NHS login opt-out was not made by
  // this proved address, so it cannot be undone from it without review.
  const isAllFromThisEmail = optOutsSince.every((d) => d.assurance === "PROVED_EMAIL" && d.contactEmail === optIn.contactEmail);
  return { status: isAllFromThisEmail ? "EFFECTIVE" : "AWAITING_REVIEW", reversesOptOut: true };
}
