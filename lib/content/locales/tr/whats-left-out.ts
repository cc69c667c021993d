import type * as English from "../../whats-left-out";
import { PROGRAMME } from "../../programme";
import { DOWNLOADS, ROUTES } from "../../routes";
import type { ContentBlock } from "../../types";
import type { Localised } from "../../../i18n/localised";
import { programmeText, wordsOf } from "../../../i18n/programme-text";
import { CONTACT_DETAILS } from "./contact-details";
import { PROGRAMME_TEXT } from "./programme-text";

// The full list is a programme fact; its Turkish words are in ./programme-text
// (the English: lib/content/whats-left-out.ts).

/** The four examples the residents' page itself gives. */
export const PUBLISHED_EXAMPLES: Localised<typeof English.PUBLISHED_EXAMPLES> =
  "cinsel sağlık, doğurganlık (kısırlık) tedavisi kayıtları, aile içi şiddet ve sabıka kayıtları";

/** The full list in Turkish, or the operator's English words where the operator has changed an item. */
export const EXCLUDED_INFORMATION: Localised<typeof English.EXCLUDED_INFORMATION> = programmeText(PROGRAMME_TEXT).excludedInformation;

export const EXCLUDED_INFORMATION_STATUS: Localised<typeof English.EXCLUDED_INFORMATION_STATUS> = PROGRAMME.excludedInformation.confirmed
  ? undefined
  : {
      heading: "Örnek liste: henüz onaylanmadı",
      text: `Bu tam liste bir örnektir. Program bu listeyi henüz onaylamadı. Programın yayımladığı örnekler şunlardır: ${PUBLISHED_EXAMPLES}.`,
      csv: "örnek, henüz onaylanmadı",
    };

export const EXCLUDED_INFORMATION_TABLE: Localised<typeof English.EXCLUDED_INFORMATION_TABLE> = {
  caption: "Birleşik kayda alınmayan bilgiler",
  head: ["Bilgi türü", "Neleri kapsar"],
};

/** Words for the downloadable list (PDF and CSV). The file names stay as the download addresses have them. */
export const EXCLUDED_INFORMATION_DOWNLOAD: Localised<typeof English.EXCLUDED_INFORMATION_DOWNLOAD> = {
  title: "Birleşik kayda alınmayan bilgiler",
  intro: "Aşağıdaki hassas bilgiler Kuzey Londra birleşik sağlık ve bakım kaydına alınmaz. Bu bilgiler, onları tutan hizmetin kayıtlarında kalır.",
  csvHeader: ["kod", "bilgi_turu", "neleri_kapsar", "durum"],
  csvStatusConfirmed: "onaylandı",
  pdfFileName: "information-left-out.pdf",
  csvFileName: "information-left-out.csv",
};

const statusBlocks: Localised<ContentBlock>[] = EXCLUDED_INFORMATION_STATUS
  ? [{ kind: "warning", heading: EXCLUDED_INFORMATION_STATUS.heading, paragraphs: [EXCLUDED_INFORMATION_STATUS.text] }]
  : [];

export const WHATS_LEFT_OUT_PAGE: Localised<typeof English.WHATS_LEFT_OUT_PAGE> = {
  href: ROUTES.whatsLeftOut,
  title: "Kayda neler alınmaz?",
  shortTitle: "Kayda neler alınmaz?",
  description: "Birleşik sağlık ve bakım kaydına alınmayan hassas bilgiler ve indirebileceğiniz tam liste.",
  lede: "Bilgilerinizin hepsi birleşik kayıtta yer almaz. Bazı hassas bilgiler kayda alınmaz.",
  sections: [
    {
      id: "examples",
      heading: "Kayda alınmayan bilgilere örnekler",
      blocks: [
        { kind: "paragraph", text: "Kayda alınmayan hassas bilgilere örnekler şunlardır:" },
        { kind: "list", items: ["cinsel sağlık", "doğurganlık (kısırlık) tedavisi kayıtları", "aile içi şiddet", "sabıka kayıtları"] },
      ],
    },
    {
      id: "sensitive-information",
      heading: "Tam liste",
      blocks: [
        ...statusBlocks,
        {
          kind: "paragraph",
          text: "Bu listedeki bilgiler birleşik kayda alınmaz. Bu bilgiler, onları tutan hizmetin kaydında kalır.",
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
      heading: "Listeyi indirin",
      blocks: [
        {
          kind: "list",
          items: [
            [{ text: "Birleşik kayda alınmayan bilgiler (PDF)", href: DOWNLOADS.excludedInformationPdf }],
            [{ text: "Birleşik kayda alınmayan bilgiler (CSV, elektronik tablolar için)", href: DOWNLOADS.excludedInformationCsv }],
          ],
        },
      ],
    },
    {
      id: "childrens-social-care",
      heading: "Çocuklara yönelik sosyal bakım",
      blocks: [
        {
          kind: "paragraph",
          text: "Çocuklara yönelik sosyal bakım kayıtlarını şu anda kayda eklemeyi planlamıyoruz. Çocukların sağlık kayıtları kayda dahildir.",
        },
      ],
    },
    {
      id: "if-you-are-worried",
      heading: "Endişeleriniz varsa",
      blocks: [
        {
          kind: "paragraph",
          text: [
            "Birleşik kayıtta neler olduğu konusunda endişeleriniz varsa, ",
            { text: "bize ulaşın", href: ROUTES.contact },
            `. Bizi ${CONTACT_DETAILS.phone} numaralı telefondan da arayabilirsiniz.`,
          ],
        },
        {
          kind: "paragraph",
          text: ["Birleşik kayıttan çıkmayı da seçebilirsiniz. ", { text: "Tercihiniz hakkında bilgi alın", href: ROUTES.yourChoice }, "."],
        },
      ],
    },
  ],
};
