import type * as English from "../../errors";
import type { Localised } from "../../../i18n/localised";
import { ROUTES } from "../../routes";

// Words for the pages shown when something goes wrong, following the NHS
// service manual's "Page not found" and "Sorry, there is a problem with the
// service" patterns.

export const NOT_FOUND_PAGE: Localised<typeof English.NOT_FOUND_PAGE> = {
  title: "পৃষ্ঠাটি পাওয়া যায়নি",
  paragraphs: [
    "আপনি ওয়েব ঠিকানাটি টাইপ করে থাকলে, তা ঠিক ছিল কি না দেখে নিন।",
    "আপনি ওয়েব ঠিকানাটি পেস্ট করে থাকলে, পুরো ঠিকানাটি কপি করেছেন কি না দেখে নিন।",
  ],
  links: [
    {
      before: "আপনি ",
      link: { text: "সংযুক্ত রেকর্ডের হোম পেজে যেতে", href: ROUTES.home },
      after: " পারেন।",
    },
    {
      before: "এরপরও সাহায্য দরকার হলে, ",
      link: { text: "আমাদের সাথে যোগাযোগ করুন", href: ROUTES.contact },
      after: "।",
    },
  ],
};

export const SERVICE_ERROR_PAGE: Localised<typeof English.SERVICE_ERROR_PAGE> = {
  title: "দুঃখিত, সেবাটিতে একটি সমস্যা হয়েছে",
  paragraphs: [
    "পরে আবার চেষ্টা করুন।",
    "আপনি সিদ্ধান্ত জানানোর মাঝখানে থাকলে এবং কোনো রেফারেন্স নম্বর না পেয়ে থাকলে, আপনার সিদ্ধান্ত সংরক্ষণ করা হয়নি।",
  ],
  tryAgainButton: "আবার চেষ্টা করুন",
  contact: {
    before: "এখনই সাহায্য দরকার হলে, ",
    link: { text: "আমাদের সাথে যোগাযোগ করুন", href: ROUTES.contact },
    after: "।",
  },
};
