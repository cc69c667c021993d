import type * as English from "../../facts-and-figures";
import { FACTS_AND_FIGURES_CSV_PATH, FACTS_AND_FIGURES_JSON_PATH } from "../../facts-and-figures";
import { icu } from "../../../i18n/icu";
import type { Localised } from "../../../i18n/localised";

// The words of the public facts and figures page, its charts and downloads, in Bengali.
// Borough names stay as they are; months are named in Bengali through ICU.

export const BOROUGH_LABELS: Localised<typeof English.BOROUGH_LABELS> = {
  BARNET: "Barnet",
  CAMDEN: "Camden",
  ENFIELD: "Enfield",
  HARINGEY: "Haringey",
  ISLINGTON: "Islington",
  UNKNOWN: "বরো জানা নেই",
};

/** How a decision reached the register, as residents would put it. */
export const CHANNEL_LABELS: Localised<typeof English.CHANNEL_LABELS> = {
  ONLINE: "অনলাইনে",
  PAPER: "কাগজের ফর্মে",
  PHONE: "ফোনে",
  CAREMYWAY_IMPORT: "CareMyWay থেকে বহাল রাখা",
  CIDR_IMPORT: "CIDR থেকে বহাল রাখা",
};

/** "2026-10" becomes "অক্টোবর ২০২৬". */
export const monthLabel: Localised<typeof English.monthLabel> = (yearMonth) =>
  icu("bn", "{month, date, monthYear}", { month: new Date(`${yearMonth}-15T12:00:00Z`) });

export const periodLabel: Localised<typeof English.periodLabel> = (months) =>
  months.length ? `${monthLabel(months[0]!)} থেকে ${monthLabel(months.at(-1)!)}` : "";

export const FEWER_THAN_10: Localised<typeof English.FEWER_THAN_10> = "১০-এর কম";
export const NOT_SHOWN: Localised<typeof English.NOT_SHOWN> = "দেখানো হয়নি";

export const FACTS_AND_FIGURES: Localised<typeof English.FACTS_AND_FIGURES> = {
  title: "তথ্য ও পরিসংখ্যান",
  description: "প্রতি মাসে কতজন সংযুক্ত রেকর্ড থেকে অপ্ট-আউট করেছেন বা আবার অপ্ট-ইন করেছেন, বরো অনুযায়ী এবং তাঁরা কীভাবে আমাদের জানিয়েছেন সেই অনুযায়ী।",
  lede: "প্রতি মাসে কতজন সংযুক্ত রেকর্ড থেকে অপ্ট-আউট করেছেন, বা আবার অপ্ট-ইন করেছেন।",
  aboutHeading: "এই পরিসংখ্যান সম্পর্কে",
  about: [
    "প্রতিটি সংখ্যা গোনে সেইসব সিদ্ধান্ত যা এখন কার্যকর, ব্যক্তিটি যে মাসে সিদ্ধান্ত নিয়েছেন সেই মাস অনুযায়ী (যুক্তরাজ্যের সময়)। যে সিদ্ধান্ত প্রত্যাহার করা হয়েছে, যেমন তার প্রমাণপত্র গ্রহণ না হওয়ার কারণে, তা গোনা হয় না। কেউ অপ্ট-আউট করে পরে আবার অপ্ট-ইন করলে, প্রতিটি মাসে তাঁকে একবার করে গোনা হয়।",
    `মানুষের গোপনীয়তা রক্ষার জন্য, ১০-এর কম সংখ্যাগুলো "${FEWER_THAN_10}" হিসেবে দেখানো হয়, আর অন্য সংখ্যাগুলোকে নিকটতম ৫-এর গুণিতকে পূর্ণ করা হয়। মোট সংখ্যাগুলো আলাদাভাবে পূর্ণ করা হয়, তাই যোগফল হুবহু না-ও মিলতে পারে।`,
    "নিট পরিবর্তন হলো অপ্ট-আউটের সংখ্যা থেকে অপ্ট-ইনের সংখ্যা বাদ দিলে যা থাকে, পূর্ণ করা সংখ্যা থেকে হিসাব করা। দুটির যেকোনো একটি ১০-এর কম হলে এটি দেখানো হয় না।",
    `বরো ঠিক করা হয় পোস্টকোড থেকে, অথবা পোস্টকোড এলাকার বাইরে হলে জিপি প্র্যাকটিস থেকে। "${BOROUGH_LABELS.UNKNOWN}" মানে আমরা তা বুঝতে পারিনি।`,
    "চলতি মাসের পরিসংখ্যান মাস শেষ হলে যোগ করা হয়।",
  ],
  periodSelect: {
    legend: "কোন সময়ের পরিসংখ্যান দেখাবে",
    label: "সময়কাল",
    wholePeriod: (months) => `পুরো ১২ মাস (${periodLabel(months)})`,
    button: "পরিসংখ্যান দেখান",
    unknownMonth: "ওই মাসের পরিসংখ্যান আমাদের কাছে নেই। এর বদলে পুরো ১২ মাসের পরিসংখ্যান দেখানো হচ্ছে।",
  },
  eachMonthHeading: "প্রতি মাসে",
  byBoroughHeading: "বরো অনুযায়ী",
  byChannelHeading: "মানুষ কীভাবে আমাদের জানিয়েছেন, সেই অনুযায়ী",
  forPeriod: (label) => `${label}-এর পরিসংখ্যান`,
  columns: {
    month: "মাস",
    borough: "বরো",
    channel: "মানুষ কীভাবে আমাদের জানিয়েছেন",
    optOuts: "অপ্ট-আউট",
    optIns: "অপ্ট-ইন",
    net: "নিট পরিবর্তন",
  },
  totalRow: "সব মিলিয়ে",
  caption: {
    eachMonth: (period) => `প্রতি মাসে অপ্ট-আউট, অপ্ট-ইন ও নিট পরিবর্তন, ${period}`,
    byBorough: (period) => `বরো অনুযায়ী অপ্ট-আউট, অপ্ট-ইন ও নিট পরিবর্তন, ${period}`,
    byChannel: (period) => `মানুষ কীভাবে আমাদের জানিয়েছেন সেই অনুযায়ী অপ্ট-আউট, অপ্ট-ইন ও নিট পরিবর্তন, ${period}`,
  },
  chart: {
    title: (caption) => `বার চার্ট: ${caption}`,
    description: "বারগুলো অপ্ট-আউট ও অপ্ট-ইন দেখায়। ১০-এর কম হিসেবে দেখানো সংখ্যার কোনো বার নেই। চার্টের নিচের টেবিলে একই পরিসংখ্যান আছে।",
    optOuts: "অপ্ট-আউট",
    optIns: "অপ্ট-ইন",
    fewerThan10Mark: "<১০",
  },
  downloadsHeading: "পরিসংখ্যান ডাউনলোড করুন",
  downloads: [
    { text: "পরিসংখ্যান স্প্রেডশিট হিসেবে ডাউনলোড করুন (CSV)", href: FACTS_AND_FIGURES_CSV_PATH },
    { text: "পরিসংখ্যান ডেটা হিসেবে ডাউনলোড করুন (JSON)", href: FACTS_AND_FIGURES_JSON_PATH },
  ],
  downloadsNote: "ডাউনলোডগুলোতে প্রতিটি মাসের পরিসংখ্যান আছে, বরো অনুযায়ী এবং মানুষ কীভাবে আমাদের জানিয়েছেন সেই অনুযায়ী, একইভাবে পূর্ণ করা।",
  generatedAt: (when) => `পরিসংখ্যান হিসাব করার সময়: ${when}।`,
  csvFileName: "joined-up-record-facts-and-figures",
  jsonTitle: "নর্থ লন্ডনের সংযুক্ত সেবা রেকর্ড: প্রতি মাসের অপ্ট-আউট ও অপ্ট-ইন",
  staffSection: {
    heading: "সবার জন্য প্রকাশিত তথ্য ও পরিসংখ্যান",
    intro: "বাসিন্দারা সবার জন্য প্রকাশিত তথ্য ও পরিসংখ্যান পৃষ্ঠায় যে সংখ্যাগুলো দেখেন, একইভাবে পূর্ণ করা। ক্যানারি পরীক্ষার (টেস্ট) মানুষদের কখনো গোনা হয় না।",
    link: "সবার জন্য প্রকাশিত পৃষ্ঠাটি খুলুন",
  },
};
