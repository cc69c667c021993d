import { CONTACT_DETAILS } from "./contact-details";
import { PROGRAMME } from "./programme";
import type { ExcludedInformation } from "./programme-schema";
import type { MaybeTranslated } from "../i18n/programme-text";
import { DOWNLOADS, ROUTES } from "./routes";
import type { ContentBlock, InformationPage } from "./types";

export type { ExcludedInformation };

/** The four examples the residents' page itself gives (../shared/source/residents-page.txt). */
export const PUBLISHED_EXAMPLES = "sexual health, fertility treatment records, domestic violence and criminal records";

/**
 * The full list of sensitive information left out of the record: a programme
 * fact (lib/content/programme.ts). The page, the PDF and the CSV are all
 * rendered from this one list.
 */
export const EXCLUDED_INFORMATION: readonly MaybeTranslated<ExcludedInformation>[] = PROGRAMME.excludedInformation.items;

export const EXCLUDED_INFORMATION_CONFIRMED = PROGRAMME.excludedInformation.confirmed;

/** Said with the full list while the programme has not confirmed it. */
export const EXCLUDED_INFORMATION_STATUS = EXCLUDED_INFORMATION_CONFIRMED
  ? undefined
  : {
      heading: "Example list: not yet confirmed",
      text: `This full list is an example. The programme has not confirmed it yet. The examples the programme has published are ${PUBLISHED_EXAMPLES}.`,
      /** The CSV's status column. */
      csv: "example, not yet confirmed",
    };

export const EXCLUDED_INFORMATION_TABLE = {
  caption: "Information left out of the joined-up record",
  head: ["Type of information", "What this includes"],
} as const;

/** Words for the downloadable list (PDF and CSV). */
export const EXCLUDED_INFORMATION_DOWNLOAD = {
  title: "Information left out of the joined-up record",
  intro: "This sensitive information is left out of the North London joined-up health and care record. It stays in the records of the service that holds it.",
  csvHeader: ["code", "type_of_information", "what_this_includes", "status"],
  csvStatusConfirmed: "confirmed",
  pdfFileName: "information-left-out.pdf",
  csvFileName: "information-left-out.csv",
} as const;

const statusBlocks: ContentBlock[] = EXCLUDED_INFORMATION_STATUS
  ? [{ kind: "warning", heading: EXCLUDED_INFORMATION_STATUS.heading, paragraphs: [EXCLUDED_INFORMATION_STATUS.text] }]
  : [];

export const WHATS_LEFT_OUT_PAGE: InformationPage = {
  href: ROUTES.whatsLeftOut,
  title: "What is left out of the record",
  shortTitle: "What is left out",
  description: "The sensitive information that is left out of the joined-up health and care record, with the full list to download.",
  lede: "Not every part of your information is in the joined-up record. Some sensitive information is left out.",
  sections: [
    {
      id: "examples",
      heading: "Examples of what is left out",
      blocks: [
        { kind: "paragraph", text: "Examples of the sensitive information that is left out are:" },
        { kind: "list", items: ["sexual health", "fertility treatment records", "domestic violence", "criminal records"] },
      ],
    },
    {
      id: "sensitive-information",
      heading: "The full list",
      blocks: [
        ...statusBlocks,
        {
          kind: "paragraph",
          text: "The information in this list is left out of the joined-up record. It stays in the record of the service that holds it.",
        },
        {
          kind: "table",
          caption: EXCLUDED_INFORMATION_TABLE.caption,
          head: EXCLUDED_INFORMATION_TABLE.head,
          rows: EXCLUDED_INFORMATION.map((item) => [item.category, item.includes]),
        },
      ],
    },
    {
      id: "download-the-list",
      heading: "Download the list",
      blocks: [
        {
          kind: "list",
          items: [
            [{ text: "Information left out of the joined-up record (PDF)", href: DOWNLOADS.excludedInformationPdf }],
            [{ text: "Information left out of the joined-up record (CSV, for spreadsheets)", href: DOWNLOADS.excludedInformationCsv }],
          ],
        },
      ],
    },
    {
      id: "childrens-social-care",
      heading: "Children's social care",
      blocks: [
        {
          kind: "paragraph",
          text: "We do not currently plan to include children's social care records. Children's health records are included.",
        },
      ],
    },
    {
      id: "if-you-are-worried",
      heading: "If you are worried",
      blocks: [
        {
          kind: "paragraph",
          text: [
            "If you are worried about what is in the joined-up record, ",
            { text: "contact us", href: ROUTES.contact },
            `. You can also call us on ${CONTACT_DETAILS.phone}.`,
          ],
        },
        {
          kind: "paragraph",
          text: ["You can also choose to opt out of the joined-up record. ", { text: "Find out about your choice", href: ROUTES.yourChoice }, "."],
        },
      ],
    },
  ],
};
