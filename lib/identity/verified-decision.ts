import { getDb } from "../db";
import type { JourneyAnswers } from "../choice/journey-answers";
import type { ResidentSession } from "./resident-session";

// What recordDecision is told about a decision made by someone signed in with
// NHS login at P9 for that NHS number: its assurance is VERIFIED (the consent
// rule lets a verified opt-in take effect at once). Callers pass the
// session's own NHS number as the decision's, so the verification is always
// for that NHS number.

export function verifiedDecisionOptions(session: Pick<ResidentSession, "nhsNumber" | "vot">): Record<string, never> {
  void session;
  // recordDecision has no assurance option yet on this branch (h-consent adds it).
  return {};
}

/** The NHS login session that answered a journey, if it still stands and is for the journey's NHS number. */
export async function findVerifiedJourneySession(answers: JourneyAnswers, now = new Date()): Promise<Pick<ResidentSession, "id" | "nhsNumber" | "vot"> | null> {
  const sessionId = answers.nhsLogin?.sessionId;
  if (!sessionId || !/^[0-9a-f-]{36}$/i.test(sessionId)) return null;
  const row = await getDb().residentSession.findUnique({ where: { id: sessionId }, select: { id: true, nhsNumber: true, vot: true, expiresAt: true, endedAt: true } });
  if (!row || row.endedAt || row.expiresAt <= now || row.nhsNumber !== answers.nhsNumber) return null;
  return { id: row.id, nhsNumber: row.nhsNumber, vot: row.vot };
}
