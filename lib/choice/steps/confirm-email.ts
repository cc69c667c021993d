import { codeStepSchemaIn } from "../../validation/choice";
import { hasNhsLoginEmail } from "../journey-answers";
import { defineStep, formText, sameTitle } from "./registry";

/** The security code that proves the email address; reached only from the email question. */
export const confirmEmailStep = defineStep({
  slug: "confirm-email",
  appliesTo: (answers) => !hasNhsLoginEmail(answers),
  title: (content) => sameTitle(content.choice.CONFIRM_EMAIL.title),
  isComplete: ({ answers, verifiedEmail }) => Boolean(answers.email) && verifiedEmail === answers.email,
  isSkippedGoingBack: true,
  schema: ({ words }) => codeStepSchemaIn(words),
  fieldIds: { code: "code" },
  read: (formData) => ({ code: formText(formData, "code") }),
  // The code box always starts empty.
  defaults: () => ({}),
  // The sentence is made here, in the page's language: its words are a function, which cannot go to the browser.
  fieldData: ({ journey, content }) => ({ sentTo: content.choice.CONFIRM_EMAIL.sentTo(journey.otpEmail ?? "") }),
  save: async (context, { code }) => {
    const verified = await context.services.verifyCode(code);
    if (!verified.ok) return { ok: false, errors: { code: verified.message } };
    const { journey } = context;
    return { ok: true, redirectTo: context.firstIncompletePath({ answers: journey.answers, verifiedEmail: verified.verifiedEmail, hasEvidenceFile: journey.hasEvidenceFile }) };
  },
});
