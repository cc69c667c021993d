import { CHECK_ANSWERS, NAME } from "../../content/choice";
import { nameStepSchema } from "../../validation/choice";
import { isAnsweredByNhsLogin } from "../journey-answers";
import { defineStep, formText } from "./registry";

export const nameStep = defineStep({
  slug: "name",
  appliesTo: (answers) => !isAnsweredByNhsLogin(answers),
  title: { myself: NAME.titleSelf, child: NAME.titleProxy, someone: NAME.titleProxy },
  schema: () => nameStepSchema,
  fieldIds: { givenName: "givenName", familyName: "familyName" },
  read: (formData) => ({ givenName: formText(formData, "givenName"), familyName: formText(formData, "familyName") }),
  defaults: (answers) => ({ givenName: answers.givenName ?? "", familyName: answers.familyName ?? "" }),
  save: async (context, data) => ({ ok: true, redirectTo: context.destination(await context.services.saveAnswers(data)) }),
  checkAnswers: ({ answers }) => [{ key: CHECK_ANSWERS.rows.name, value: `${answers.givenName ?? ""} ${answers.familyName ?? ""}`, step: "name" }],
});
