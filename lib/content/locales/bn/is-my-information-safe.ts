import type * as English from "../../is-my-information-safe";
import type { Localised } from "../../../i18n/localised";
import { ROUTES } from "../../routes";
import { termsBlock } from "./terms";

// Opens with the safeguards themselves (the residents' page's words), not a
// bare "Yes": residents can judge for themselves.

export const IS_MY_INFORMATION_SAFE_PAGE: Localised<typeof English.IS_MY_INFORMATION_SAFE_PAGE> = {
  href: ROUTES.isMyInformationSafe,
  title: "আমার তথ্য কি নিরাপদ?",
  shortTitle: "আমার তথ্য কি নিরাপদ?",
  description: "আপনার সংযুক্ত রেকর্ড কীভাবে সুরক্ষিত রাখা হয়: আচরণবিধি, আইন এবং গোপনীয়তা রক্ষার দায়িত্ব।",
  lede: "আপনার স্বাস্থ্য ও সেবার তথ্য দেখার সুযোগ যাঁদের আছে, তাঁরা সবাই কঠোর আচরণবিধি মেনে কাজ করেন। তাঁদের অবশ্যই আপনার গোপনীয়তাকে সম্মান করতে হবে এবং আপনার তথ্য নিরাপদ রাখতে হবে। তা না করা একটি গুরুতর অপরাধ।",
  sections: [
    {
      id: "safeguards",
      heading: "সেবা পেশাদারদের যা অবশ্যই করতে হবে",
      blocks: [
        { kind: "paragraph", text: "আইন অনুযায়ী সেবা পেশাদারদের:" },
        {
          kind: "list",
          items: [
            "আপনার পরিচর্যা দেওয়া ও তা পরিচালনার কাজে যে তথ্য দরকার, শুধু সেটুকুই দেখতে হবে",
            "আপনার রেকর্ড সুরক্ষিত রাখতে হবে",
            "আপনার তথ্য গোপন রাখতে হবে (একে গোপনীয়তা রক্ষার দায়িত্ব বা ডিউটি অফ কনফিডেন্স বলে)",
          ],
        },
        { kind: "paragraph", text: "প্রত্যেকে শুধু তাঁর কাজের সাথে সম্পর্কিত তথ্য দেখতে পারেন।" },
        { kind: "paragraph", text: [{ text: "কারা আপনার রেকর্ড দেখতে পারেন দেখুন", href: ROUTES.whoCanSeeIt }, "।"] },
      ],
    },
    {
      id: "the-law",
      heading: "আইন আপনার তথ্যকে সুরক্ষা দেয়",
      blocks: [
        {
          kind: "paragraph",
          text: "আপনার সম্পর্কিত তথ্য ডেটা সুরক্ষা আইন ২০১৮ (Data Protection Act 2018) এবং যুক্তরাজ্যের সাধারণ ডেটা সুরক্ষা বিধিমালা (UK GDPR) দ্বারা সুরক্ষিত।",
        },
        termsBlock(["ukGdpr"]),
      ],
    },
    {
      id: "access-is-recorded",
      heading: "কে দেখেছেন তা লিখে রাখা হয়",
      blocks: [{ kind: "paragraph", text: "কে সংযুক্ত রেকর্ড দেখেছেন তার একটি হিসাব রাখা হয়, যাতে এই দেখা যাচাই করা যায়।" }],
    },
    {
      id: "your-rights",
      heading: "আপনার অধিকার",
      blocks: [
        {
          kind: "paragraph",
          text: [
            "আমাদের ",
            { text: "গোপনীয়তা বিজ্ঞপ্তি", href: ROUTES.privacy },
            " আপনার অধিকারগুলো কী এবং কীভাবে সেগুলো ব্যবহার করবেন তা ব্যাখ্যা করে। এছাড়া আপনি ",
            { text: "আমাদের সাথে যোগাযোগ করতে", href: ROUTES.contact },
            " পারেন।",
          ],
        },
      ],
    },
  ],
};
