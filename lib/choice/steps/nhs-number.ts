import { formatNhsNumber } from "../../nhs-number/nhs-number";
import { nhsNumberStepSchemaIn } from "../../validation/choice";
import { isAnsweredByNhsLogin } from "../journey-answers";
import { defineStep, formText } from "./registry";

export const nhsNumberStep = defineStep({
  slug: "nhs-number",
  appliesTo: (answers) => !isAnsweredByNhsLogin(answers),
  title: ({ choice: { NHS_NUMBER } }) => ({ myself: NHS_NUMBER.titleSelf, child: NHS_NUMBER.titleProxy, someone: NHS_NUMBER.titleProxy }),
  schema: ({ words }) => nhsNumberStepSchemaIn(words),
  fieldIds: { nhsNumber: "nhsNumber" },
  read: (formData) => ({ nhsNumber: formText(formData, "nhsNumber") }),
  defaults: (answers) => ({ nhsNumber: answers.nhsNumber ? formatNhsNumber(answers.nhsNumber) : "" }),
  // Blank is an answer: an NHS number given earlier is removed.
  save: async (context, data) => ({ ok: true, redirectTo: context.destination(await context.services.saveAnswers({ nhsNumber: data.nhsNumber })) }),
  checkAnswers: ({ answers }, _services, { choice: { CHECK_ANSWERS } }) => [
    { key: CHECK_ANSWERS.rows.nhsNumber, value: answers.nhsNumber ? formatNhsNumber(answers.nhsNumber) : CHECK_ANSWERS.notGiven, step: "nhs-number" },
  ],
});
