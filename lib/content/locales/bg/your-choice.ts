import type * as English from "../../your-choice";
import { DOWNLOADS, ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";
import { CONTACT_DETAILS } from "./contact-details";
import { CHOICE_RULES } from "./rules";
import { termsBlock } from "./terms";

export const YOUR_CHOICE_PAGE: Localised<typeof English.YOUR_CHOICE_PAGE> = {
  href: ROUTES.yourChoice,
  title: "Вашият избор: отказ от участие и повторно включване",
  shortTitle: "Вашият избор",
  description: "Как да откажете участие в обединеното досие или да се включите отново, какво означава отказът и какво не спира той.",
  lede: CHOICE_RULES.included,
  sections: [
    {
      id: "how-to-make-your-choice",
      heading: "Как да направите своя избор",
      blocks: [
        { kind: "subheading", text: "Онлайн" },
        {
          kind: "list",
          items: [
            [{ text: "Откажете участие в обединеното досие", href: ROUTES.optOut }],
            [{ text: "Включете се отново в обединеното досие", href: ROUTES.optIn }],
          ],
        },
        {
          kind: "paragraph",
          text: "Ще ви трябва имейл адрес. Ако знаете NHS номера на човека, за когото е изборът, пригответе го. Можете да го намерите в писмо от NHS или като попитате в практиката на личния лекар.",
        },
        { kind: "subheading", text: "На хартия" },
        {
          kind: "paragraph",
          text: [
            { text: "Изтеглете хартиения формуляр (PDF)", href: DOWNLOADS.paperFormPdf },
            `, попълнете го и ни го изпратете по пощата.${CONTACT_DETAILS.postage ? ` ${CONTACT_DETAILS.postage}` : ""}`,
          ],
        },
        { kind: "subheading", text: "По телефона" },
        {
          kind: "paragraph",
          text: [`Обадете ни се на ${CONTACT_DETAILS.phone}. `, CONTACT_DETAILS.marked.phoneHours, `. ${CONTACT_DETAILS.textRelay}`],
        },
      ],
    },
    {
      id: "if-you-opt-out",
      heading: "Какво става, ако откажете участие",
      blocks: [
        { kind: "warning", heading: CHOICE_RULES.emergencyWarning.heading, paragraphs: CHOICE_RULES.emergencyWarning.paragraphs },
        { kind: "list", items: [CHOICE_RULES.optOutDoes, CHOICE_RULES.optOutDoesNot] },
        { kind: "paragraph", text: CHOICE_RULES.thinkCarefully },
      ],
    },
    {
      id: "when-your-choice-takes-effect",
      heading: "Кога изборът ви влиза в сила",
      blocks: [{ kind: "list", items: CHOICE_RULES.whenItTakesEffect }],
    },
    {
      id: "if-you-opted-out-before",
      heading: "Ако вече сте отказали участие",
      blocks: [{ kind: "inset", text: CHOICE_RULES.earlierOptOut }, termsBlock(["careMyWayAndCidr"])],
    },
    {
      id: "opting-back-in",
      heading: "Повторно включване",
      blocks: [{ kind: "paragraph", text: CHOICE_RULES.optBackIn }],
    },
    {
      id: "making-a-choice-for-someone-else",
      heading: "Избор от името на друг човек",
      blocks: [
        { kind: "paragraph", text: CHOICE_RULES.whoCanActIntro },
        { kind: "list", items: CHOICE_RULES.whoCanAct },
        { kind: "paragraph", text: CHOICE_RULES.evidence },
        { kind: "subheading", text: "Когато детето навърши 16 години" },
        { kind: "paragraph", text: CHOICE_RULES.atSixteen },
        { kind: "subheading", text: "Какво означават тези думи" },
        termsBlock(["parentalResponsibility", "lastingPowerOfAttorney", "deputy"]),
      ],
    },
    {
      id: "other-choices",
      heading: "Националният отказ от използване на данни е отделен избор",
      blocks: [termsBlock(["nationalDataOptOut"])],
    },
  ],
};
