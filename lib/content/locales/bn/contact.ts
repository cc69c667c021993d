import type * as English from "../../contact";
import { CALLBACK_FORM as ENGLISH_CALLBACK_FORM } from "../../contact";
import type { Localised } from "../../../i18n/localised";
import { PROGRAMME } from "../../programme";
import { ROUTES } from "../../routes";
import { CONTACT_DETAILS } from "./contact-details";
import { withinWorkingDays } from "./programme";
import { joinWords } from "../../types";

const callbackWithin = withinWorkingDays(PROGRAMME.responseTimes.callbackWorkingDays);

/** The value each time option sends: the English words, which the team reads on the staff pages. */
const [anyTime, morning, afternoon] = ENGLISH_CALLBACK_FORM.preferredTime.options;

export const CONTACT_PAGE: Localised<typeof English.CONTACT_PAGE> = {
  href: ROUTES.contact,
  title: "যোগাযোগ করুন",
  shortTitle: "যোগাযোগ করুন",
  description: "সংযুক্ত রেকর্ড টিমকে ফোন করুন, ইমেইল করুন বা চিঠি লিখুন, অথবা আমাদের আপনাকে ফোন করতে বলুন।",
  lede: "সংযুক্ত রেকর্ড নিয়ে আপনার কোনো প্রশ্ন থাকলে, বা সিদ্ধান্ত জানাতে সাহায্য দরকার হলে, আমাদের সাথে যোগাযোগ করুন।",
  sections: [
    {
      id: "call-us",
      heading: "আমাদের ফোন করুন",
      blocks: [
        { kind: "paragraph", text: ["ফোন: ", { text: CONTACT_DETAILS.phone, href: CONTACT_DETAILS.phoneHref }] },
        { kind: "paragraph", text: CONTACT_DETAILS.marked.phoneHours },
        { kind: "paragraph", text: CONTACT_DETAILS.textRelay },
      ],
    },
    {
      id: "email-us",
      heading: "আমাদের ইমেইল করুন",
      blocks: [
        { kind: "paragraph", text: ["ইমেইল: ", { text: CONTACT_DETAILS.email, href: `mailto:${CONTACT_DETAILS.email}` }] },
        ...(CONTACT_DETAILS.emailReply ? [{ kind: "paragraph", text: CONTACT_DETAILS.emailReply } as const] : []),
        {
          kind: "paragraph",
          text: "ইমেইলে চিকিৎসা বিষয়ক কোনো তথ্য পাঠাবেন না। চিকিৎসা সহায়তা দরকার হলে, আপনার জিপির সাথে যোগাযোগ করুন বা 111 নম্বরে ফোন করুন।",
        },
      ],
    },
    {
      id: "write-to-us",
      heading: "আমাদের চিঠি লিখুন",
      blocks: [
        { kind: "paragraph", text: joinWords(CONTACT_DETAILS.marked.postalAddress, ", ") },
        ...(CONTACT_DETAILS.postage ? [{ kind: "paragraph", text: CONTACT_DETAILS.postage } as const] : []),
      ],
    },
    {
      id: "other-formats",
      heading: "অন্যান্য আকার ও ভাষা",
      blocks: [{ kind: "paragraph", text: CONTACT_DETAILS.otherFormats }],
    },
  ],
};

/** The request-a-call-back form on the contact page. */
export const CALLBACK_FORM: Localised<typeof English.CALLBACK_FORM> = {
  heading: "আমাদের আপনাকে ফোন করতে বলুন",
  id: "call-back",
  intro: `আপনার নাম ও ফোন নম্বর রেখে যান, আমরা আপনাকে${callbackWithin ? ` ${callbackWithin}` : ""} ফোন করব।`,
  name: { label: "আপনার নাম" },
  phone: {
    label: "যুক্তরাজ্যের (UK) ফোন নম্বর",
    hint: "যেমন, 07700 900 982 বা 020 7946 0123",
  },
  preferredTime: {
    legend: "আপনাকে ফোন করার সবচেয়ে ভালো সময় কখন?",
    options: [
      { value: anyTime.value, label: "যেকোনো সময়" },
      { value: morning.value, label: "সকাল (সকাল ৯টা থেকে দুপুর ১২টা)" },
      { value: afternoon.value, label: "দুপুর ও বিকেল (দুপুর ১২টা থেকে বিকেল ৫টা)" },
    ],
  },
  message: {
    label: "আপনি কী বিষয়ে কথা বলতে চান? (ঐচ্ছিক)",
    hint: "চিকিৎসা বিষয়ক কোনো বিবরণ লিখবেন না। ফোন করার সময় আমরা যা দরকার তা জিজ্ঞাসা করব।",
  },
  submit: "ফোন করার অনুরোধ পাঠান",
  errorSummaryHeading: "একটি সমস্যা হয়েছে",
  errorTitlePrefix: "ত্রুটি: ",
  errors: {
    name: {
      required: "আপনার নাম লিখুন",
      tooLong: "আপনার নাম ২০০ অক্ষর বা তার কম হতে হবে",
      hiddenCharacters: "আপনার নামে ট্যাব বা লাইন ব্রেকের মতো লুকানো অক্ষর থাকা চলবে না",
    },
    phone: {
      required: "যুক্তরাজ্যের (UK) একটি ফোন নম্বর লিখুন",
      invalid: "যুক্তরাজ্যের (UK) একটি ফোন নম্বর লিখুন, যেমন 07700 900 982 বা 020 7946 0123",
    },
    preferredTime: {
      required: "আপনাকে ফোন করার সবচেয়ে ভালো সময় কখন, তা বেছে নিন",
    },
    message: {
      tooLong: "আপনি কী বিষয়ে কথা বলতে চান, তা ২০০০ অক্ষর বা তার কম হতে হবে",
      hiddenCharacters: "আপনি কী বিষয়ে কথা বলতে চান, তাতে লুকানো নিয়ন্ত্রণ-অক্ষর থাকা চলবে না",
    },
    tooManyRequests: "আপনি অনেকবার ফোন করার অনুরোধ করেছেন। এক ঘণ্টা পরে আবার চেষ্টা করুন, অথবা আমাদের ফোন করুন।",
    notSaved: `দুঃখিত, আমরা আপনার অনুরোধটি সংরক্ষণ করতে পারিনি। পরে আবার চেষ্টা করুন, অথবা আমাদের ${CONTACT_DETAILS.phone} নম্বরে ফোন করুন।`,
  },
};

export const CALLBACK_REQUESTED_PAGE: Localised<typeof English.CALLBACK_REQUESTED_PAGE> = {
  title: "আমরা আপনাকে ফোন করব",
  body: `আমরা আপনার অনুরোধ পেয়েছি। সংযুক্ত রেকর্ড টিমের কেউ আপনাকে${callbackWithin ? ` ${callbackWithin}` : ""} ফোন করবেন।`,
  nextHeading: "এরপর কী হবে",
  next: [
    [`আমরা আপনার সাথে যোগাযোগ করতে না পারলে, আপনি আমাদের ${CONTACT_DETAILS.phone} নম্বরে ফোন করতে পারেন, `, CONTACT_DETAILS.marked.phoneHours, "।"],
    "এর আগে চিকিৎসা সহায়তা দরকার হলে, আপনার জিপির সাথে যোগাযোগ করুন বা 111 নম্বরে ফোন করুন।",
  ],
  backLink: { text: "যোগাযোগ পৃষ্ঠায় ফিরে যান", href: ROUTES.contact },
};
