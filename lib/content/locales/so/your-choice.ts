import type * as English from "../../your-choice";
import { DOWNLOADS, ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";
import { CONTACT_DETAILS } from "./contact-details";
import { CHOICE_RULES } from "./rules";
import { termsBlock } from "./terms";

export const YOUR_CHOICE_PAGE: Localised<typeof English.YOUR_CHOICE_PAGE> = {
  href: ROUTES.yourChoice,
  title: "Doorashadaada: ka bixidda iyo dib ugu soo biiridda",
  shortTitle: "Doorashadaada",
  description: "Sida looga baxo diiwaanka isku xiran ama dib loogu soo biiro, waxa ka-bixiddu ka dhigan tahay iyo waxa aysan joojinayn.",
  lede: CHOICE_RULES.included,
  sections: [
    {
      id: "how-to-make-your-choice",
      heading: "Sida aad u samayn karto doorashadaada",
      blocks: [
        { kind: "subheading", text: "Onlayn" },
        {
          kind: "list",
          items: [
            [{ text: "Ka bax diiwaanka isku xiran", href: ROUTES.optOut }],
            [{ text: "Dib ugu soo biir diiwaanka isku xiran", href: ROUTES.optIn }],
          ],
        },
        {
          kind: "paragraph",
          text: "Waxaad u baahan doontaa cinwaan iimayl. Haddii aad taqaanid lambarka NHS ee qofka doorashada loo samaynayo, diyaar u ahaw. Waxaad ka heli kartaa warqad uu NHS soo diray, ama waxaad weydiin kartaa rugta dhakhtarka guud (GP).",
        },
        { kind: "subheading", text: "Warqad" },
        {
          kind: "paragraph",
          text: [
            { text: "Soo deji foomka warqadda ah (PDF)", href: DOWNLOADS.paperFormPdf },
            `, buuxi oo boosto noogu soo dir.${CONTACT_DETAILS.postage ? ` ${CONTACT_DETAILS.postage}` : ""}`,
          ],
        },
        { kind: "subheading", text: "Taleefan" },
        {
          kind: "paragraph",
          text: [`Nagu soo wac ${CONTACT_DETAILS.phone}, `, CONTACT_DETAILS.marked.phoneHours, `. ${CONTACT_DETAILS.textRelay}`],
        },
      ],
    },
    {
      id: "if-you-opt-out",
      heading: "Waxa dhacaya haddii aad ka baxdo",
      blocks: [
        { kind: "warning", heading: CHOICE_RULES.emergencyWarning.heading, paragraphs: CHOICE_RULES.emergencyWarning.paragraphs },
        { kind: "list", items: [CHOICE_RULES.optOutDoes, CHOICE_RULES.optOutDoesNot] },
        { kind: "paragraph", text: CHOICE_RULES.thinkCarefully },
      ],
    },
    {
      id: "when-your-choice-takes-effect",
      heading: "Goorta ay doorashadaadu dhaqan gasho",
      blocks: [{ kind: "list", items: CHOICE_RULES.whenItTakesEffect }],
    },
    {
      id: "if-you-opted-out-before",
      heading: "Haddii aad hore uga baxday",
      blocks: [{ kind: "inset", text: CHOICE_RULES.earlierOptOut }, termsBlock(["careMyWayAndCidr"])],
    },
    {
      id: "opting-back-in",
      heading: "Dib ugu soo biiridda",
      blocks: [{ kind: "paragraph", text: CHOICE_RULES.optBackIn }],
    },
    {
      id: "making-a-choice-for-someone-else",
      heading: "Doorasho u samaynta qof kale",
      blocks: [
        { kind: "paragraph", text: CHOICE_RULES.whoCanActIntro },
        { kind: "list", items: CHOICE_RULES.whoCanAct },
        { kind: "paragraph", text: CHOICE_RULES.evidence },
        { kind: "subheading", text: "Marka ilmuhu gaaro 16 sano" },
        { kind: "paragraph", text: CHOICE_RULES.atSixteen },
        { kind: "subheading", text: "Waxa ereyadan ka dhigan yihiin" },
        termsBlock(["parentalResponsibility", "lastingPowerOfAttorney", "deputy"]),
      ],
    },
    {
      id: "other-choices",
      heading: "Ka-bixidda xogta qaranka waa doorasho kale",
      blocks: [termsBlock(["nationalDataOptOut"])],
    },
  ],
};
