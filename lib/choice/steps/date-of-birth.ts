import { dateOfBirthStepSchemaIn } from "../../validation/choice";
import { isAnsweredByNhsLogin, isUnderChildAgeLimit } from "../journey-answers";
import { defineStep, formText } from "./registry";

export const dateOfBirthStep = defineStep({
  slug: "date-of-birth",
  appliesTo: (answers) => !isAnsweredByNhsLogin(answers),
  title: ({ choice: { DATE_OF_BIRTH } }) => ({ myself: DATE_OF_BIRTH.titleSelf, child: DATE_OF_BIRTH.titleProxy, someone: DATE_OF_BIRTH.titleProxy }),
  // A parent or guardian acts only for a child under the limit: asked again if "who for" changes later.
  isComplete: ({ answers }, isAnswered) =>
    isAnswered && !(answers.madeBy === "PARENT_OR_GUARDIAN" && answers.dateOfBirth && !isUnderChildAgeLimit(answers.dateOfBirth, new Date())),
  schema: ({ whoFor, today, words }) => dateOfBirthStepSchemaIn(words, { isChild: whoFor === "child", today }),
  fieldIds: { dateOfBirth: "dateOfBirth-day" },
  read: (formData) => ({ dobDay: formText(formData, "dobDay"), dobMonth: formText(formData, "dobMonth"), dobYear: formText(formData, "dobYear") }),
  defaults: (answers) => {
    const [year, month, day] = (answers.dateOfBirth ?? "").split("-");
    return { dobDay: day ? String(Number(day)) : "", dobMonth: month ? String(Number(month)) : "", dobYear: year ?? "" };
  },
  save: async (context, data) => ({ ok: true, redirectTo: context.destination(await context.services.saveAnswers(data)) }),
  checkAnswers: ({ answers }, _services, content) => [
    {
      key: content.choice.CHECK_ANSWERS.rows.dateOfBirth,
      // In the locale's own date words (lib/content/locales/<locale>/dates.ts).
      value: answers.dateOfBirth ? content.dates.formatCalendarDate(new Date(`${answers.dateOfBirth}T00:00:00Z`)) : "",
      step: "date-of-birth",
    },
  ],
});
