import { emailStepSchemaIn } from "../../validation/choice";
import { hasNhsLoginEmail } from "../journey-answers";
import { defineStep, formText, sameTitle } from "./registry";

export const emailStep = defineStep({
  slug: "email",
  appliesTo: (answers) => !hasNhsLoginEmail(answers),
  title: (content) => sameTitle(content.choice.EMAIL.title),
  schema: ({ words }) => emailStepSchemaIn(words),
  fieldIds: { email: "email" },
  read: (formData) => ({ email: formText(formData, "email") }),
  defaults: (answers) => ({ email: answers.email ?? "" }),
  submitLabel: (content) => content.choice.EMAIL.sendButton,
  save: async (context, { email }) => {
    const answers = await context.services.saveAnswers({ email });
    // Already proved in this journey: no need for another code.
    if (context.journey.verifiedEmail === email) return { ok: true, redirectTo: context.destination(answers) };
    const sent = await context.services.sendCode(email);
    if (!sent.ok) return { ok: false, errors: {}, formError: sent.message };
    return { ok: true, redirectTo: context.path("confirm-email", { isChange: context.isChange }) };
  },
  checkAnswers: ({ verifiedEmail }, _services, content) => [{ key: content.choice.CHECK_ANSWERS.rows.email, value: verifiedEmail ?? "", step: "email" }],
});
