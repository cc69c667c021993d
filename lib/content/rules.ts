import { PROGRAMME, withinWorkingDays } from "./programme";

// The rules of the choice, stated once. The pages, the leaflet, the paper
// form, the emails and the film script all use these words, so no channel
// can promise something another does not. The facts come from the residents'
// page (../shared/source/residents-page.txt) and the product rules
// (../shared/PRODUCT.md); timescales only when the programme has set them.

const posted = withinWorkingDays(PROGRAMME.responseTimes.postedChoiceWorkingDays);
const evidence = withinWorkingDays(PROGRAMME.responseTimes.evidenceCheckWorkingDays);
const review = withinWorkingDays(PROGRAMME.responseTimes.optInReviewWorkingDays);

export const CHOICE_RULES = {
  /** Included unless you opt out (the source page: "you don't need to do anything"). */
  included: "If you are happy for your information to be part of the joined-up record, you do not need to do anything. If you do not want to be included, you need to opt out.",

  /** What opting out does. */
  optOutDoes: "If you opt out, your information will not be shared through the electronic joined-up record.",

  /** What opting out does not do: the source page's words. */
  optOutDoesNot: "It will still be shared by care organisations as it is now: by phone, by email and on paper.",

  /** The warning shown wherever a resident makes the choice: online, on paper, in the film and in the confirmation email. */
  emergencyWarning: {
    heading: "Important: think carefully before you opt out",
    paragraphs: [
      "If you opt out, the joined-up record will not show your history to the people caring for you. They will not have your latest information when they assess you, even in an emergency.",
      "Decisions about your care may take longer, even in an emergency.",
    ],
  },

  /** When a choice takes effect, channel by channel. */
  whenItTakesEffect: [
    "Online: an opt-out takes effect as soon as you send it.",
    `By post: your choice takes effect when our team has entered it on the register${posted ? `, ${posted} of your form reaching us` : ", which is after your form reaches us"}. Until then, nothing changes.`,
    "By phone: an opt-out takes effect when our team enters it while you are on the phone.",
    `Opting back in after an opt-out takes effect at once only when we can be sure it comes from the person who opted out. For example, when the same email address made every opt-out. Otherwise our team checks it first${review ? ` (${review})` : ""}, and the person stays opted out until then. An opt-in by phone or on paper is always checked first.`,
    `If you act for someone else, your choice takes effect at once while our team checks your evidence${evidence ? ` (${evidence})` : ""}. If we cannot accept the evidence, we withdraw the choice and tell you why.`,
  ],

  /** How to opt back in. */
  optBackIn: "You can opt back in at any time, online, on the paper form or by phone. Your information will then be shared through the joined-up record again.",

  /** Who can make the choice for someone else. */
  whoCanActIntro: "You can make the choice for someone else if you are:",
  whoCanAct: [
    "the parent or other person with parental responsibility for a child under 16",
    "someone's attorney under a lasting power of attorney for health and welfare",
    "someone's deputy, appointed by the Court of Protection",
  ],
  evidence: "You will need to send a copy (not the original) of your evidence. For a child, this is a birth certificate or a court order. For an adult, it is the lasting power of attorney for health and welfare, or the court order naming you as deputy.",

  /** What happens when a child turns 16. */
  atSixteen: "From the age of 16, young people make their own choice: a parent can no longer make it for them. A choice made for them before they turned 16 stays in place until they change it themselves.",

  /** People who opted out of the earlier schemes: the source page. */
  earlierOptOut: "If you opted out of CareMyWay in Islington or CIDR in Camden, that opt-out has been carried across to the joined-up record. You do not need to opt out again.",

  /** The source page asks residents to read and think before opting out. */
  thinkCarefully: "Before you opt out, please read this information carefully so you understand what it means for you. Sharing your health and social care information makes it easier for services to give you the best treatment and care.",
} as const;

/** The rules as one list, for the leaflet and the paper form. */
export function choiceRulesSummary(): readonly string[] {
  return [CHOICE_RULES.optOutDoes, CHOICE_RULES.optOutDoesNot, ...CHOICE_RULES.whenItTakesEffect, CHOICE_RULES.optBackIn, CHOICE_RULES.atSixteen];
}
