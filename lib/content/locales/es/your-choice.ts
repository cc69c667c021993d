import type * as English from "../../your-choice";
import { DOWNLOADS, ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";
import { CONTACT_DETAILS } from "./contact-details";
import { CHOICE_RULES } from "./rules";
import { termsBlock } from "./terms";

export const YOUR_CHOICE_PAGE: Localised<typeof English.YOUR_CHOICE_PAGE> = {
  href: ROUTES.yourChoice,
  title: "Usted decide: excluirse y volver a incluirse",
  shortTitle: "Usted decide",
  description: "Cómo excluirse del registro integrado o volver a incluirse, qué significa excluirse y qué no impide.",
  lede: CHOICE_RULES.included,
  sections: [
    {
      id: "how-to-make-your-choice",
      heading: "Cómo tomar su decisión",
      blocks: [
        { kind: "subheading", text: "Por internet" },
        {
          kind: "list",
          items: [
            [{ text: "Excluirse del registro integrado", href: ROUTES.optOut }],
            [{ text: "Volver a incluirse en el registro integrado", href: ROUTES.optIn }],
          ],
        },
        {
          kind: "paragraph",
          text: "Necesitará una dirección de correo electrónico. Si sabe el número del NHS de la persona para quien es la decisión, téngalo a mano. Puede encontrarlo en una carta del NHS o preguntando en el consultorio del médico de cabecera.",
        },
        { kind: "subheading", text: "En papel" },
        {
          kind: "paragraph",
          text: [
            { text: "Descargue el formulario en papel (PDF)", href: DOWNLOADS.paperFormPdf },
            `, complételo y envíenoslo por correo postal.${CONTACT_DETAILS.postage ? ` ${CONTACT_DETAILS.postage}` : ""}`,
          ],
        },
        { kind: "subheading", text: "Por teléfono" },
        {
          kind: "paragraph",
          text: [`Llámenos al ${CONTACT_DETAILS.phone}, `, CONTACT_DETAILS.marked.phoneHours, `. ${CONTACT_DETAILS.textRelay}`],
        },
      ],
    },
    {
      id: "if-you-opt-out",
      heading: "Qué pasa si se excluye",
      blocks: [
        { kind: "warning", heading: CHOICE_RULES.emergencyWarning.heading, paragraphs: CHOICE_RULES.emergencyWarning.paragraphs },
        { kind: "list", items: [CHOICE_RULES.optOutDoes, CHOICE_RULES.optOutDoesNot] },
        { kind: "paragraph", text: CHOICE_RULES.thinkCarefully },
      ],
    },
    {
      id: "when-your-choice-takes-effect",
      heading: "Cuándo tiene efecto su decisión",
      blocks: [{ kind: "list", items: CHOICE_RULES.whenItTakesEffect }],
    },
    {
      id: "if-you-opted-out-before",
      heading: "Si ya se había excluido antes",
      blocks: [{ kind: "inset", text: CHOICE_RULES.earlierOptOut }, termsBlock(["careMyWayAndCidr"])],
    },
    {
      id: "opting-back-in",
      heading: "Volver a incluirse",
      blocks: [{ kind: "paragraph", text: CHOICE_RULES.optBackIn }],
    },
    {
      id: "making-a-choice-for-someone-else",
      heading: "Tomar una decisión en nombre de otra persona",
      blocks: [
        { kind: "paragraph", text: CHOICE_RULES.whoCanActIntro },
        { kind: "list", items: CHOICE_RULES.whoCanAct },
        { kind: "paragraph", text: CHOICE_RULES.evidence },
        { kind: "subheading", text: "Cuando un niño o una niña cumple 16 años" },
        { kind: "paragraph", text: CHOICE_RULES.atSixteen },
        { kind: "subheading", text: "Qué significan estas palabras" },
        termsBlock(["parentalResponsibility", "lastingPowerOfAttorney", "deputy"]),
      ],
    },
    {
      id: "other-choices",
      heading: "La exclusión nacional de datos es una decisión distinta",
      blocks: [termsBlock(["nationalDataOptOut"])],
    },
  ],
};
