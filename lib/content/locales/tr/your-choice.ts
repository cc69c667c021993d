import type * as English from "../../your-choice";
import { DOWNLOADS, ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";
import { CONTACT_DETAILS } from "./contact-details";
import { CHOICE_RULES } from "./rules";
import { termsBlock } from "./terms";

// The answer first: how to make the choice, then what it means (the English:
// lib/content/your-choice.ts). The rules are the words of ./rules.

export const YOUR_CHOICE_PAGE: Localised<typeof English.YOUR_CHOICE_PAGE> = {
  href: ROUTES.yourChoice,
  title: "Sizin tercihiniz: kayıttan çıkmak ve kayda yeniden katılmak",
  shortTitle: "Sizin tercihiniz",
  description: "Birleşik kayıttan nasıl çıkılacağı ya da kayda nasıl yeniden katılınacağı, kayıttan çıkmanın ne anlama geldiği ve neyi durdurmadığı.",
  lede: CHOICE_RULES.included,
  sections: [
    {
      id: "how-to-make-your-choice",
      heading: "Tercihinizi nasıl yaparsınız?",
      blocks: [
        { kind: "subheading", text: "İnternet üzerinden" },
        {
          kind: "list",
          items: [
            [{ text: "Birleşik kayıttan çıkın", href: ROUTES.optOut }],
            [{ text: "Birleşik kayda yeniden katılın", href: ROUTES.optIn }],
          ],
        },
        {
          kind: "paragraph",
          text: "Bir e-posta adresine ihtiyacınız olacak. Tercihin yapılacağı kişinin NHS numarasını biliyorsanız, yanınızda bulundurun. Bu numarayı NHS'ten gelen bir mektupta bulabilir ya da aile hekimi muayenehanesine sorarak öğrenebilirsiniz.",
        },
        { kind: "subheading", text: "Kâğıt formla" },
        {
          kind: "paragraph",
          text: [
            { text: "Kâğıt formu indirin (PDF)", href: DOWNLOADS.paperFormPdf },
            `, doldurun ve bize postayla gönderin.${CONTACT_DETAILS.postage ? ` ${CONTACT_DETAILS.postage}` : ""}`,
          ],
        },
        { kind: "subheading", text: "Telefonla" },
        {
          kind: "paragraph",
          text: [`Bizi ${CONTACT_DETAILS.phone} numaralı telefondan arayın (`, CONTACT_DETAILS.marked.phoneHours, `). ${CONTACT_DETAILS.textRelay}`],
        },
      ],
    },
    {
      id: "if-you-opt-out",
      heading: "Kayıttan çıkarsanız ne olur?",
      blocks: [
        { kind: "warning", heading: CHOICE_RULES.emergencyWarning.heading, paragraphs: CHOICE_RULES.emergencyWarning.paragraphs },
        { kind: "list", items: [CHOICE_RULES.optOutDoes, CHOICE_RULES.optOutDoesNot] },
        { kind: "paragraph", text: CHOICE_RULES.thinkCarefully },
      ],
    },
    {
      id: "when-your-choice-takes-effect",
      heading: "Tercihiniz ne zaman geçerli olur?",
      blocks: [{ kind: "list", items: CHOICE_RULES.whenItTakesEffect }],
    },
    {
      id: "if-you-opted-out-before",
      heading: "Daha önce çıktıysanız",
      blocks: [{ kind: "inset", text: CHOICE_RULES.earlierOptOut }, termsBlock(["careMyWayAndCidr"])],
    },
    {
      id: "opting-back-in",
      heading: "Kayda yeniden katılmak",
      blocks: [{ kind: "paragraph", text: CHOICE_RULES.optBackIn }],
    },
    {
      id: "making-a-choice-for-someone-else",
      heading: "Başka biri adına tercih yapmak",
      blocks: [
        { kind: "paragraph", text: CHOICE_RULES.whoCanActIntro },
        { kind: "list", items: CHOICE_RULES.whoCanAct },
        { kind: "paragraph", text: CHOICE_RULES.evidence },
        { kind: "subheading", text: "Çocuk 16 yaşına girdiğinde" },
        { kind: "paragraph", text: CHOICE_RULES.atSixteen },
        { kind: "subheading", text: "Bu sözcüklerin anlamı" },
        termsBlock(["parentalResponsibility", "lastingPowerOfAttorney", "deputy"]),
      ],
    },
    {
      id: "other-choices",
      heading: "Ulusal veri paylaşımından çıkma ayrı bir tercihtir",
      blocks: [termsBlock(["nationalDataOptOut"])],
    },
  ],
};
