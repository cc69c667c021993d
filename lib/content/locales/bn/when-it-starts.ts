import type * as English from "../../when-it-starts";
import type { Localised } from "../../../i18n/localised";
import { PROGRAMME } from "../../programme";
import { ROUTES } from "../../routes";
import { formatStartMonth } from "./programme";

// The start date is a programme fact (lib/content/programme.ts). The residents'
// page says the first partners were planned to have access in April 2019.

/** "এপ্রিল ২০১৯". */
export const PROGRAMME_START_DATE: Localised<typeof English.PROGRAMME_START_DATE> = formatStartMonth(PROGRAMME.start.month);

export const START_SENTENCE: Localised<typeof English.START_SENTENCE> =
  PROGRAMME.start.status === "started"
    ? `আমাদের প্রথম অংশীদাররা ${PROGRAMME_START_DATE} থেকে সংযুক্ত রেকর্ড দেখার সুযোগ পেয়েছেন।`
    : `আমাদের পরিকল্পনা ছিল, প্রথম অংশীদাররা ${PROGRAMME_START_DATE}-এ সংযুক্ত রেকর্ড দেখার সুযোগ পাবেন।`;

export const WHEN_IT_STARTS_PAGE: Localised<typeof English.WHEN_IT_STARTS_PAGE> = {
  href: ROUTES.whenItStarts,
  title: "কখন শুরু হবে এবং কারা অংশ নিচ্ছে",
  shortTitle: "কখন শুরু হবে",
  description: "সংযুক্ত রেকর্ড কখন শুরু হয়, এবং কোন কোন প্রতিষ্ঠান এতে অংশ নেয়।",
  lede: "সংযুক্ত রেকর্ড ধাপে ধাপে চালু করা হচ্ছে, এবং সময়ের সাথে আরও সেবা প্রতিষ্ঠান এতে যুক্ত হবে।",
  sections: [
    {
      id: "when-it-starts",
      heading: "কখন শুরু হবে",
      blocks: [
        { kind: "paragraph", text: START_SENTENCE },
        {
          kind: "paragraph",
          text: "সময়ের সাথে সাথে এতে এমন অন্যান্য প্রতিষ্ঠানের তথ্যও থাকবে, যারা NHS ও কাউন্সিলের সামাজিক সেবা দেয়, যেমন মানসিক স্বাস্থ্য সেবা ও সোশ্যাল ওয়ার্কার (সমাজকর্মী)।",
        },
        {
          kind: "paragraph",
          text: ["আপনি যেকোনো সময় আপনার সিদ্ধান্ত জানাতে পারেন। ", { text: "আপনার সিদ্ধান্ত সম্পর্কে জানুন", href: ROUTES.yourChoice }, "।"],
        },
      ],
    },
    {
      id: "organisations-taking-part",
      heading: "যে প্রতিষ্ঠানগুলো অংশ নিচ্ছে",
      blocks: [
        {
          kind: "paragraph",
          text: "এই প্রতিষ্ঠানগুলো সংযুক্ত রেকর্ডে অংশ নেয়। সময়ের সাথে তালিকাটি বড় হবে।",
        },
      ],
      printBlocks: [
        {
          kind: "paragraph",
          text: [
            "অংশগ্রহণকারী প্রতিষ্ঠানের তালিকা সময়ের সাথে বড় হবে। ",
            { text: "কারা অংশ নিচ্ছে তা আমাদের ওয়েবসাইটে দেখুন", href: ROUTES.whenItStarts },
            "।",
          ],
        },
      ],
    },
  ],
};

/** Labels for the organisation list, which comes from the register's database. Borough names stay as they are. */
export const ORGANISATION_LIST: Localised<typeof English.ORGANISATION_LIST> = {
  typeHeadings: {
    GP_PRACTICE: "জিপি সার্জারি",
    ACUTE_HOSPITAL: "হাসপাতাল",
    COMMUNITY_HEALTH: "কমিউনিটি স্বাস্থ্য সেবা",
    MENTAL_HEALTH: "মানসিক স্বাস্থ্য সেবা",
    LOCAL_AUTHORITY: "কাউন্সিলের প্রাপ্তবয়স্কদের সামাজিক সেবা",
    HOSPICE: "হসপিস (গুরুতর অসুস্থদের সেবাকেন্দ্র)",
    OTHER: "অন্যান্য সেবা",
  },
  boroughHeadings: {
    BARNET: "Barnet",
    CAMDEN: "Camden",
    ENFIELD: "Enfield",
    HARINGEY: "Haringey",
    ISLINGTON: "Islington",
  },
  /** Read after each organisation's name, before the date. */
  joinedPrefix: "যুক্ত হয়েছে:",
  /** Said when the date is in the future. */
  joiningPrefix: "যুক্ত হবে:",
  none: "এখনো কোনো প্রতিষ্ঠান যুক্ত হয়নি। কিছুদিন পর আবার দেখুন।",
  unavailable: "দুঃখিত, এই মুহূর্তে আমরা প্রতিষ্ঠানগুলোর তালিকা দেখাতে পারছি না। পরে আবার চেষ্টা করুন।",
  demoNotice: {
    heading: "উদাহরণ তথ্য",
    text: "এটি একটি প্রদর্শনী। এই প্রতিষ্ঠান ও তারিখগুলো বানানো উদাহরণ তথ্য, আসল তালিকা নয়।",
  },
};
