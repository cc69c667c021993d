import { STEP_REGISTRY, type StepSlug } from "./steps/index";
import type { JourneyAnswers, JourneyProgress } from "./journey-answers";

// The order of questions in both journeys, which apply to whom, and where
// "Back" and "Continue" go: the default registry's answers (./steps/index.ts),
// for the pages and the register's submission.

export { isProxy, journeyPath, whoForOf, type JourneyAnswers, type JourneyProgress, type WhoFor } from "./journey-answers";
export type { StepSlug };

export const STEPS = STEP_REGISTRY.slugs as readonly StepSlug[];

export function isStep(value: string): value is StepSlug {
  return STEP_REGISTRY.isStep(value);
}

export function isStepApplicable(step: StepSlug, answers: JourneyAnswers): boolean {
  return STEP_REGISTRY.isApplicable(step, answers);
}

/** The first question not yet answered: a resident cannot skip ahead. */
export function firstIncompleteStep(progress: JourneyProgress): StepSlug {
  return STEP_REGISTRY.firstIncompleteStep(progress) as StepSlug;
}

export function nextStep(step: StepSlug, answers: JourneyAnswers): StepSlug {
  return STEP_REGISTRY.nextStep(step, answers) as StepSlug;
}

export function previousStep(step: StepSlug, answers: JourneyAnswers): StepSlug | undefined {
  return STEP_REGISTRY.previousStep(step, answers) as StepSlug | undefined;
}
