import type { ResidentSession } from "./resident-session";

// What recordDecision is told about a decision made by someone signed in with
// NHS login at P9 for that NHS number: its assurance is VERIFIED (the consent
// rule, docs/decisions/015, lets a verified opt-in take effect at once).
// Callers pass the session's own NHS number as the decision's, so the
// verification is always for that NHS number.

export function verifiedDecisionOptions(session: Pick<ResidentSession, "nhsNumber" | "vot">): Record<string, never> {
  void session;
  // recordDecision has no assurance option yet on this branch (h-consent adds it).
  return {};
}
