import { nameStepSchemaIn } from "../../validation/choice";
import { isAnsweredByNhsLogin } from "../journey-answers";
import { defineStep, formText } from "./registry";

export const nameStep = defineStep({
  slug: "name",
  appliesTo: (answers) => !isAnsweredByNhsLogin(answers),
  title: ({ choice: { NAME } }) => ({ myself: NAME.titleSelf, child: NAME.titleProxy, someone: NAME.titleProxy }),
  schema: ({ words }) => nameStepSchemaIn(words),
  fieldIds: { givenName: "givenName", familyName: "familyName" },
  read: (formData) => ({ givenName: formText(formData, "givenName"), familyName: formText(formData, "familyName") }),
  defaults: (answers) => ({ givenName: answers.givenName ?? "", familyName: answers.familyName ?? "" }),
  save: async (context, data) => ({ ok: true, redirectTo: context.destination(await context.services.saveAnswers(data)) }),
  checkAnswers: ({ answers }, _services, { choice: { CHECK_ANSWERS } }) => [{ key: CHECK_ANSWERS.rows.name, value: `${answers.givenName ?? ""} ${answers.familyName ?? ""}`, step: "name" }],
});
