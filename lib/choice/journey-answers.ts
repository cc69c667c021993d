import type { JourneySlug } from "../content/choice";
import { CHILD_AGE_LIMIT } from "../validation/limits";

// What a journey has been told so far, and the journey's own rules about the
// person: pure, so the step modules, the pages and the browser share them.

/** The answers kept for a journey, as saved by each step (normalised values only). */
export type JourneyAnswers = {
  /** The steps answered, by slug. */
  answered?: string[];
  madeBy?: "SELF" | "PARENT_OR_GUARDIAN" | "ATTORNEY" | "DEPUTY";
  proxyName?: string;
  proxyRelationship?: string;
  givenName?: string;
  familyName?: string;
  dateOfBirth?: string;
  nhsNumber?: string;
  postcode?: string;
  gpPracticeOds?: string;
  evidenceMethod?: "UPLOAD" | "POST";
  choice?: "OPT_OUT" | "OPT_IN";
  email?: string;
  /** Set when NHS login answered who, name, date of birth, NHS number (and email): lib/identity/continue-after-sign-in.ts. */
  nhsLogin?: NhsLoginAnswers;
};

/** What NHS login vouched for in this journey; the session is checked again when the choice is sent. */
export type NhsLoginAnswers = { sessionId: string; vot: string; email: string | null };

/** The questions NHS login answered are not asked (and cannot be changed) in its journeys. */
export function isAnsweredByNhsLogin(answers: JourneyAnswers): boolean {
  return answers.nhsLogin !== undefined;
}

/** NHS login verified an email address: no security code is needed. */
export function hasNhsLoginEmail(answers: JourneyAnswers): boolean {
  return Boolean(answers.nhsLogin?.email);
}

export type JourneyProgress = { answers: JourneyAnswers; verifiedEmail: string | null; hasEvidenceFile: boolean };

/** Who the questions are about, which decides how each page asks them. */
export type WhoFor = "myself" | "child" | "someone";

export function whoForOf(answers: JourneyAnswers): WhoFor {
  if (answers.madeBy === "PARENT_OR_GUARDIAN") return "child";
  if (answers.madeBy === "ATTORNEY" || answers.madeBy === "DEPUTY") return "someone";
  return "myself";
}

export function isProxy(answers: JourneyAnswers): boolean {
  return answers.madeBy !== undefined && answers.madeBy !== "SELF";
}

/** True until the day before the CHILD_AGE_LIMIT birthday (a 29 February birthday counts from 1 March). */
export function isUnderChildAgeLimit(dateOfBirth: string, today: Date): boolean {
  const limitBirthday = `${Number(dateOfBirth.slice(0, 4)) + CHILD_AGE_LIMIT}${dateOfBirth.slice(4)}`;
  return limitBirthday > today.toISOString().slice(0, 10);
}

export function journeyPath(journey: JourneySlug, step?: string): string {
  return step ? `/choice/${journey}/${step}` : `/choice/${journey}`;
}
