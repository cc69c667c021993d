import type { SITE_FRAME as English } from "../../site-frame";
import type { Localised } from "../../../i18n/localised";

// Written by the lead engineer with the other words about the site itself (lib/content/site-frame.ts).

export const SITE_FRAME: Localised<typeof English> = {
  languageLinksLabel: "ভাষা",
  translationNotice: {
    text: "এই অনুবাদটি এখনও কোনো যোগ্য অনুবাদক যাচাই করেননি। এতে ভুল থাকতে পারে।",
    englishLink: "এই পৃষ্ঠাটি ইংরেজিতে পড়ুন",
  },
  exampleDetails: {
    heading: "উদাহরণ হিসেবে দেওয়া যোগাযোগের তথ্য",
    text: (fields: string) => `এটি একটি প্রদর্শনী। এখানে দেখানো এই তথ্যগুলো উদাহরণ, এখনও কর্মসূচির নিজস্ব তথ্য নয়: ${fields}। এগুলো ব্যবহার করবেন না।`,
    fieldNames: {
      "phone number": "ফোন নম্বর",
      "opening hours": "খোলার সময়",
      "text relay number": "টেক্সট রিলে নম্বর",
      "email address": "ইমেইল ঠিকানা",
      "postal address": "ডাকের ঠিকানা",
      "list of information left out": "বাদ দেওয়া তথ্যের তালিকা",
      "list of what each role can see": "কোন পেশার কর্মী কী দেখতে পারেন তার তালিকা",
      "data controllers": "ডেটা নিয়ন্ত্রক",
      "data protection officer": "ডেটা সুরক্ষা কর্মকর্তা",
      "web address": "ওয়েব ঠিকানা",
    },
  },
};
