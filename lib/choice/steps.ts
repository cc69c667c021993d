import type { JourneySlug } from "../content/choice";

// The order of questions in both journeys, which apply to whom, and where
// "Back" and "Continue" go. Pure, so it is easy to test and to reason about.

export const STEPS = [
  "who-for",
  "about-you",
  "name",
  "date-of-birth",
  "nhs-number",
  "postcode",
  "gp-practice",
  "evidence",
  "decision",
  "email",
  "confirm-email",
  "check-answers",
] as const;

export type StepSlug = (typeof STEPS)[number];

/** The answers kept for a journey, as saved by each step (normalised values only). */
export type JourneyAnswers = {
  answered?: StepSlug[];
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
};

export type JourneyProgress = { answers: JourneyAnswers; verifiedEmail: string | null; hasEvidenceFile: boolean };

export function isStep(value: string): value is StepSlug {
  return (STEPS as readonly string[]).includes(value);
}

export function isProxy(answers: JourneyAnswers): boolean {
  return answers.madeBy !== undefined && answers.madeBy !== "SELF";
}

export function isStepApplicable(step: StepSlug, answers: JourneyAnswers): boolean {
  if (step === "about-you" || step === "evidence") return isProxy(answers);
  return true;
}

function isStepComplete(step: StepSlug, progress: JourneyProgress): boolean {
  const { answers } = progress;
  if (step === "confirm-email") return Boolean(answers.email) && progress.verifiedEmail === answers.email;
  if (step === "check-answers") return false;
  if (!answers.answered?.includes(step)) return false;
  // A parent or guardian acts only for a child under 16 (checked again if "who for" changes later).
  if (step === "date-of-birth" && answers.madeBy === "PARENT_OR_GUARDIAN" && answers.dateOfBirth && !isUnder16(answers.dateOfBirth, new Date())) return false;
  if (step === "evidence") return answers.evidenceMethod === "POST" || (answers.evidenceMethod === "UPLOAD" && progress.hasEvidenceFile);
  return true;
}

export function isUnder16(dateOfBirth: string, today: Date): boolean {
  const sixteenthBirthday = `${Number(dateOfBirth.slice(0, 4)) + 16}${dateOfBirth.slice(4)}`;
  return sixteenthBirthday > today.toISOString().slice(0, 10);
}

/** The first question not yet answered: a resident cannot skip ahead. */
export function firstIncompleteStep(progress: JourneyProgress): StepSlug {
  return STEPS.find((step) => isStepApplicable(step, progress.answers) && !isStepComplete(step, progress)) ?? "check-answers";
}

export function nextStep(step: StepSlug, answers: JourneyAnswers): StepSlug {
  const index = STEPS.indexOf(step);
  return STEPS.slice(index + 1).find((candidate) => isStepApplicable(candidate, answers)) ?? "check-answers";
}

export function previousStep(step: StepSlug, answers: JourneyAnswers): StepSlug | undefined {
  const index = STEPS.indexOf(step);
  return STEPS.slice(0, index)
    .reverse()
    .find((candidate) => isStepApplicable(candidate, answers) && candidate !== "confirm-email");
}

export function journeyPath(journey: JourneySlug, step?: StepSlug | "confirmation" | "not-eligible"): string {
  return step ? `/choice/${journey}/${step}` : `/choice/${journey}`;
}
