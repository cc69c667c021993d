import { gpPracticeStepSchemaIn } from "../../validation/choice";
import { defineStep, formText } from "./registry";

export const gpPracticeStep = defineStep({
  slug: "gp-practice",
  title: ({ choice: { GP_PRACTICE } }) => ({ myself: GP_PRACTICE.titleSelf, child: GP_PRACTICE.titleProxy, someone: GP_PRACTICE.titleProxy }),
  schema: ({ words }) => gpPracticeStepSchemaIn(words),
  fieldIds: { gpPracticeOds: "gpPracticeOds" },
  read: (formData) => ({ gpPracticeOds: formText(formData, "gpPracticeOds") }),
  defaults: (answers) => ({ gpPracticeOds: answers.gpPracticeOds ?? "" }),
  fieldData: async ({ listGpPractices }) => ({ practices: await listGpPractices() }),
  save: async (context, { gpPracticeOds }) => {
    const { services } = context;
    if (gpPracticeOds && !(await services.isKnownGpPractice(gpPracticeOds))) return { ok: false, errors: { gpPracticeOds: context.content.choice.GP_PRACTICE.errors.unknown } };
    const answers = await services.saveAnswers({ gpPracticeOds });
    if (!(await services.isEligible(answers))) return { ok: true, redirectTo: context.path("not-eligible") };
    return { ok: true, redirectTo: context.destination(answers) };
  },
  checkAnswers: async ({ answers }, services, { choice: { CHECK_ANSWERS } }) => [
    {
      key: CHECK_ANSWERS.rows.gpPractice,
      value: (answers.gpPracticeOds ? await services.gpPracticeName(answers.gpPracticeOds) : undefined) ?? CHECK_ANSWERS.notGiven,
      step: "gp-practice",
    },
  ],
});
