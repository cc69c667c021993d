import type * as English from "../../whats-left-out";
import type { Localised } from "../../../i18n/localised";
import { programmeText, wordsOf } from "../../../i18n/programme-text";
import { PROGRAMME } from "../../programme";
import { DOWNLOADS, ROUTES } from "../../routes";
import type { ContentBlock } from "../../types";
import { CONTACT_DETAILS } from "./contact-details";
import { PROGRAMME_TEXT } from "./programme-text";

/** The four examples the residents' page itself gives (../shared/source/residents-page.txt). */
export const PUBLISHED_EXAMPLES: Localised<typeof English.PUBLISHED_EXAMPLES> =
  "যৌন স্বাস্থ্য, প্রজনন (ফার্টিলিটি) চিকিৎসার রেকর্ড, পারিবারিক সহিংসতা এবং অপরাধের রেকর্ড";

/**
 * The full list of sensitive information left out of the record, in Bengali where it is still the
 * default list this translates; an item the operator has changed keeps their English words, marked
 * `lang: "en-GB"` (lib/i18n/programme-text.ts).
 */
export const EXCLUDED_INFORMATION: Localised<typeof English.EXCLUDED_INFORMATION> = programmeText(PROGRAMME_TEXT).excludedInformation;

export const EXCLUDED_INFORMATION_STATUS: Localised<typeof English.EXCLUDED_INFORMATION_STATUS> = PROGRAMME.excludedInformation.confirmed
  ? undefined
  : {
      heading: "উদাহরণ তালিকা: এখনো নিশ্চিত করা হয়নি",
      text: `এই পুরো তালিকাটি একটি উদাহরণ। কর্মসূচিটি এখনো এটি নিশ্চিত করেনি। কর্মসূচির প্রকাশিত উদাহরণগুলো হলো: ${PUBLISHED_EXAMPLES}।`,
      csv: "উদাহরণ, এখনো নিশ্চিত করা হয়নি",
    };

export const EXCLUDED_INFORMATION_TABLE: Localised<typeof English.EXCLUDED_INFORMATION_TABLE> = {
  caption: "সংযুক্ত রেকর্ড থেকে বাদ রাখা তথ্য",
  head: ["তথ্যের ধরন", "এর মধ্যে যা আছে"],
};

/** Words for the downloadable list (PDF and CSV). The CSV's column names are in Bengali, as in the other translations; its codes stay as in English. */
export const EXCLUDED_INFORMATION_DOWNLOAD: Localised<typeof English.EXCLUDED_INFORMATION_DOWNLOAD> = {
  title: "সংযুক্ত রেকর্ড থেকে বাদ রাখা তথ্য",
  intro: "এই সংবেদনশীল তথ্যগুলো নর্থ লন্ডনের সংযুক্ত স্বাস্থ্য ও সেবা রেকর্ড থেকে বাদ রাখা হয়েছে। যে সেবা প্রতিষ্ঠানের কাছে এগুলো আছে, সেগুলো সেই প্রতিষ্ঠানের রেকর্ডেই থাকে।",
  csvHeader: ["কোড", "তথ্যের_ধরন", "এর_মধ্যে_যা_আছে", "অবস্থা"],
  csvStatusConfirmed: "নিশ্চিত",
  pdfFileName: "information-left-out.pdf",
  csvFileName: "information-left-out.csv",
};

const statusBlocks: Localised<ContentBlock>[] = EXCLUDED_INFORMATION_STATUS
  ? [{ kind: "warning", heading: EXCLUDED_INFORMATION_STATUS.heading, paragraphs: [EXCLUDED_INFORMATION_STATUS.text] }]
  : [];

export const WHATS_LEFT_OUT_PAGE: Localised<typeof English.WHATS_LEFT_OUT_PAGE> = {
  href: ROUTES.whatsLeftOut,
  title: "রেকর্ড থেকে কী বাদ রাখা হয়েছে",
  shortTitle: "কী বাদ রাখা হয়েছে",
  description: "যে সংবেদনশীল তথ্য সংযুক্ত স্বাস্থ্য ও সেবা রেকর্ড থেকে বাদ রাখা হয়েছে, সাথে ডাউনলোড করার জন্য পুরো তালিকা।",
  lede: "আপনার তথ্যের প্রতিটি অংশ সংযুক্ত রেকর্ডে থাকে না। কিছু সংবেদনশীল তথ্য বাদ রাখা হয়েছে।",
  sections: [
    {
      id: "examples",
      heading: "যা বাদ রাখা হয়েছে তার কিছু উদাহরণ",
      blocks: [
        { kind: "paragraph", text: "বাদ রাখা সংবেদনশীল তথ্যের কিছু উদাহরণ:" },
        { kind: "list", items: ["যৌন স্বাস্থ্য", "প্রজনন (ফার্টিলিটি) চিকিৎসার রেকর্ড", "পারিবারিক সহিংসতা", "অপরাধের রেকর্ড"] },
      ],
    },
    {
      id: "sensitive-information",
      heading: "পুরো তালিকা",
      blocks: [
        ...statusBlocks,
        {
          kind: "paragraph",
          text: "এই তালিকার তথ্যগুলো সংযুক্ত রেকর্ড থেকে বাদ রাখা হয়েছে। যে সেবা প্রতিষ্ঠানের কাছে এগুলো আছে, সেগুলো সেই প্রতিষ্ঠানের রেকর্ডেই থাকে।",
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
      heading: "তালিকাটি ডাউনলোড করুন",
      blocks: [
        {
          kind: "list",
          items: [
            [{ text: "সংযুক্ত রেকর্ড থেকে বাদ রাখা তথ্য (PDF)", href: DOWNLOADS.excludedInformationPdf }],
            [{ text: "সংযুক্ত রেকর্ড থেকে বাদ রাখা তথ্য (CSV, স্প্রেডশিটের জন্য)", href: DOWNLOADS.excludedInformationCsv }],
          ],
        },
      ],
    },
    {
      id: "childrens-social-care",
      heading: "শিশুদের সামাজিক সেবা",
      blocks: [
        {
          kind: "paragraph",
          text: "শিশুদের সামাজিক সেবার রেকর্ড এতে যুক্ত করার কোনো পরিকল্পনা আমাদের বর্তমানে নেই। শিশুদের স্বাস্থ্য রেকর্ড এতে আছে।",
        },
      ],
    },
    {
      id: "if-you-are-worried",
      heading: "আপনি যদি চিন্তিত হন",
      blocks: [
        {
          kind: "paragraph",
          text: [
            "সংযুক্ত রেকর্ডে কী আছে তা নিয়ে আপনি চিন্তিত হলে, ",
            { text: "আমাদের সাথে যোগাযোগ করুন", href: ROUTES.contact },
            `। আপনি ${CONTACT_DETAILS.phone} নম্বরে আমাদের ফোনও করতে পারেন।`,
          ],
        },
        {
          kind: "paragraph",
          text: ["আপনি চাইলে সংযুক্ত রেকর্ড থেকে অপ্ট-আউটও করতে পারেন। ", { text: "আপনার সিদ্ধান্ত সম্পর্কে জানুন", href: ROUTES.yourChoice }, "।"],
        },
      ],
    },
  ],
};
