import type { JourneyAnswers } from "../choice/journey-answers";
import type { DecisionAssurance } from "../consent/record-decision";
import { getDb } from "../db";
import type { ResidentSession } from "./resident-session";

// A decision made by someone signed in with NHS login at P9 is VERIFIED for
// the NHS number NHS login proved (docs/decisions/015 and 016): the register
// refuses it for any other number, and lets a verified opt-in take effect at
// once. NHS login's email is kept so the person is told of later attempts.

export type VerifiedSession = Pick<ResidentSession, "id" | "nhsNumber" | "email">;

export function verifiedAssurance(session: VerifiedSession): DecisionAssurance {
  return { level: "VERIFIED", by: "NHS_LOGIN", nhsNumber: session.nhsNumber, nhsLoginEmail: session.email ?? undefined };
}

/** The NHS login session that answered a journey, if it still stands and is for the journey's NHS number. */
export async function findVerifiedJourneySession(answers: JourneyAnswers, now = new Date()): Promise<VerifiedSession | null> {
  const sessionId = answers.nhsLogin?.sessionId;
  if (!sessionId || !/^[0-9a-f-]{36}$/i.test(sessionId)) return null;
  const row = await getDb().residentSession.findUnique({ where: { id: sessionId }, select: { id: true, nhsNumber: true, email: true, expiresAt: true, endedAt: true } });
  if (!row || row.endedAt || row.expiresAt <= now || row.nhsNumber !== answers.nhsNumber) return null;
  return { id: row.id, nhsNumber: row.nhsNumber, email: row.email };
}
