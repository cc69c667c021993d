import {
  type DecisionAssurance,
  recordDecision as recordRegisterDecision,
  type RecordDecisionOptions,
  type RecordedDecision,
} from "@/lib/consent/record-decision";
import type { DecisionDetailsInput } from "@/lib/validation/decision";

// The register's recordDecision, with the assurance a real caller would give
// for the decision's channel when a test does not say: the online journey
// proves its email (PROVED_EMAIL), legacy imports are VERIFIED, staff keying
// is UNPROVED. Tests of the rule itself pass `assurance` explicitly.

export function assuranceForChannel(details: Pick<DecisionDetailsInput, "channel" | "contactEmail">): DecisionAssurance {
  if (details.channel === "CAREMYWAY_IMPORT" || details.channel === "CIDR_IMPORT") return { level: "VERIFIED", by: "LEGACY_IMPORT" };
  if (details.channel === "ONLINE" && typeof details.contactEmail === "string" && details.contactEmail.trim()) return { level: "PROVED_EMAIL" };
  return { level: "UNPROVED" };
}

export function recordDecision(options: Omit<RecordDecisionOptions, "assurance"> & { assurance?: DecisionAssurance }): Promise<RecordedDecision> {
  const details = (options.details ?? {}) as Partial<DecisionDetailsInput>;
  return recordRegisterDecision({ ...options, assurance: options.assurance ?? assuranceForChannel({ channel: details.channel as DecisionDetailsInput["channel"], contactEmail: details.contactEmail }) });
}
