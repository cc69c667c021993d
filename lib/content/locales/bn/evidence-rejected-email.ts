import type * as English from "../../evidence-rejected-email";
import { REASON_LANG } from "../../evidence-rejected-email";
import type { Localised } from "../../../i18n/localised";
import { formatCalendarDate } from "./dates";
import { renderPlainEmail } from "./emails";
import { SITE_TITLE } from "./site";

// Sent to the person who made a decision for someone else (or to the person
// themself, for an opt-in awaiting review) when staff do not accept it.

export const renderDecisionRejectedEmail: Localised<typeof English.renderDecisionRejectedEmail> = (input) => {
  const what = input.choice === "OPT_OUT" ? "সংযুক্ত সেবা রেকর্ড থেকে অপ্ট-আউট করার" : "সংযুক্ত সেবা রেকর্ডে আবার অপ্ট-ইন করার";
  return renderPlainEmail({
    subject: `আমরা আপনার সিদ্ধান্ত ${input.reference} গ্রহণ করতে পারিনি`,
    lines: [
      `আপনি ${formatCalendarDate(input.decidedAt)} তারিখে ${what} অনুরোধ করেছিলেন (রেফারেন্স ${input.reference})।`,
      "",
      input.isProxy
        ? "আপনি যে ব্যক্তিটির হয়ে এই সিদ্ধান্ত নিতে পারেন, তার প্রমাণপত্র আমরা যাচাই করেছি, কিন্তু তা গ্রহণ করতে পারিনি। সিদ্ধান্তটি প্রত্যাহার করা হয়েছে।"
        : "আমরা আপনার অনুরোধ যাচাই করেছি, কিন্তু তা গ্রহণ করতে পারিনি। সিদ্ধান্তটি প্রত্যাহার করা হয়েছে।",
      "",
      ["কারণ, আমাদের টিম যেভাবে লিখেছে (ইংরেজিতে): ", { text: input.reason, lang: REASON_LANG }],
      "",
      ["সঠিক প্রমাণপত্রসহ আপনি আবার সিদ্ধান্তটি জানাতে পারেন: আমাদের ওয়েবসাইটে, কাগজের ফর্মে বা ফোনে। আমাদের ওয়েবসাইট: ", { href: input.links.site }],
      "",
      "আমাদের সাথে যোগাযোগ করলে আপনার রেফারেন্সটি জানান।",
      "",
      `${SITE_TITLE}`,
    ],
  });
};
