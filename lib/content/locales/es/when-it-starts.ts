import type * as English from "../../when-it-starts";
import { PROGRAMME } from "../../programme";
import { ROUTES } from "../../routes";
import { icu } from "../../../i18n/icu";
import type { Localised } from "../../../i18n/localised";

/** The start month in Spanish, such as "abril de 2019" (the programme's YYYY-MM as an ICU date). */
function formatStartMonth(month: string): string {
  const [year, monthNumber] = month.split("-").map(Number);
  return icu("es", "{month, date, monthYear}", { month: new Date(Date.UTC(year ?? 0, (monthNumber ?? 1) - 1, 1, 12)) });
}

export const PROGRAMME_START_DATE: Localised<typeof English.PROGRAMME_START_DATE> = formatStartMonth(PROGRAMME.start.month);

export const START_SENTENCE: Localised<typeof English.START_SENTENCE> =
  PROGRAMME.start.status === "started"
    ? `Los primeros de nuestros socios tuvieron acceso al registro integrado desde ${PROGRAMME_START_DATE}.`
    : `Teníamos previsto que los primeros de nuestros socios tuvieran acceso al registro integrado en ${PROGRAMME_START_DATE}.`;

export const WHEN_IT_STARTS_PAGE: Localised<typeof English.WHEN_IT_STARTS_PAGE> = {
  href: ROUTES.whenItStarts,
  title: "Cuándo empieza y quién participa",
  shortTitle: "Cuándo empieza",
  description: "Cuándo empieza el registro integrado y qué organizaciones participan.",
  lede: "El registro integrado se está introduciendo poco a poco, y con el tiempo se unirán más organizaciones de atención.",
  sections: [
    {
      id: "when-it-starts",
      heading: "Cuándo empieza",
      blocks: [
        { kind: "paragraph", text: START_SENTENCE },
        {
          kind: "paragraph",
          text: "Con el tiempo, también incluirá información de otras organizaciones que prestan servicios del NHS y servicios sociales municipales, como los servicios de salud mental y los trabajadores sociales.",
        },
        {
          kind: "paragraph",
          text: ["Puede tomar su decisión en cualquier momento. ", { text: "Infórmese sobre su decisión", href: ROUTES.yourChoice }, "."],
        },
      ],
    },
    {
      id: "organisations-taking-part",
      heading: "Organizaciones que participan",
      blocks: [
        {
          kind: "paragraph",
          text: "Estas organizaciones participan en el registro integrado. La lista irá creciendo con el tiempo.",
        },
      ],
      printBlocks: [
        {
          kind: "paragraph",
          text: ["La lista de organizaciones que participan irá creciendo con el tiempo. ", { text: "Vea quién participa en nuestro sitio web", href: ROUTES.whenItStarts }, "."],
        },
      ],
    },
  ],
};

/** Labels for the organisation list, which comes from the register's database. */
export const ORGANISATION_LIST: Localised<typeof English.ORGANISATION_LIST> = {
  typeHeadings: {
    GP_PRACTICE: "Consultorios de médicos de cabecera",
    ACUTE_HOSPITAL: "Hospitales",
    COMMUNITY_HEALTH: "Servicios de salud comunitaria",
    MENTAL_HEALTH: "Servicios de salud mental",
    LOCAL_AUTHORITY: "Servicios sociales municipales para adultos",
    HOSPICE: "Centros de cuidados paliativos",
    OTHER: "Otros servicios",
  },
  boroughHeadings: {
    BARNET: "Barnet",
    CAMDEN: "Camden",
    ENFIELD: "Enfield",
    HARINGEY: "Haringey",
    ISLINGTON: "Islington",
  },
  /** Read before the date: "Se unió el 1 de abril de 2026". */
  joinedPrefix: "Se unió el",
  /** Said when a date is in the future: "Se unirá el …". */
  joiningPrefix: "Se unirá el",
  none: "Todavía no se ha unido ninguna organización. Vuelva a consultarlo pronto.",
  unavailable: "Lo sentimos, ahora mismo no podemos mostrar la lista de organizaciones. Inténtelo de nuevo más tarde.",
  demoNotice: {
    heading: "Datos de ejemplo",
    text: "Esto es una demostración. Estas organizaciones y fechas son datos de ejemplo inventados, no la lista real.",
  },
};
