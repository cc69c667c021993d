import type * as English from "../../your-choice";
import { DOWNLOADS, ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";
import { asSentence, CONTACT_DETAILS } from "./contact-details";
import { CHOICE_RULES } from "./rules";
import { termsBlock } from "./terms";

// Easy Read: how to make the choice first, then what it means. The rules are
// the Easy Read CHOICE_RULES, shared with the leaflet, the form, emails and film.

export const YOUR_CHOICE_PAGE: Localised<typeof English.YOUR_CHOICE_PAGE> = {
  href: ROUTES.yourChoice,
  title: "Your choice: opting out and opting back in",
  shortTitle: "Your choice",
  description: "Easy Read. How to opt out of the joined-up record or opt back in. What opting out means. What it does not stop.",
  lede: CHOICE_RULES.included,
  sections: [
    {
      id: "how-to-make-your-choice",
      heading: "How to make your choice",
      blocks: [
        { kind: "subheading", text: "Online" },
        {
          kind: "list",
          items: [
            [{ text: "Opt out of the joined-up record", href: ROUTES.optOut }],
            [{ text: "Opt back in to the joined-up record", href: ROUTES.optIn }],
          ],
          picture: "online-form",
        },
        {
          kind: "paragraph",
          text: "You will need an email address. Do you know the NHS number of the person the choice is for? Have it ready. It is on letters from the NHS. Or you can ask the GP practice.",
          picture: "email",
        },
        { kind: "subheading", text: "On paper" },
        {
          kind: "paragraph",
          text: [
            { text: "Download the paper form. It is a PDF file", href: DOWNLOADS.paperFormPdf },
            `. Fill it in and post it to us.${CONTACT_DETAILS.postage ? ` ${CONTACT_DETAILS.postage}` : ""}`,
          ],
          picture: "paper-form",
        },
        { kind: "subheading", text: "By phone" },
        {
          kind: "paragraph",
          text: `Phone us on ${CONTACT_DETAILS.phone}. We answer ${asSentence(CONTACT_DETAILS.phoneHours)} ${CONTACT_DETAILS.textRelay}`,
          picture: "phone",
        },
      ],
    },
    {
      id: "if-you-opt-out",
      heading: "What happens if you opt out",
      blocks: [
        { kind: "warning", heading: CHOICE_RULES.emergencyWarning.heading, paragraphs: CHOICE_RULES.emergencyWarning.paragraphs, picture: "emergency" },
        { kind: "list", items: [CHOICE_RULES.optOutDoes, CHOICE_RULES.optOutDoesNot], picture: "opt-out" },
        { kind: "paragraph", text: CHOICE_RULES.thinkCarefully, picture: "information" },
      ],
    },
    {
      id: "when-your-choice-takes-effect",
      heading: "When your choice starts",
      blocks: [{ kind: "list", items: CHOICE_RULES.whenItTakesEffect, picture: "calendar" }],
    },
    {
      id: "if-you-opted-out-before",
      heading: "If you opted out before",
      blocks: [{ kind: "inset", text: CHOICE_RULES.earlierOptOut }, termsBlock(["careMyWayAndCidr"])],
    },
    {
      id: "opting-back-in",
      heading: "Opting back in",
      blocks: [{ kind: "paragraph", text: CHOICE_RULES.optBackIn, picture: "opt-in" }],
    },
    {
      id: "making-a-choice-for-someone-else",
      heading: "Making a choice for someone else",
      blocks: [
        { kind: "paragraph", text: CHOICE_RULES.whoCanActIntro, picture: "acting-for-someone" },
        { kind: "list", items: CHOICE_RULES.whoCanAct, picture: "acting-for-someone" },
        { kind: "paragraph", text: CHOICE_RULES.evidence, picture: "evidence" },
        { kind: "subheading", text: "When a child turns 16" },
        { kind: "paragraph", text: CHOICE_RULES.atSixteen, picture: "turning-16" },
        { kind: "subheading", text: "What these words mean" },
        termsBlock(["parentalResponsibility", "lastingPowerOfAttorney", "deputy"]),
      ],
    },
    {
      id: "other-choices",
      heading: "The national data opt-out is a different choice",
      blocks: [termsBlock(["nationalDataOptOut"])],
    },
  ],
};
