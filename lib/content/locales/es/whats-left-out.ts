import type * as English from "../../whats-left-out";
import { PROGRAMME } from "../../programme";
import { DOWNLOADS, ROUTES } from "../../routes";
import type { ContentBlock } from "../../types";
import type { Localised } from "../../../i18n/localised";
import { programmeText, wordsOf } from "../../../i18n/programme-text";
import { CONTACT_DETAILS } from "./contact-details";
import { PROGRAMME_TEXT } from "./programme-text";

/** The four examples the residents' page itself gives. */
export const PUBLISHED_EXAMPLES: Localised<typeof English.PUBLISHED_EXAMPLES> =
  "la salud sexual, los registros de tratamientos de fertilidad, la violencia doméstica y los antecedentes penales";

/**
 * The full list, in Spanish where the programme's list is still the one
 * ./programme-text translates; any item the operator has changed keeps the
 * operator's English words, marked `lang: "en-GB"` for whoever renders it.
 */
export const EXCLUDED_INFORMATION: Localised<typeof English.EXCLUDED_INFORMATION> = programmeText(PROGRAMME_TEXT).excludedInformation;

export const EXCLUDED_INFORMATION_STATUS: Localised<typeof English.EXCLUDED_INFORMATION_STATUS> = PROGRAMME.excludedInformation.confirmed
  ? undefined
  : {
      heading: "Lista de ejemplo: aún sin confirmar",
      text: `Esta lista completa es un ejemplo. El programa todavía no la ha confirmado. Los ejemplos que el programa ha publicado son ${PUBLISHED_EXAMPLES}.`,
      csv: "ejemplo, aún sin confirmar",
    };

export const EXCLUDED_INFORMATION_TABLE: Localised<typeof English.EXCLUDED_INFORMATION_TABLE> = {
  caption: "Información que se deja fuera del registro integrado",
  head: ["Tipo de información", "Qué incluye"],
};

/** Words for the downloadable list (PDF and CSV). The file names stay as in English, like the download addresses. */
export const EXCLUDED_INFORMATION_DOWNLOAD: Localised<typeof English.EXCLUDED_INFORMATION_DOWNLOAD> = {
  title: "Información que se deja fuera del registro integrado",
  intro:
    "Esta información delicada se deja fuera del registro integrado de salud y asistencia social del norte de Londres. Se queda en los registros del servicio que la tiene.",
  csvHeader: ["codigo", "tipo_de_informacion", "que_incluye", "estado"],
  csvStatusConfirmed: "confirmada",
  pdfFileName: "information-left-out.pdf",
  csvFileName: "information-left-out.csv",
};

const statusBlocks: Localised<ContentBlock>[] = EXCLUDED_INFORMATION_STATUS
  ? [{ kind: "warning", heading: EXCLUDED_INFORMATION_STATUS.heading, paragraphs: [EXCLUDED_INFORMATION_STATUS.text] }]
  : [];

export const WHATS_LEFT_OUT_PAGE: Localised<typeof English.WHATS_LEFT_OUT_PAGE> = {
  href: ROUTES.whatsLeftOut,
  title: "Qué se deja fuera del registro",
  shortTitle: "Qué se deja fuera",
  description: "La información delicada que se deja fuera del registro integrado de salud y asistencia social, con la lista completa para descargar.",
  lede: "No toda su información está en el registro integrado. Alguna información delicada se deja fuera.",
  sections: [
    {
      id: "examples",
      heading: "Ejemplos de lo que se deja fuera",
      blocks: [
        { kind: "paragraph", text: "Algunos ejemplos de la información delicada que se deja fuera son:" },
        { kind: "list", items: ["la salud sexual", "los registros de tratamientos de fertilidad", "la violencia doméstica", "los antecedentes penales"] },
      ],
    },
    {
      id: "sensitive-information",
      heading: "La lista completa",
      blocks: [
        ...statusBlocks,
        {
          kind: "paragraph",
          text: "La información de esta lista se deja fuera del registro integrado. Se queda en el registro del servicio que la tiene.",
        },
        {
          kind: "table",
          caption: EXCLUDED_INFORMATION_TABLE.caption,
          head: EXCLUDED_INFORMATION_TABLE.head,
          rows: EXCLUDED_INFORMATION.map((item) => [wordsOf(item.category, item), wordsOf(item.includes, item)]),
        },
      ],
    },
    {
      id: "download-the-list",
      heading: "Descargue la lista",
      blocks: [
        {
          kind: "list",
          items: [
            [{ text: "Información que se deja fuera del registro integrado (PDF)", href: DOWNLOADS.excludedInformationPdf }],
            [{ text: "Información que se deja fuera del registro integrado (CSV, para hojas de cálculo)", href: DOWNLOADS.excludedInformationCsv }],
          ],
        },
      ],
    },
    {
      id: "childrens-social-care",
      heading: "Servicios sociales para niños",
      blocks: [
        {
          kind: "paragraph",
          text: "Por ahora no tenemos previsto incluir los registros de los servicios sociales para niños. Los registros de salud de los niños sí se incluyen.",
        },
      ],
    },
    {
      id: "if-you-are-worried",
      heading: "Si le preocupa",
      blocks: [
        {
          kind: "paragraph",
          text: [
            "Si le preocupa lo que hay en el registro integrado, ",
            { text: "póngase en contacto con nosotros", href: ROUTES.contact },
            `. También puede llamarnos al ${CONTACT_DETAILS.phone}.`,
          ],
        },
        {
          kind: "paragraph",
          text: ["También puede decidir excluirse del registro integrado. ", { text: "Infórmese sobre su decisión", href: ROUTES.yourChoice }, "."],
        },
      ],
    },
  ],
};
