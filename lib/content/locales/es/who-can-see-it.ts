import type * as English from "../../who-can-see-it";
import { PROGRAMME } from "../../programme";
import { ROUTES } from "../../routes";
import type { ContentBlock } from "../../types";
import type { Localised } from "../../../i18n/localised";
import { programmeText, wordsOf } from "../../../i18n/programme-text";
import { PROGRAMME_TEXT } from "./programme-text";

/** What each role sees, in Spanish where the programme's list is still the one ./programme-text translates (otherwise the operator's English, marked `lang: "en-GB"`). */
export const ROLE_SUMMARIES: Localised<typeof English.ROLE_SUMMARIES> = programmeText(PROGRAMME_TEXT).roles;

export const ROLES_STATUS: Localised<typeof English.ROLES_STATUS> = PROGRAMME.roles.confirmed
  ? undefined
  : {
      heading: "Ejemplo: aún sin confirmar",
      text: "Esta lista es un ejemplo. El programa todavía no ha confirmado lo que puede ver cada profesional.",
    };

const roleBlocks: Localised<ContentBlock>[] = [
  ...(ROLES_STATUS ? [{ kind: "warning", heading: ROLES_STATUS.heading, paragraphs: [ROLES_STATUS.text] } as const] : []),
  { kind: "list", items: ROLE_SUMMARIES.map((role) => wordsOf(`${role.role}: ${role.sees} ${role.why}`, role)) },
];

export const WHO_CAN_SEE_IT_PAGE: Localised<typeof English.WHO_CAN_SEE_IT_PAGE> = {
  href: ROUTES.whoCanSeeIt,
  title: "Quién puede ver su registro",
  shortTitle: "Quién puede verlo",
  description: "Quién puede ver su registro integrado, y por qué cada persona solo ve lo que necesita para su trabajo.",
  lede: "Solo tendrán acceso a su información las personas que necesitan verla para apoyar su atención de salud y de asistencia social.",
  sections: [
    {
      id: "who-can-see-it",
      heading: "Quién puede verlo",
      blocks: [
        { kind: "paragraph", text: "Entre ellas están:" },
        {
          kind: "list",
          items: [
            "los médicos de cabecera",
            "los trabajadores sociales",
            "los médicos y el personal clínico de los hospitales",
            "los profesionales de salud comunitaria",
            "el personal de salud mental",
            "otros miembros autorizados del equipo de atención",
          ],
        },
        {
          kind: "paragraph",
          text: "Cada persona solo puede ver la información relacionada con su trabajo. Por eso, un trabajador de asistencia social puede ver partes de su registro distintas de las que ve un terapeuta ocupacional.",
        },
      ],
    },
    {
      id: "the-rules",
      heading: "Las normas que deben cumplir",
      blocks: [
        {
          kind: "list",
          items: [
            "Solo pueden ver la información que necesitan para hacer su trabajo de prestar y gestionar su atención.",
            "Deben mantener sus registros seguros.",
            "Tienen un deber de confidencialidad: deben mantener su información en privado.",
            "Trabajan bajo códigos de conducta estrictos. No respetar su privacidad o no mantener su información segura es una infracción grave.",
          ],
        },
        { kind: "paragraph", text: [{ text: "Infórmese sobre cómo se protege su información", href: ROUTES.isMyInformationSafe }, "."] },
      ],
    },
    {
      id: "what-each-role-can-see",
      heading: "Qué puede ver cada profesional",
      blocks: roleBlocks,
    },
    {
      id: "seeing-your-own-record",
      heading: "Ver su propio registro",
      blocks: [
        {
          kind: "paragraph",
          text: "El registro integrado es para los profesionales que le atienden. Usted no podrá ver su propia información a través de él.",
        },
        {
          kind: "paragraph",
          text: "Si quiere ver sus registros de salud y de asistencia social, puede pedirlos directamente a las organizaciones que le atienden. Por ejemplo, al consultorio de su médico de cabecera, al hospital o al ayuntamiento (council).",
        },
      ],
    },
  ],
};
