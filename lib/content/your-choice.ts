import { CONTACT_DETAILS } from "./contact-details";
import { DOWNLOADS, ROUTES } from "./routes";
import { CHOICE_RULES } from "./rules";
import { termsBlock } from "./terms";
import type { InformationPage } from "./types";

// The answer first: how to make the choice, then what it means. The rules are
// stated once in rules.ts and shared with the leaflet, the paper form, the
// emails and the film.

export const YOUR_CHOICE_PAGE: InformationPage = {
  href: ROUTES.yourChoice,
  title: "Your choice: opting out and opting back in",
  shortTitle: "Your choice",
  description: "How to opt out of the joined-up record or opt back in, what opting out means and what it does not stop.",
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
        },
        {
          kind: "paragraph",
          text: "You will need an email address. If you know the NHS number of the person the choice is for, have it ready. You can find it on a letter from the NHS or by asking the GP practice.",
        },
        { kind: "subheading", text: "On paper" },
        {
          kind: "paragraph",
          text: [
            { text: "Download the paper form (PDF)", href: DOWNLOADS.paperFormPdf },
            `, fill it in and post it to us.${CONTACT_DETAILS.postage ? ` ${CONTACT_DETAILS.postage}` : ""}`,
          ],
        },
        { kind: "subheading", text: "By phone" },
        {
          kind: "paragraph",
          text: `Call us on ${CONTACT_DETAILS.phone}, ${CONTACT_DETAILS.phoneHours}. ${CONTACT_DETAILS.textRelay}`,
        },
      ],
    },
    {
      id: "if-you-opt-out",
      heading: "What happens if you opt out",
      blocks: [
        { kind: "warning", heading: CHOICE_RULES.emergencyWarning.heading, paragraphs: CHOICE_RULES.emergencyWarning.paragraphs },
        { kind: "list", items: [CHOICE_RULES.optOutDoes, CHOICE_RULES.optOutDoesNot] },
        { kind: "paragraph", text: CHOICE_RULES.thinkCarefully },
      ],
    },
    {
      id: "when-your-choice-takes-effect",
      heading: "When your choice takes effect",
      blocks: [{ kind: "list", items: CHOICE_RULES.whenItTakesEffect }],
    },
    {
      id: "if-you-opted-out-before",
      heading: "If you opted out before",
      blocks: [{ kind: "inset", text: CHOICE_RULES.earlierOptOut }, termsBlock(["careMyWayAndCidr"])],
    },
    {
      id: "opting-back-in",
      heading: "Opting back in",
      blocks: [{ kind: "paragraph", text: CHOICE_RULES.optBackIn }],
    },
    {
      id: "making-a-choice-for-someone-else",
      heading: "Making a choice for someone else",
      blocks: [
        { kind: "paragraph", text: CHOICE_RULES.whoCanActIntro },
        { kind: "list", items: CHOICE_RULES.whoCanAct },
        { kind: "paragraph", text: CHOICE_RULES.evidence },
        { kind: "subheading", text: "When a child turns 16" },
        { kind: "paragraph", text: CHOICE_RULES.atSixteen },
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
