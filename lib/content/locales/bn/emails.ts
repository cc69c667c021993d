import type * as English from "../../emails";
import type { CallbackRequestEmailInput, OptInAttemptNoticeInput } from "../../emails";
import type { Localised } from "../../../i18n/localised";
import { PROGRAMME } from "../../programme";
import { CALLBACK_FORM } from "./contact";
import { CONTACT_DETAILS } from "./contact-details";
import { withinWorkingDays } from "./programme";
import { SITE_TITLE } from "./site";
import { emailLayout } from "../../email-layout";

// The emails in Bengali, rendered as plain text and simple HTML marked lang="bn",
// the same layout as lib/content/emails.ts.

/** The Bengali label of a stored call-back time (the form sends the English words), or the stored words if unknown. */
function preferredTimeLabel(value: string): string {
  return CALLBACK_FORM.preferredTime.options.find((option) => option.value === value)?.label ?? value;
}

/** Sent to the team when a resident asks for a call back on the contact page (in the language the resident used). */

/** The service's email layout (lib/content/email-layout.ts), marked as this language. */
const LAYOUT = emailLayout({ lang: "bn", fontFamily: "'Noto Sans Bengali',Arial,sans-serif", lineHeight: 1.6 });
const { renderRows } = LAYOUT;
export const { renderPlainEmail, renderFactsEmail } = LAYOUT;

export const renderCallbackRequestEmail: Localised<typeof English.renderCallbackRequestEmail> = (input: CallbackRequestEmailInput) => {
  const title = "একজন বাসিন্দা তাঁকে ফোন করার অনুরোধ করেছেন";
  const rows: [string, string][] = [
    ["নাম", input.name],
    ["ফোন নম্বর", input.phone],
    ["ফোন করার সবচেয়ে ভালো সময়", input.preferredTime ? preferredTimeLabel(input.preferredTime) : "দেওয়া হয়নি"],
    ["কী বিষয়ে", input.message ?? "দেওয়া হয়নি"],
    ["অনুরোধের সময়", input.requestedAt],
    ["অনুরোধের রেফারেন্স", input.reference],
  ];
  const within = withinWorkingDays(PROGRAMME.responseTimes.callbackWorkingDays);
  const footer = `${SITE_TITLE} ওয়েবসাইট থেকে পাঠানো। অনুগ্রহ করে ${within ?? "যত তাড়াতাড়ি সম্ভব"} ফোন করুন, এবং অনুরোধটি সম্পন্ন হিসেবে চিহ্নিত করুন।`;
  return {
    // The subject names no one: subjects show in notifications and mail logs.
    subject: `ফোন করার অনুরোধ ${input.reference}`,
    text: [title, "", ...rows.map(([key, value]) => `${key}: ${value}`), "", footer].join("\n"),
    html: renderRows(title, rows, footer),
  };
};

/** Sent to every address that proved an earlier opt-out when someone asks to opt that person back in. */
export const renderOptInAttemptNotice: Localised<typeof English.renderOptInAttemptNotice> = (input: OptInAttemptNoticeInput) => {
  const title = "কেউ একজন সংযুক্ত সেবা রেকর্ডে আবার অপ্ট-ইন করার অনুরোধ করেছেন";
  const why =
    input.basis.kind === "opt-out"
      ? `আমরা আপনাকে লিখছি, কারণ নর্থ লন্ডনের সংযুক্ত সেবা রেকর্ড থেকে একজন ব্যক্তিকে অপ্ট-আউট করাতে এই ইমেইল ঠিকানাটি ব্যবহার করা হয়েছিল (রেফারেন্স ${input.basis.reference}, ${input.basis.decidedOn} তারিখে)। এখন কেউ একজন সেই একই ব্যক্তিকে আবার অপ্ট-ইন করানোর অনুরোধ করেছেন।`
      : "আমরা আপনাকে লিখছি, কারণ নর্থ লন্ডনের সংযুক্ত সেবা রেকর্ড নিয়ে সিদ্ধান্ত জানাতে আপনি NHS login দিয়ে সাইন ইন করেছিলেন। এখন কেউ একজন আপনাকে আবার অপ্ট-ইন করানোর অনুরোধ করেছেন।";
  const whatHappens =
    input.outcome === "EFFECTIVE"
      ? "অনুরোধটি কার্যকর হয়েছে। স্বাস্থ্য ও সেবাকর্মীরা আবার সংযুক্ত সেবা রেকর্ডে ব্যক্তিটির তথ্য দেখতে পারবেন।"
      : "অনুরোধটি কার্যকর হয়নি। আমাদের টিম আগে এটি যাচাই করবে। ততক্ষণ পর্যন্ত ব্যক্তিটি অপ্ট-আউট অবস্থাতেই থাকবেন।";
  const rows: [string, string][] = [
    ["অনুরোধের রেফারেন্স", input.requestReference],
    ["অনুরোধ পাওয়ার সময়", input.receivedAt],
  ];
  const closing = [
    whatHappens,
    "আপনি নিজে এই অনুরোধ করে থাকলে, বা এতে রাজি থাকলে, আপনাকে কিছুই করতে হবে না।",
    [`আপনি তা না করে থাকলে, আমাদের ${CONTACT_DETAILS.phone} নম্বরে ফোন করুন (`, CONTACT_DETAILS.marked.phoneHours, `) এবং অনুরোধের রেফারেন্সটি জানান।`],
    ["আপনি যেকোনো সময় আমাদের ওয়েবসাইটে আবার অপ্ট-আউটও করতে পারেন: ", { href: input.links.site }],
    "অপ্ট-আউট সাথে সাথে কার্যকর হয়।",
    "অনুরোধটি কে করেছেন, তা আমরা আপনাকে জানাই না। আমরা কখনো ফোনে বা ইমেইলে আপনার নিরাপত্তা কোড চাই না।",
  ];
  // The subject names no one: subjects show in notifications and mail logs.
  return renderFactsEmail({ subject: `আবার অপ্ট-ইন করার অনুরোধ: রেফারেন্স ${input.requestReference}`, title, intro: [why], rows, closing });
};
