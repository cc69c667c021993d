import { decisionStepSchemaIn } from "../../validation/choice";
import { defineStep, formChoice, sameTitle } from "./registry";

export const decisionStep = defineStep({
  slug: "decision",
  title: (content) => sameTitle(content.choice.DECISION.title),
  schema: ({ words }) => decisionStepSchemaIn(words),
  fieldIds: { choice: "choice" },
  read: (formData) => ({ choice: formChoice(formData, "choice") }),
  defaults: (answers) => ({ choice: answers.choice ?? "" }),
  save: async (context, data) => ({ ok: true, redirectTo: context.destination(await context.services.saveAnswers(data)) }),
  checkAnswers: ({ answers }, _services, { choice: { CHECK_ANSWERS, DECISION } }) => [
    { key: CHECK_ANSWERS.rows.decision, value: DECISION.options.find((option) => option.value === answers.choice)?.label ?? "", step: "decision" },
  ],
});
