import { z } from "zod";

import { defineStep, sameTitle } from "./registry";

/** The last step: every answer on one page, and the button that sends the choice. */
export const checkAnswersStep = defineStep({
  slug: "check-answers",
  title: (content) => sameTitle(content.choice.CHECK_ANSWERS.title),
  // Never complete: a finished journey lands here.
  isComplete: () => false,
  schema: () => z.object({}),
  fieldIds: {},
  read: () => ({}),
  defaults: () => ({}),
  fieldData: async ({ checkAnswerRows }) => ({ rows: await checkAnswerRows() }),
  submitLabel: (content) => content.choice.CHECK_ANSWERS.submit,
  save: async (context) => {
    const { services, journey } = context;
    const { COMMON, CHECK_ANSWERS } = context.content.choice;
    if (!(await services.isEligible(journey.answers))) return { ok: true, redirectTo: context.path("not-eligible") };
    if (!(await services.isSubmissionAllowed()) && !journey.submission) return { ok: false, errors: {}, formError: COMMON.tooManyRequests };
    if (!journey.submission && !(await services.isPersonWithinDailyLimit())) return { ok: false, errors: {}, formError: COMMON.tooManyForThisPerson };
    const submitted = await services.submitChoice();
    if (!submitted.ok) {
      const formError =
        submitted.step === "confirm-email"
          ? CHECK_ANSWERS.errors.emailNotProved
          : submitted.step === "nhs-login"
            ? context.content.nhsLogin.NHS_LOGIN_DETAILS.sessionEnded
            : CHECK_ANSWERS.errors.incomplete;
      return { ok: false, errors: {}, formError };
    }
    return { ok: true, redirectTo: context.path("confirmation") };
  },
});
