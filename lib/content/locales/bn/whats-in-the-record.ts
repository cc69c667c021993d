import type * as English from "../../whats-in-the-record";
import type { Localised } from "../../../i18n/localised";
import { ROUTES } from "../../routes";
import { CHOICE_RULES } from "./rules";
import { TERMS } from "./terms";

// Every fact here is from the residents' page (../shared/source/residents-page.txt).

export const WHATS_IN_THE_RECORD_PAGE: Localised<typeof English.WHATS_IN_THE_RECORD_PAGE> = {
  href: ROUTES.whatsInTheRecord,
  title: "রেকর্ডে কী কী তথ্য আছে",
  shortTitle: "রেকর্ডে কী আছে",
  description: "সংযুক্ত রেকর্ডে কোন কোন স্বাস্থ্য ও সেবার তথ্য আছে, এবং সময়ের সাথে কোন তথ্য যোগ করা হবে।",
  lede: "আপনার বর্তমান স্বাস্থ্য ও সেবার বেশিরভাগ তথ্য সংযুক্ত রেকর্ডে থাকবে।",
  sections: [
    {
      id: "what-it-shows",
      heading: "এতে কী কী থাকে",
      blocks: [
        { kind: "paragraph", text: "যেমন:" },
        {
          kind: "list",
          items: [
            "আপনার ওষুধ",
            "আপনার অ্যালার্জি",
            "আগে হাসপাতালে থাকার সময়ের পরিচর্যার সারসংক্ষেপ",
            "আপনার সামনের অ্যাপয়েন্টমেন্টগুলো",
            "সাধারণ পরীক্ষার ফলাফল, যেমন রক্ত পরীক্ষা",
          ],
        },
      ],
    },
    {
      id: "recent-history",
      heading: "শুধু সাম্প্রতিক ইতিহাস",
      blocks: [
        {
          kind: "paragraph",
          text: "সংযুক্ত রেকর্ড আপনার সাম্প্রতিক ইতিহাস দেখাবে। কারণ, স্বাস্থ্য ও সেবা প্রতিষ্ঠানগুলো সবসময় এই তথ্য কম্পিউটার ব্যবস্থায় রাখেনি।",
        },
      ],
    },
    {
      id: "added-over-time",
      heading: "যে তথ্য সময়ের সাথে যোগ করা হবে",
      blocks: [
        {
          kind: "paragraph",
          text: "সময়ের সাথে সাথে এতে এমন অন্যান্য প্রতিষ্ঠানের তথ্যও থাকবে, যারা NHS ও কাউন্সিলের সামাজিক সেবা দেয়। এর মধ্যে আছে মানসিক স্বাস্থ্যের রেকর্ড এবং সোশ্যাল ওয়ার্কারদের (সমাজকর্মীদের) তৈরি রেকর্ড।",
        },
        {
          kind: "paragraph",
          text: ["সময়ের সাথে আরও সেবা প্রতিষ্ঠান যুক্ত হবে। ", { text: "কখন শুরু হয় ও কারা অংশ নেয় দেখুন", href: ROUTES.whenItStarts }, "।"],
        },
      ],
    },
    {
      id: "children-and-young-people",
      heading: "শিশু ও তরুণরা",
      blocks: [
        { kind: "paragraph", text: "সব প্রাপ্তবয়স্ক ও শিশুর স্বাস্থ্য রেকর্ড যুক্ত করা হবে, সাথে প্রাপ্তবয়স্কদের সামাজিক সেবার তথ্যও।" },
        { kind: "paragraph", text: "শিশুদের সামাজিক সেবার রেকর্ড এতে যুক্ত করার কোনো পরিকল্পনা আমাদের বর্তমানে নেই।" },
        {
          kind: "paragraph",
          text: [
            "১৬ বছরের কম বয়সী কোনো শিশুর প্যারেন্টাল রেসপনসিবিলিটি (পিতামাতার আইনি দায়িত্ব) আপনার থাকলে, আপনি তার হয়ে সিদ্ধান্ত নিতে পারেন। ",
            { text: "অন্য কারও হয়ে কীভাবে সিদ্ধান্ত নেবেন জানুন", href: `${ROUTES.yourChoice}#making-a-choice-for-someone-else` },
            "।",
          ],
        },
        { kind: "paragraph", text: CHOICE_RULES.atSixteen },
        { kind: "definitions", items: [TERMS.parentalResponsibility] },
      ],
    },
    {
      id: "what-is-left-out",
      heading: "যে তথ্য বাদ রাখা হয়েছে",
      blocks: [
        {
          kind: "paragraph",
          text: [
            "আপনার তথ্যের প্রতিটি অংশ সংযুক্ত রেকর্ডে থাকে না। কিছু সংবেদনশীল তথ্য বাদ রাখা হয়েছে, যেমন যৌন স্বাস্থ্য, প্রজনন (ফার্টিলিটি) চিকিৎসা, পারিবারিক সহিংসতা এবং অপরাধের রেকর্ড। ",
            { text: "কী বাদ রাখা হয়েছে দেখুন", href: ROUTES.whatsLeftOut },
            "।",
          ],
        },
      ],
    },
  ],
};
