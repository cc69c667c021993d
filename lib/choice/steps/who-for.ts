import { whoForStepSchemaIn } from "../../validation/choice";
import { isAnsweredByNhsLogin } from "../journey-answers";
import { defineStep, formChoice, sameTitle } from "./registry";

export const whoForStep = defineStep({
  slug: "who-for",
  appliesTo: (answers) => !isAnsweredByNhsLogin(answers),
  title: (content) => sameTitle(content.choice.WHO_FOR.title),
  schema: ({ words }) => whoForStepSchemaIn(words),
  fieldIds: { madeBy: "madeBy" },
  read: (formData) => ({ madeBy: formChoice(formData, "madeBy") }),
  defaults: (answers) => ({ madeBy: answers.madeBy ?? "" }),
  save: async (context, data) => ({ ok: true, redirectTo: context.destination(await context.services.saveAnswers(data)) }),
  checkAnswers: (journey, _services, { choice: { CHECK_ANSWERS, WHO_FOR } }) => [
    { key: CHECK_ANSWERS.rows.madeBy, value: WHO_FOR.options.find((option) => option.value === journey.answers.madeBy)?.label ?? "", step: "who-for" },
  ],
});
