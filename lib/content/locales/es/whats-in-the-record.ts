import type * as English from "../../whats-in-the-record";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";
import { CHOICE_RULES } from "./rules";
import { TERMS } from "./terms";

export const WHATS_IN_THE_RECORD_PAGE: Localised<typeof English.WHATS_IN_THE_RECORD_PAGE> = {
  href: ROUTES.whatsInTheRecord,
  title: "Qué información contiene el registro",
  shortTitle: "Qué contiene el registro",
  description: "La información de salud y de asistencia social que contiene el registro integrado, y la información que se añadirá con el tiempo.",
  lede: "La mayor parte de su información actual de salud y de asistencia social estará en el registro integrado.",
  sections: [
    {
      id: "what-it-shows",
      heading: "Qué incluye",
      blocks: [
        { kind: "paragraph", text: "Por ejemplo:" },
        {
          kind: "list",
          items: [
            "sus medicamentos",
            "sus alergias",
            "resúmenes de la atención que recibió en estancias anteriores en el hospital",
            "sus próximas citas",
            "los resultados de pruebas habituales, como los análisis de sangre",
          ],
        },
      ],
    },
    {
      id: "recent-history",
      heading: "Solo el historial reciente",
      blocks: [
        {
          kind: "paragraph",
          text: "El registro integrado mostrará su historial reciente. Esto se debe a que los servicios de salud y de asistencia social no siempre han guardado esta información en sistemas informáticos.",
        },
      ],
    },
    {
      id: "added-over-time",
      heading: "Información que se añadirá con el tiempo",
      blocks: [
        {
          kind: "paragraph",
          text: "Con el tiempo, también incluirá información de otras organizaciones que prestan servicios del NHS y servicios sociales municipales. Esto incluye los registros de salud mental y los registros que hacen los trabajadores sociales.",
        },
        {
          kind: "paragraph",
          text: ["Con el tiempo se unirán más organizaciones de atención. ", { text: "Vea cuándo empieza y quién participa", href: ROUTES.whenItStarts }, "."],
        },
      ],
    },
    {
      id: "children-and-young-people",
      heading: "Niños y jóvenes",
      blocks: [
        { kind: "paragraph", text: "Se unirán los registros de salud de todos los adultos y de todos los niños, además de la información de los servicios sociales para adultos." },
        { kind: "paragraph", text: "Por ahora no tenemos previsto incluir los registros de los servicios sociales para niños." },
        {
          kind: "paragraph",
          text: [
            "Si tiene responsabilidad parental sobre un niño o una niña menor de 16 años, puede tomar la decisión por él o por ella. ",
            { text: "Infórmese sobre cómo tomar una decisión en nombre de otra persona", href: `${ROUTES.yourChoice}#making-a-choice-for-someone-else` },
            ".",
          ],
        },
        { kind: "paragraph", text: CHOICE_RULES.atSixteen },
        { kind: "definitions", items: [TERMS.parentalResponsibility] },
      ],
    },
    {
      id: "what-is-left-out",
      heading: "Información que se deja fuera",
      blocks: [
        {
          kind: "paragraph",
          text: [
            "No toda su información está en el registro integrado. Alguna información delicada se deja fuera, por ejemplo sobre salud sexual, tratamientos de fertilidad, violencia doméstica y antecedentes penales. ",
            { text: "Vea qué se deja fuera", href: ROUTES.whatsLeftOut },
            ".",
          ],
        },
      ],
    },
  ],
};
