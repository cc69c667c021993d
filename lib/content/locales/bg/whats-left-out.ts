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
  "сексуалното здраве, документите за лечение на безплодие, домашното насилие и съдимостта";

/**
 * The full list in Bulgarian where the operator's list is still the default
 * this folder translates; an item the operator changed keeps its English words
 * and is marked `lang: "en-GB"` (lib/i18n/programme-text.ts).
 */
export const EXCLUDED_INFORMATION: Localised<typeof English.EXCLUDED_INFORMATION> = programmeText(PROGRAMME_TEXT).excludedInformation;

export const EXCLUDED_INFORMATION_STATUS: Localised<typeof English.EXCLUDED_INFORMATION_STATUS> = PROGRAMME.excludedInformation.confirmed
  ? undefined
  : {
      heading: "Примерен списък: още не е потвърден",
      text: `Този пълен списък е пример. Програмата още не го е потвърдила. Примерите, които програмата е публикувала, са ${PUBLISHED_EXAMPLES}.`,
      csv: "пример, още не е потвърден",
    };

export const EXCLUDED_INFORMATION_TABLE: Localised<typeof English.EXCLUDED_INFORMATION_TABLE> = {
  caption: "Информация, която остава извън обединеното досие",
  head: ["Вид информация", "Какво включва"],
};

/** Words for the downloadable list (PDF and CSV); the file names stay as in English. */
export const EXCLUDED_INFORMATION_DOWNLOAD: Localised<typeof English.EXCLUDED_INFORMATION_DOWNLOAD> = {
  title: "Информация, която остава извън обединеното досие",
  intro:
    "Тази чувствителна информация остава извън обединеното досие за здравни и социални грижи в Северен Лондон. Тя остава в досиетата на службата, която я съхранява.",
  csvHeader: ["код", "вид_информация", "какво_включва", "статус"],
  csvStatusConfirmed: "потвърден",
  pdfFileName: "information-left-out.pdf",
  csvFileName: "information-left-out.csv",
};

const statusBlocks: Localised<ContentBlock>[] = EXCLUDED_INFORMATION_STATUS
  ? [{ kind: "warning", heading: EXCLUDED_INFORMATION_STATUS.heading, paragraphs: [EXCLUDED_INFORMATION_STATUS.text] }]
  : [];

export const WHATS_LEFT_OUT_PAGE: Localised<typeof English.WHATS_LEFT_OUT_PAGE> = {
  href: ROUTES.whatsLeftOut,
  title: "Какво остава извън досието",
  shortTitle: "Какво остава извън досието",
  description: "Чувствителната информация, която остава извън обединеното досие за здравни и социални грижи, с пълния списък за изтегляне.",
  lede: "Не всяка част от информацията ви е в обединеното досие. Част от чувствителната информация остава извън него.",
  sections: [
    {
      id: "examples",
      heading: "Примери за това, което остава извън досието",
      blocks: [
        { kind: "paragraph", text: "Примери за чувствителната информация, която остава извън досието:" },
        { kind: "list", items: ["сексуално здраве", "документи за лечение на безплодие", "домашно насилие", "съдимост"] },
      ],
    },
    {
      id: "sensitive-information",
      heading: "Пълният списък",
      blocks: [
        ...statusBlocks,
        {
          kind: "paragraph",
          text: "Информацията от този списък остава извън обединеното досие. Тя остава в досието на службата, която я съхранява.",
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
      heading: "Изтеглете списъка",
      blocks: [
        {
          kind: "list",
          items: [
            [{ text: "Информация, която остава извън обединеното досие (PDF)", href: DOWNLOADS.excludedInformationPdf }],
            [{ text: "Информация, която остава извън обединеното досие (CSV, за електронни таблици)", href: DOWNLOADS.excludedInformationCsv }],
          ],
        },
      ],
    },
    {
      id: "childrens-social-care",
      heading: "Социални грижи за деца",
      blocks: [
        {
          kind: "paragraph",
          text: "Засега не планираме да включваме досиетата от социалните грижи за деца. Здравните досиета на децата са включени.",
        },
      ],
    },
    {
      id: "if-you-are-worried",
      heading: "Ако се притеснявате",
      blocks: [
        {
          kind: "paragraph",
          text: [
            "Ако се притеснявате какво има в обединеното досие, ",
            { text: "свържете се с нас", href: ROUTES.contact },
            `. Можете също да ни се обадите на ${CONTACT_DETAILS.phone}.`,
          ],
        },
        {
          kind: "paragraph",
          text: ["Можете също да изберете да откажете участие в обединеното досие. ", { text: "Научете повече за своя избор", href: ROUTES.yourChoice }, "."],
        },
      ],
    },
  ],
};
