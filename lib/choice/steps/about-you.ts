import { aboutYouStepSchemaIn } from "../../validation/choice";
import { isProxy } from "../journey-answers";
import { defineStep, formText, sameTitle } from "./registry";

/** The proxy's own details: asked only of someone acting for another person. */
export const aboutYouStep = defineStep({
  slug: "about-you",
  title: (content) => sameTitle(content.choice.ABOUT_YOU.title),
  appliesTo: isProxy,
  schema: ({ words }) => aboutYouStepSchemaIn(words),
  fieldIds: { proxyName: "proxyName", proxyRelationship: "proxyRelationship" },
  read: (formData) => ({ proxyName: formText(formData, "proxyName"), proxyRelationship: formText(formData, "proxyRelationship") }),
  defaults: (answers) => ({ proxyName: answers.proxyName ?? "", proxyRelationship: answers.proxyRelationship ?? "" }),
  save: async (context, data) => ({ ok: true, redirectTo: context.destination(await context.services.saveAnswers(data)) }),
  checkAnswers: ({ answers }, _services, content) => [
    { key: content.choice.CHECK_ANSWERS.rows.proxyName, value: answers.proxyName ?? "", step: "about-you" },
    { key: content.choice.CHECK_ANSWERS.rows.proxyRelationship, value: answers.proxyRelationship ?? "", step: "about-you" },
  ],
});
