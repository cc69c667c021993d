import { aboutYouStep } from "./about-you";
import { checkAnswersStep } from "./check-answers";
import { confirmEmailStep } from "./confirm-email";
import { dateOfBirthStep } from "./date-of-birth";
import { decisionStep } from "./decision";
import { emailStep } from "./email";
import { evidenceStep } from "./evidence";
import { gpPracticeStep } from "./gp-practice";
import { nameStep } from "./name";
import { nhsLoginStep } from "./nhs-login";
import { nhsNumberStep } from "./nhs-number";
import { postcodeStep } from "./postcode";
import { createStepRegistry } from "./registry";
import { whoForStep } from "./who-for";

// The questions of both journeys, in the order asked. Adding a question: a
// module beside these, one line here, and its fields component in
// app/(resident)/choice/[journey]/[step]/_fields/ (the type checker asks for it).
export const DEFAULT_STEPS = [
  nhsLoginStep,
  whoForStep,
  aboutYouStep,
  nameStep,
  dateOfBirthStep,
  nhsNumberStep,
  postcodeStep,
  gpPracticeStep,
  evidenceStep,
  decisionStep,
  emailStep,
  confirmEmailStep,
  checkAnswersStep,
] as const;

export type StepSlug = (typeof DEFAULT_STEPS)[number]["slug"];

export const STEP_REGISTRY = createStepRegistry(DEFAULT_STEPS);

export { createStepRegistry, defineStep, type AnyStep, type CheckAnswersRow, type StepDefinition, type StepRegistry } from "./registry";
