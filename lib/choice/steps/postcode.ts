import { postcodeStepSchemaIn } from "../../validation/choice";
import { defineStep, formText } from "./registry";

export const postcodeStep = defineStep({
  slug: "postcode",
  title: ({ choice: { POSTCODE } }) => ({ myself: POSTCODE.titleSelf, child: POSTCODE.titleProxy, someone: POSTCODE.titleProxy }),
  schema: ({ words }) => postcodeStepSchemaIn(words),
  fieldIds: { postcode: "postcode" },
  read: (formData) => ({ postcode: formText(formData, "postcode") }),
  defaults: (answers) => ({ postcode: answers.postcode ?? "" }),
  save: async (context, data) => {
    const answers = await context.services.saveAnswers(data);
    // Changed from check your answers: the GP practice question (which decides eligibility otherwise) is not asked again.
    if (context.isChange && !(await context.services.isEligible(answers))) return { ok: true, redirectTo: context.path("not-eligible") };
    return { ok: true, redirectTo: context.destination(answers) };
  },
  checkAnswers: ({ answers }, _services, { choice: { CHECK_ANSWERS } }) => [{ key: CHECK_ANSWERS.rows.postcode, value: answers.postcode ?? "", step: "postcode" }],
});
