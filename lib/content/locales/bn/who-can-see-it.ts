import type * as English from "../../who-can-see-it";
import type { Localised } from "../../../i18n/localised";
import { programmeText, wordsOf } from "../../../i18n/programme-text";
import { PROGRAMME } from "../../programme";
import { ROUTES } from "../../routes";
import type { ContentBlock } from "../../types";

import { PROGRAMME_TEXT } from "./programme-text";

// The general rules are the residents' page's own words; what each role sees is a
// programme fact, in Bengali where it is still the default this translates.

export const ROLE_SUMMARIES: Localised<typeof English.ROLE_SUMMARIES> = programmeText(PROGRAMME_TEXT).roles;

export const ROLES_STATUS: Localised<typeof English.ROLES_STATUS> = PROGRAMME.roles.confirmed
  ? undefined
  : {
      heading: "উদাহরণ: এখনো নিশ্চিত করা হয়নি",
      text: "এই তালিকাটি একটি উদাহরণ। কোন ভূমিকার মানুষ কী দেখতে পারবেন, কর্মসূচিটি তা এখনো নিশ্চিত করেনি।",
    };

const roleBlocks: Localised<ContentBlock>[] = [
  ...(ROLES_STATUS ? [{ kind: "warning", heading: ROLES_STATUS.heading, paragraphs: [ROLES_STATUS.text] } as const] : []),
  {
    kind: "list",
    items: ROLE_SUMMARIES.map((role) => wordsOf(`${role.role}: ${role.sees} ${role.why}`, role)),
  },
];

export const WHO_CAN_SEE_IT_PAGE: Localised<typeof English.WHO_CAN_SEE_IT_PAGE> = {
  href: ROUTES.whoCanSeeIt,
  title: "কারা আপনার রেকর্ড দেখতে পারেন",
  shortTitle: "কারা এটি দেখতে পারেন",
  description: "কারা আপনার সংযুক্ত রেকর্ড দেখতে পারেন, এবং কেন প্রত্যেকে শুধু তাঁর কাজের জন্য যা দরকার তা-ই দেখেন।",
  lede: "আপনার স্বাস্থ্য ও সামাজিক সেবায় সহায়তা করতে যাঁদের আপনার তথ্য দেখা দরকার, শুধু তাঁরাই এটি দেখতে পারবেন।",
  sections: [
    {
      id: "who-can-see-it",
      heading: "কারা এটি দেখতে পারেন",
      blocks: [
        { kind: "paragraph", text: "এর মধ্যে আছেন:" },
        {
          kind: "list",
          items: [
            "জিপি (GP)",
            "সোশ্যাল ওয়ার্কার (সমাজকর্মী)",
            "হাসপাতালের চিকিৎসক ও ক্লিনিশিয়ান",
            "কমিউনিটি স্বাস্থ্যকর্মী",
            "মানসিক স্বাস্থ্য কর্মী",
            "পরিচর্যা দলের অন্যান্য অনুমোদিত সদস্য",
          ],
        },
        {
          kind: "paragraph",
          text: "প্রত্যেকে শুধু তাঁর কাজের সাথে সম্পর্কিত তথ্য দেখতে পারেন। তাই একজন সামাজিক সেবাকর্মী আপনার রেকর্ডের যে অংশ দেখেন, একজন অকুপেশনাল থেরাপিস্ট হয়তো তার থেকে ভিন্ন অংশ দেখেন।",
        },
      ],
    },
    {
      id: "the-rules",
      heading: "যে নিয়ম তাঁদের মানতে হয়",
      blocks: [
        {
          kind: "list",
          items: [
            "আপনার পরিচর্যা দেওয়া ও তা পরিচালনার কাজে যে তথ্য দরকার, তাঁরা শুধু সেটুকুই দেখতে পারেন।",
            "তাঁদের অবশ্যই আপনার রেকর্ড সুরক্ষিত রাখতে হবে।",
            "তাঁদের গোপনীয়তা রক্ষার দায়িত্ব আছে: তাঁদের অবশ্যই আপনার তথ্য গোপন রাখতে হবে।",
            "তাঁরা কঠোর আচরণবিধি মেনে কাজ করেন। আপনার গোপনীয়তাকে সম্মান না করা অথবা আপনার তথ্য নিরাপদ না রাখা একটি গুরুতর অপরাধ।",
          ],
        },
        { kind: "paragraph", text: [{ text: "আপনার তথ্য কীভাবে সুরক্ষিত রাখা হয় জানুন", href: ROUTES.isMyInformationSafe }, "।"] },
      ],
    },
    {
      id: "what-each-role-can-see",
      heading: "কোন ভূমিকার মানুষ কী দেখতে পারেন",
      blocks: roleBlocks,
    },
    {
      id: "seeing-your-own-record",
      heading: "নিজের রেকর্ড দেখা",
      blocks: [
        {
          kind: "paragraph",
          text: "সংযুক্ত রেকর্ড সেইসব পেশাদারদের জন্য, যাঁরা আপনার পরিচর্যা করেন। আপনি এর মাধ্যমে নিজের তথ্য দেখতে পারবেন না।",
        },
        {
          kind: "paragraph",
          text: "আপনি নিজের স্বাস্থ্য ও সেবার রেকর্ড দেখতে চাইলে, সরাসরি আপনার স্বাস্থ্য ও সেবা প্রতিষ্ঠানগুলোর কাছে চাইতে পারেন, যেমন আপনার জিপি প্র্যাকটিস, হাসপাতাল বা কাউন্সিল।",
        },
      ],
    },
  ],
};
