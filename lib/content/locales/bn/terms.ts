import type * as English from "../../terms";
import type { TermKey } from "../../terms";
import type { Localised } from "../../../i18n/localised";

// Words residents meet on these pages, explained once in plain Bengali (lib/content/terms.ts).

export const TERMS: Localised<typeof English.TERMS> = {
  parentalResponsibility: {
    term: "প্যারেন্টাল রেসপনসিবিলিটি (পিতামাতার আইনি দায়িত্ব)",
    text: "একটি শিশুর প্রতি বাবা-মায়ের আইনি অধিকার ও দায়িত্ব, যেমন শিশুর চিকিৎসায় সম্মতি দেওয়া। শিশুর মায়ের এটি জন্ম থেকেই থাকে। অন্যদেরও এটি থাকতে পারে, যেমন অনেক বাবার, অথবা আদালত যাকে এটি দিয়েছে তার। আপনার এটি আছে কি না নিশ্চিত না হলে, একজন সলিসিটর (আইনজীবী) বা Citizens Advice-কে জিজ্ঞাসা করুন।",
  },
  lastingPowerOfAttorney: {
    term: "স্বাস্থ্য ও কল্যাণ বিষয়ক লাস্টিং পাওয়ার অফ অ্যাটর্নি",
    text: "একটি আইনি দলিল, যার মাধ্যমে একজন ব্যক্তি তাঁর বিশ্বস্ত কাউকে (তাঁর অ্যাটর্নি) বেছে নেন, যাতে তিনি নিজে সিদ্ধান্ত নিতে না পারলে সেই ব্যক্তি তাঁর স্বাস্থ্য ও পরিচর্যা নিয়ে সিদ্ধান্ত নিতে পারেন। এটি ব্যবহার করার আগে অফিস অফ দ্য পাবলিক গার্ডিয়ান (Office of the Public Guardian)-এ নিবন্ধন করাতে হয়।",
  },
  deputy: {
    term: "ডেপুটি এবং কোর্ট অফ প্রোটেকশন",
    text: "যাঁরা কিছু সিদ্ধান্ত নিজে নিতে পারেন না, কোর্ট অফ প্রোটেকশন (Court of Protection) নামের আদালত তাঁদের হয়ে সিদ্ধান্ত নেয়। এই আদালত কোনো ব্যক্তির হয়ে সিদ্ধান্ত নেওয়ার জন্য একজন ডেপুটি নিযুক্ত করতে পারে। ডেপুটি কী কী সিদ্ধান্ত নিতে পারবেন, তা আদালতের আদেশে লেখা থাকে।",
  },
  nationalDataOptOut: {
    term: "জাতীয় ডেটা অপ্ট-আউট (National data opt-out)",
    text: "এটি NHS-এর একটি আলাদা সিদ্ধান্ত: আপনার গোপনীয় রোগী-তথ্য সারা ইংল্যান্ডে গবেষণা ও পরিকল্পনার কাজে ব্যবহার করা হবে কি না। এটি সংযুক্ত রেকর্ড থেকে অপ্ট-আউট করার মতো একই জিনিস নয়। একটি সিদ্ধান্ত নিলে অন্যটি নেওয়া হয়ে যায় না: আপনি দুটোই চাইলে, দুটো সিদ্ধান্তই আলাদাভাবে নিতে হবে।",
  },
  careMyWayAndCidr: {
    term: "CareMyWay এবং CIDR",
    text: "রেকর্ড শেয়ার করার আগের দুটি স্থানীয় ব্যবস্থা: Islington-এ CareMyWay এবং Camden-এ CIDR। আপনি এর যেকোনোটি থেকে অপ্ট-আউট করে থাকলে, সেই অপ্ট-আউট সংযুক্ত রেকর্ডেও বহাল রাখা হয়েছে।",
  },
  ukGdpr: {
    term: "UK GDPR",
    text: "যুক্তরাজ্যের সাধারণ ডেটা সুরক্ষা বিধিমালা (UK General Data Protection Regulation)। ডেটা সুরক্ষা আইন ২০১৮ (Data Protection Act 2018)-এর সাথে মিলে এটিই সেই আইন, যা বলে যুক্তরাজ্যের প্রতিষ্ঠানগুলোকে মানুষের তথ্য কীভাবে ব্যবহার ও সুরক্ষা করতে হবে। বাসিন্দাদের জন্য লেখা মূল পাতায় এটিকে সাধারণ ডেটা সুরক্ষা বিধিমালা ২০১৬ (General Data Protection Regulation 2016) বলা হয়েছে: এটি ছিল একটি ইউরোপীয় আইন, এবং যুক্তরাজ্য ইউরোপীয় ইউনিয়ন (EU) ছেড়ে যাওয়ার পর এটি UK GDPR হয়েছে।",
  },
};

/** A "definitions" block with the given terms, for a page section. */
export const termsBlock: Localised<typeof English.termsBlock> = (keys: readonly TermKey[]) => ({
  kind: "definitions",
  items: keys.map((key) => TERMS[key]),
});
