import type * as English from "../../your-choice";
import type { Localised } from "../../../i18n/localised";
import { DOWNLOADS, ROUTES } from "../../routes";
import { CONTACT_DETAILS } from "./contact-details";
import { CHOICE_RULES } from "./rules";
import { termsBlock } from "./terms";

// The answer first: how to make the choice, then what it means. The rules are
// stated once in ./rules and shared with the leaflet, the paper form, the
// emails and the film.

export const YOUR_CHOICE_PAGE: Localised<typeof English.YOUR_CHOICE_PAGE> = {
  href: ROUTES.yourChoice,
  title: "আপনার সিদ্ধান্ত: অপ্ট-আউট করা ও আবার অপ্ট-ইন করা",
  shortTitle: "আপনার সিদ্ধান্ত",
  description: "কীভাবে সংযুক্ত রেকর্ড থেকে অপ্ট-আউট করবেন বা আবার অপ্ট-ইন করবেন, অপ্ট-আউট করার অর্থ কী, এবং এতে কী বন্ধ হয় না।",
  lede: CHOICE_RULES.included,
  sections: [
    {
      id: "how-to-make-your-choice",
      heading: "কীভাবে আপনার সিদ্ধান্ত জানাবেন",
      blocks: [
        { kind: "subheading", text: "অনলাইনে" },
        {
          kind: "list",
          items: [
            [{ text: "সংযুক্ত রেকর্ড থেকে অপ্ট-আউট করুন", href: ROUTES.optOut }],
            [{ text: "সংযুক্ত রেকর্ডে আবার অপ্ট-ইন করুন", href: ROUTES.optIn }],
          ],
        },
        {
          kind: "paragraph",
          text: "আপনার একটি ইমেইল ঠিকানা লাগবে। যাঁর জন্য সিদ্ধান্ত নিচ্ছেন, তাঁর NHS নম্বর জানা থাকলে সেটি হাতের কাছে রাখুন। NHS-এর পাঠানো কোনো চিঠিতে এটি পাবেন, অথবা জিপি প্র্যাকটিসে জিজ্ঞাসা করে জেনে নিতে পারেন।",
        },
        { kind: "subheading", text: "কাগজে" },
        {
          kind: "paragraph",
          text: [
            { text: "কাগজের ফর্মটি ডাউনলোড করুন (PDF)", href: DOWNLOADS.paperFormPdf },
            `, পূরণ করে আমাদের কাছে ডাকে পাঠান।${CONTACT_DETAILS.postage ? ` ${CONTACT_DETAILS.postage}` : ""}`,
          ],
        },
        { kind: "subheading", text: "ফোনে" },
        {
          kind: "paragraph",
          text: [`আমাদের ${CONTACT_DETAILS.phone} নম্বরে ফোন করুন, `, CONTACT_DETAILS.marked.phoneHours, `। ${CONTACT_DETAILS.textRelay}`],
        },
      ],
    },
    {
      id: "if-you-opt-out",
      heading: "আপনি অপ্ট-আউট করলে কী হয়",
      blocks: [
        { kind: "warning", heading: CHOICE_RULES.emergencyWarning.heading, paragraphs: CHOICE_RULES.emergencyWarning.paragraphs },
        { kind: "list", items: [CHOICE_RULES.optOutDoes, CHOICE_RULES.optOutDoesNot] },
        { kind: "paragraph", text: CHOICE_RULES.thinkCarefully },
      ],
    },
    {
      id: "when-your-choice-takes-effect",
      heading: "আপনার সিদ্ধান্ত কখন কার্যকর হয়",
      blocks: [{ kind: "list", items: CHOICE_RULES.whenItTakesEffect }],
    },
    {
      id: "if-you-opted-out-before",
      heading: "আপনি যদি আগে অপ্ট-আউট করে থাকেন",
      blocks: [{ kind: "inset", text: CHOICE_RULES.earlierOptOut }, termsBlock(["careMyWayAndCidr"])],
    },
    {
      id: "opting-back-in",
      heading: "আবার অপ্ট-ইন করা",
      blocks: [{ kind: "paragraph", text: CHOICE_RULES.optBackIn }],
    },
    {
      id: "making-a-choice-for-someone-else",
      heading: "অন্য কারও হয়ে সিদ্ধান্ত নেওয়া",
      blocks: [
        { kind: "paragraph", text: CHOICE_RULES.whoCanActIntro },
        { kind: "list", items: CHOICE_RULES.whoCanAct },
        { kind: "paragraph", text: CHOICE_RULES.evidence },
        { kind: "subheading", text: "শিশুর বয়স ১৬ হলে" },
        { kind: "paragraph", text: CHOICE_RULES.atSixteen },
        { kind: "subheading", text: "এই শব্দগুলোর অর্থ" },
        termsBlock(["parentalResponsibility", "lastingPowerOfAttorney", "deputy"]),
      ],
    },
    {
      id: "other-choices",
      heading: "জাতীয় ডেটা অপ্ট-আউট একটি আলাদা সিদ্ধান্ত",
      blocks: [termsBlock(["nationalDataOptOut"])],
    },
  ],
};
