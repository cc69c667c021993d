import type * as English from "../../whats-left-out";
import { EXCLUDED_INFORMATION_CONFIRMED } from "../../whats-left-out";
import { DOWNLOADS, ROUTES } from "../../routes";
import type { ContentBlock } from "../../types";
import type { Localised } from "../../../i18n/localised";
import { programmeText, wordsOf } from "../../../i18n/programme-text";
import { CONTACT_DETAILS } from "./contact-details";
import { PROGRAMME_TEXT } from "./programme-text";

/** The 4 examples the residents' page itself gives. */
export const PUBLISHED_EXAMPLES: Localised<typeof English.PUBLISHED_EXAMPLES> =
  "sexual health, fertility treatment records, domestic violence and criminal records";

/**
 * The full list in Easy Read, from the programme's facts. Where the operator
 * has changed an item, its English words are shown, unmarked: the page is English.
 */
export const EXCLUDED_INFORMATION: Localised<typeof English.EXCLUDED_INFORMATION> = programmeText(PROGRAMME_TEXT, { isEnglishPage: true }).excludedInformation;

export const EXCLUDED_INFORMATION_STATUS: Localised<typeof English.EXCLUDED_INFORMATION_STATUS> = EXCLUDED_INFORMATION_CONFIRMED
  ? undefined
  : {
      heading: "Example list: not checked yet",
      text: `This full list is only an example. The joined-up record team has not said it is right yet. The team has shared 4 examples. They are ${PUBLISHED_EXAMPLES}.`,
      csv: "example, not checked yet",
    };

export const EXCLUDED_INFORMATION_TABLE: Localised<typeof English.EXCLUDED_INFORMATION_TABLE> = {
  caption: "Information left out of the joined-up record",
  head: ["Type of information", "What this means"],
};

export const EXCLUDED_INFORMATION_DOWNLOAD: Localised<typeof English.EXCLUDED_INFORMATION_DOWNLOAD> = {
  title: "Information left out of the joined-up record",
  intro:
    "This private information is left out of the North London joined-up record. It stays in the records of the service that has it.",
  // Column names other systems read: the same as the English file's.
  csvHeader: ["code", "type_of_information", "what_this_includes", "status"],
  csvStatusConfirmed: "checked",
  pdfFileName: "information-left-out.pdf",
  csvFileName: "information-left-out.csv",
};

const statusBlocks: ContentBlock[] = EXCLUDED_INFORMATION_STATUS
  ? [{ kind: "warning", heading: EXCLUDED_INFORMATION_STATUS.heading, paragraphs: [EXCLUDED_INFORMATION_STATUS.text] }]
  : [];

export const WHATS_LEFT_OUT_PAGE: Localised<typeof English.WHATS_LEFT_OUT_PAGE> = {
  href: ROUTES.whatsLeftOut,
  title: "What is left out of the record",
  shortTitle: "What is left out",
  description: "Easy Read. The private information that is left out of the joined-up health and care record. The full list to download.",
  lede: "Not all your information is in the joined-up record. Some private information is left out.",
  sections: [
    {
      id: "examples",
      heading: "Examples of what is left out",
      blocks: [
        { kind: "paragraph", text: "Here are some examples of private information that is left out:", picture: "left-out" },
        {
          kind: "list",
          items: [
            "sexual health",
            "records of fertility treatment. This is treatment to help you have a baby",
            "domestic violence. This means violence or abuse at home",
            "criminal records",
          ],
          picture: "left-out",
        },
      ],
    },
    {
      id: "sensitive-information",
      heading: "The full list",
      blocks: [
        ...statusBlocks,
        {
          kind: "paragraph",
          text: "The information in this list is left out of the joined-up record. It stays in the record of the service that has it.",
          picture: "left-out",
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
      heading: "Download the list",
      blocks: [
        {
          kind: "list",
          items: [
            [{ text: "Information left out of the joined-up record. It is a PDF file.", href: DOWNLOADS.excludedInformationPdf }],
            [{ text: "Information left out of the joined-up record. It is a CSV file, for spreadsheets.", href: DOWNLOADS.excludedInformationCsv }],
          ],
          picture: "paper-form",
        },
      ],
    },
    {
      id: "childrens-social-care",
      heading: "Children's social care",
      blocks: [
        {
          kind: "paragraph",
          text: "We do not plan to add children's social care records at the moment. Children's health records are in the joined-up record.",
          picture: "left-out",
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
            "Are you worried about what is in the joined-up record? Please ",
            { text: "contact us", href: ROUTES.contact },
            `. You can also phone us on ${CONTACT_DETAILS.phone}.`,
          ],
          picture: "contact",
        },
        {
          kind: "paragraph",
          text: ["You can also choose to opt out of the joined-up record. ", { text: "Find out about your choice", href: ROUTES.yourChoice }, "."],
          picture: "choice",
        },
      ],
    },
  ],
};
