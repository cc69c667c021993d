import type * as English from "../../rules";
import { PROGRAMME } from "../../programme";
import type { Localised } from "../../../i18n/localised";
import { withinWorkingDays } from "./contact-details";

// The rules of the choice in Easy Read: the same facts as the English
// (lib/content/rules.ts), one idea to a sentence. Pages, the leaflet, the
// paper form, the emails and the film all use these words.

const posted = withinWorkingDays(PROGRAMME.responseTimes.postedChoiceWorkingDays);
const evidence = withinWorkingDays(PROGRAMME.responseTimes.evidenceCheckWorkingDays);
const review = withinWorkingDays(PROGRAMME.responseTimes.optInReviewWorkingDays);

export const CHOICE_RULES: Localised<typeof English.CHOICE_RULES> = {
  included:
    "Are you happy for your information to be in the joined-up record? Then you do not need to do anything. Do you not want to be in it? Then you need to opt out.",

  optOutDoes: "Opt out means you say no. Then your information will not be shared through the joined-up record on computer.",

  optOutDoesNot: "Care services will still share your information in the ways they do now. They will share it by phone, by email and on paper.",

  emergencyWarning: {
    heading: "Important: think carefully before you opt out",
    paragraphs: [
      "If you opt out, your history is not shown in the joined-up record. The people caring for you will not see it there. They will not have your newest information when they check you. This is true even in an emergency.",
      "Decisions about your care may take longer. This is true even in an emergency.",
    ],
  },

  whenItTakesEffect: [
    "Online: your opt-out starts as soon as you send it.",
    `By post: your choice starts when our team puts it on our list of choices.${posted ? ` We do this ${posted} of getting your form.` : " We do this after we get your form."} Until then, nothing changes.`,
    "By phone: your opt-out starts when our team puts it on our list. We do this while you are on the phone.",
    `Did you opt out before and now want to opt back in? Your opt-in starts straight away only if we are sure it is from you. For example, when you use the same email address you used for every opt-out. If not, our team checks it first${review ? `. We do this ${review}` : ""}. You stay opted out until then. We always check an opt-in by phone or on paper first.`,
    `Are you making the choice for someone else? Then the choice starts straight away. Our team checks your proof${evidence ? ` ${evidence}` : ""}. If we cannot accept your proof, we cancel the choice. We tell you why.`,
  ],

  optBackIn:
    "You can opt back in at any time. You can do it online, on the paper form or by phone. Then your information will be shared through the joined-up record again.",

  whoCanActIntro: "You can make the choice for someone else if you are:",
  whoCanAct: [
    "a parent, or someone else with parental responsibility, for a child under 16",
    "someone's attorney. This means you have a lasting power of attorney for their health and welfare",
    "someone's deputy. This means the Court of Protection chose you to decide for them",
  ],
  evidence:
    "You need to send us proof. Send a copy, not the original. For a child, send a birth certificate or a court order. For an adult, send the lasting power of attorney for health and welfare. Or send the court order that names you as deputy.",

  atSixteen:
    "At 16, young people make their own choice. A parent cannot make it for them any more. A choice made for them before they were 16 stays the same. It stays until they change it themselves.",

  earlierOptOut:
    "Did you opt out of CareMyWay in Islington or CIDR in Camden? Then you are already opted out of the joined-up record. You do not need to opt out again.",

  thinkCarefully:
    "Before you opt out, please read this information carefully. Make sure you understand what it means for you. Sharing your information helps services give you the best treatment and care.",
};

/** The rules as one list, for the leaflet and the paper form. */
export const choiceRulesSummary: Localised<typeof English.choiceRulesSummary> = () => [
  CHOICE_RULES.optOutDoes,
  CHOICE_RULES.optOutDoesNot,
  ...CHOICE_RULES.whenItTakesEffect,
  CHOICE_RULES.optBackIn,
  CHOICE_RULES.atSixteen,
];
