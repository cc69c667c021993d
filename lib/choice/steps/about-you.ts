import { ABOUT_YOU, CHECK_ANSWERS } from "../../content/choice";
import { aboutYouStepSchema } from "../../validation/choice";
import { isProxy } from "../journey-answers";
import { defineStep, formText, sameTitle } from "./registry";

/** The proxy's own details: asked only of someone acting for another person. */
export const aboutYouStep = defineStep({
  slug: "about-you",
  title: sameTitle(ABOUT_YOU.title),
  appliesTo: isProxy,
  schema: () => aboutYouStepSchema,
  fieldIds: { proxyName: "proxyName", proxyRelationship: "proxyRelationship" },
  read: (formData) => ({ proxyName: formText(formData, "proxyName"), proxyRelationship: formText(formData, "proxyRelationship") }),
  defaults: (answers) => ({ proxyName: answers.proxyName ?? "", proxyRelationship: answers.proxyRelationship ?? "" }),
  save: async (context, data) => ({ ok: true, redirectTo: context.destination(await context.services.saveAnswers(data)) }),
  checkAnswers: ({ answers }) => [
    { key: CHECK_ANSWERS.rows.proxyName, value: answers.proxyName ?? "", step: "about-you" },
    { key: CHECK_ANSWERS.rows.proxyRelationship, value: answers.proxyRelationship ?? "", step: "about-you" },
  ],
});
