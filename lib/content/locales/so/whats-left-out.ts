import type * as English from "../../whats-left-out";
import { EXCLUDED_INFORMATION_CONFIRMED } from "../../whats-left-out";
import { DOWNLOADS, ROUTES } from "../../routes";
import type { ContentBlock } from "../../types";
import type { Localised } from "../../../i18n/localised";
import { programmeText, wordsOf } from "../../../i18n/programme-text";
import { CONTACT_DETAILS } from "./contact-details";
import { PROGRAMME_TEXT } from "./programme-text";

/** The four examples the residents' page itself gives. */
export const PUBLISHED_EXAMPLES: Localised<typeof English.PUBLISHED_EXAMPLES> =
  "caafimaadka galmada, diiwaannada daaweynta bacriminta, rabshadaha qoyska iyo diiwaannada dembiyada";

/** The full list in Somali where the programme's list is still the one translated; each item the operator changed stays in English, marked. */
export const EXCLUDED_INFORMATION: Localised<typeof English.EXCLUDED_INFORMATION> = programmeText(PROGRAMME_TEXT).excludedInformation;

export const EXCLUDED_INFORMATION_STATUS: Localised<typeof English.EXCLUDED_INFORMATION_STATUS> = EXCLUDED_INFORMATION_CONFIRMED
  ? undefined
  : {
      heading: "Liis tusaale ah: weli lama xaqiijin",
      text: `Liiskan oo dhammaystiran waa tusaale. Barnaamijku weli ma xaqiijin. Tusaalooyinka uu barnaamijku daabacay waa ${PUBLISHED_EXAMPLES}.`,
      csv: "tusaale, weli lama xaqiijin",
    };

export const EXCLUDED_INFORMATION_TABLE: Localised<typeof English.EXCLUDED_INFORMATION_TABLE> = {
  caption: "Macluumaadka laga reebay diiwaanka isku xiran",
  head: ["Nooca macluumaadka", "Waxa ay ka kooban tahay"],
};

export const EXCLUDED_INFORMATION_DOWNLOAD: Localised<typeof English.EXCLUDED_INFORMATION_DOWNLOAD> = {
  title: "Macluumaadka laga reebay diiwaanka isku xiran",
  intro:
    "Macluumaadkan xasaasiga ah waa laga reebay diiwaanka caafimaadka iyo daryeelka ee isku xiran ee Waqooyiga London. Wuxuu ku sii jiraa diiwaannada adeegga haya.",
  csvHeader: ["code", "nooca_macluumaadka", "waxa_ay_ka_kooban_tahay", "xaaladda"],
  csvStatusConfirmed: "la xaqiijiyay",
  pdfFileName: "information-left-out.pdf",
  csvFileName: "information-left-out.csv",
};

const statusBlocks: ContentBlock[] = EXCLUDED_INFORMATION_STATUS
  ? [{ kind: "warning", heading: EXCLUDED_INFORMATION_STATUS.heading, paragraphs: [EXCLUDED_INFORMATION_STATUS.text] }]
  : [];

export const WHATS_LEFT_OUT_PAGE: Localised<typeof English.WHATS_LEFT_OUT_PAGE> = {
  href: ROUTES.whatsLeftOut,
  title: "Waxa laga reebay diiwaanka",
  shortTitle: "Waxa laga reebay",
  description: "Macluumaadka xasaasiga ah ee laga reebay diiwaanka caafimaadka iyo daryeelka ee isku xiran, iyo liiska oo dhammaystiran oo la soo dejisan karo.",
  lede: "Macluumaadkaaga oo dhan kuma wada jiraan diiwaanka isku xiran. Macluumaadka xasaasiga ah qaarkood waa laga reebay.",
  sections: [
    {
      id: "examples",
      heading: "Tusaalooyinka waxa laga reebay",
      blocks: [
        { kind: "paragraph", text: "Tusaalooyinka macluumaadka xasaasiga ah ee laga reebay waa:" },
        { kind: "list", items: ["caafimaadka galmada", "diiwaannada daaweynta bacriminta", "rabshadaha qoyska", "diiwaannada dembiyada"] },
      ],
    },
    {
      id: "sensitive-information",
      heading: "Liiska oo dhammaystiran",
      blocks: [
        ...statusBlocks,
        {
          kind: "paragraph",
          text: "Macluumaadka liiskan ku jira waa laga reebay diiwaanka isku xiran. Wuxuu ku sii jiraa diiwaanka adeegga haya.",
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
      heading: "Soo deji liiska",
      blocks: [
        {
          kind: "list",
          items: [
            [{ text: "Macluumaadka laga reebay diiwaanka isku xiran (PDF)", href: DOWNLOADS.excludedInformationPdf }],
            [{ text: "Macluumaadka laga reebay diiwaanka isku xiran (CSV, loogu talagalay xaashiyaha xisaabta)", href: DOWNLOADS.excludedInformationCsv }],
          ],
        },
      ],
    },
    {
      id: "childrens-social-care",
      heading: "Daryeelka bulshada ee carruurta",
      blocks: [
        {
          kind: "paragraph",
          text: "Hadda ma qorsheyneyno inaan ku darno diiwaannada daryeelka bulshada ee carruurta. Diiwaannada caafimaadka ee carruurta waa lagu daray.",
        },
      ],
    },
    {
      id: "if-you-are-worried",
      heading: "Haddii aad walwalsan tahay",
      blocks: [
        {
          kind: "paragraph",
          text: [
            "Haddii aad ka walwalsan tahay waxa ku jira diiwaanka isku xiran, ",
            { text: "nala soo xiriir", href: ROUTES.contact },
            `. Waxaad sidoo kale nagu soo wici kartaa ${CONTACT_DETAILS.phone}.`,
          ],
        },
        {
          kind: "paragraph",
          text: ["Waxaad sidoo kale dooran kartaa inaad ka baxdo diiwaanka isku xiran. ", { text: "Wax ka ogow doorashadaada", href: ROUTES.yourChoice }, "."],
        },
      ],
    },
  ],
};
