import type * as English from "../../privacy";
import type { Localised } from "../../../i18n/localised";
import { programmeText } from "../../../i18n/programme-text";
import { PROGRAMME } from "../../programme";
import { ROUTES } from "../../routes";
import type { ContentBlock } from "../../types";
import { CONTACT_DETAILS } from "./contact-details";
import { PROGRAMME_TEXT } from "./programme-text";
import { termsBlock } from "./terms";

// Uses of the record are the residents' page's words; the data controllers
// and the data protection officer are programme facts (lib/content/programme.ts).

const text = programmeText(PROGRAMME_TEXT);
const dpoEmail = PROGRAMME.dataProtectionOfficer.email;

const controllerBlocks: Localised<ContentBlock>[] = [
  {
    kind: "paragraph",
    text: "সংযুক্ত রেকর্ডের ডেটা কন্ট্রোলার (আপনার তথ্য কীভাবে ব্যবহার হবে তার জন্য আইনগতভাবে দায়ী প্রতিষ্ঠান) হলো:",
  },
  { kind: "list", items: text.dataControllers },
];

export const PRIVACY_PAGE: Localised<typeof English.PRIVACY_PAGE> = {
  href: ROUTES.privacy,
  title: "গোপনীয়তা বিজ্ঞপ্তি",
  shortTitle: "গোপনীয়তা বিজ্ঞপ্তি",
  description: "সংযুক্ত রেকর্ড ও এই ওয়েবসাইট কীভাবে আপনার তথ্য ব্যবহার করে, এবং আপনার অধিকারগুলো কী।",
  lede: "এই বিজ্ঞপ্তিতে ব্যাখ্যা করা হয়েছে সংযুক্ত রেকর্ডে ও এই ওয়েবসাইটে আপনার তথ্য কীভাবে ব্যবহার হয়, এবং আপনার অধিকারগুলো কী।",
  sections: [
    {
      id: "who-we-are",
      heading: "আমরা কারা",
      blocks: [
        {
          kind: "paragraph",
          text: "সংযুক্ত রেকর্ড হলো North London Partners in health and care-এর একটি কর্মসূচি, Barnet, Camden, Enfield, Haringey ও Islington-এর জন্য।",
        },
        ...controllerBlocks,
        {
          kind: "paragraph",
          text: ["ডেটা সুরক্ষা কর্মকর্তা: ", text.dataProtectionOfficerName, `, ${dpoEmail}।`],
        },
      ],
    },
    {
      id: "information-in-the-record",
      heading: "সংযুক্ত রেকর্ডের তথ্য কীভাবে ব্যবহার হয়",
      blocks: [
        {
          kind: "paragraph",
          text: [
            "যেসব সেবা আপনার পরিচর্যা করে, সংযুক্ত রেকর্ড তাদের তথ্য একসাথে নিয়ে আসে। ",
            { text: "রেকর্ডে কী কী তথ্য আছে দেখুন", href: ROUTES.whatsInTheRecord },
            "।",
          ],
        },
        { kind: "paragraph", text: "এটি ব্যবহার করা হয়:" },
        {
          kind: "list",
          items: [
            "আপনি যখন স্বাস্থ্য ও সেবাকর্মীদের কাছে যান, বা তাঁরা আপনার কাছে আসেন, তখন তাঁদের দ্বারা",
            "পরিচর্যা দলগুলোর দ্বারা, মানুষের স্বাস্থ্য ও সেবার প্রয়োজন বোঝার জন্য",
            "দীর্ঘমেয়াদি স্বাস্থ্য সমস্যা নিয়ে বসবাসকারী মানুষ যেন উচ্চমানের পরিচর্যা পান, তা নিশ্চিত করতে",
            "ব্যক্তিগত বিবরণ সরিয়ে দিয়ে (বেনামি করে), যাতে পেশাদাররা পরিচর্যার পরিকল্পনা ও উন্নতি করতে পারেন",
          ],
        },
        {
          kind: "paragraph",
          text: "আপনার সম্পর্কিত তথ্য ডেটা সুরক্ষা আইন ২০১৮ (Data Protection Act 2018) এবং UK GDPR দ্বারা সুরক্ষিত। আপনার তথ্যের গোপনীয়তা রক্ষার দায়িত্ব সেবা পেশাদারদের আছে।",
        },
        termsBlock(["ukGdpr"]),
      ],
    },
    {
      id: "information-you-give-us",
      heading: "এই ওয়েবসাইটে আপনি আমাদের যে তথ্য দেন",
      blocks: [
        { kind: "paragraph", text: "আপনি অপ্ট-আউট বা আবার অপ্ট-ইন করলে, আমরা রাখি:" },
        {
          kind: "list",
          items: [
            "যাঁর জন্য সিদ্ধান্ত, তাঁর নাম, জন্মতারিখ, NHS নম্বর ও পোস্টকোড",
            "আপনার সিদ্ধান্ত, এবং কখন তা নিয়েছেন",
            "আপনার ইমেইল ঠিকানা, যাতে আমরা আপনার সিদ্ধান্ত নিশ্চিত করে জানাতে পারি",
            "আপনি অন্য কারও হয়ে কাজ করলে, আপনার নাম, তাঁর সাথে আপনার সম্পর্ক এবং আপনার প্রমাণপত্র",
          ],
        },
        {
          kind: "paragraph",
          text: "আমরা প্রতিটি সিদ্ধান্তের একটি রেকর্ড রাখি, যাতে তা মেনে চলা হয়। আপনি মত বদলালে, আমরা আপনার নতুন সিদ্ধান্ত রেকর্ডে যোগ করি, এবং সবচেয়ে নতুন সিদ্ধান্তটিই গণ্য হয়।",
        },
        {
          kind: "paragraph",
          text: "আপনি আমাদের ফোন করতে বললে, আমরা আপনার নাম, ফোন নম্বর ও বার্তা রাখি। অনুরোধ করার ১২ মাস পর আমরা সেগুলো মুছে ফেলি।",
        },
      ],
    },
    {
      id: "who-we-share-it-with",
      heading: "আপনার সিদ্ধান্ত আমরা কাদের জানাই",
      blocks: [
        {
          kind: "paragraph",
          text: "প্রত্যেক ব্যক্তি অপ্ট-আউট করেছেন কি না, তা আমরা সংযুক্ত রেকর্ড ব্যবস্থাকে জানাই, যাতে সেটি জানে কার তথ্য শেয়ার করা যাবে।",
        },
      ],
    },
    {
      id: "your-rights",
      heading: "আপনার অধিকার",
      blocks: [
        { kind: "paragraph", text: "আপনার অধিকার আছে:" },
        {
          kind: "list",
          items: [
            "আপনার সম্পর্কে রাখা তথ্য দেখার",
            "ভুল তথ্য সংশোধন করতে বলার",
            "আপনার তথ্য যেভাবে ব্যবহার হচ্ছে তাতে আপত্তি জানানোর",
            "অভিযোগ করার",
          ],
        },
        {
          kind: "paragraph",
          text: `এর যেকোনো অধিকার ব্যবহার করতে, আমাদের ডেটা সুরক্ষা কর্মকর্তাকে ${dpoEmail} ঠিকানায় ইমেইল করুন, অথবা আমাদের সাথে যোগাযোগ করুন: ${CONTACT_DETAILS.email} ঠিকানায় ইমেইল করুন বা ${CONTACT_DETAILS.phone} নম্বরে ফোন করুন।`,
        },
        {
          kind: "paragraph",
          text: "আপনার স্বাস্থ্য ও সেবার রেকর্ড দেখতে, আপনি সরাসরি আপনার স্বাস্থ্য ও সেবা প্রতিষ্ঠানগুলোর কাছেও চাইতে পারেন, যেমন আপনার জিপি প্র্যাকটিস, হাসপাতাল বা কাউন্সিল।",
        },
      ],
    },
    {
      id: "complaints",
      heading: "অভিযোগ",
      blocks: [
        {
          kind: "paragraph",
          text: "আপনার তথ্য যেভাবে ব্যবহার হচ্ছে তাতে আপনি সন্তুষ্ট না হলে, প্রথমে আমাদের সাথে যোগাযোগ করুন। আপনি ইনফরমেশন কমিশনার'স অফিস (Information Commissioner's Office, ICO)-এর কাছেও অভিযোগ করতে পারেন, যারা যুক্তরাজ্যে ডেটা সুরক্ষা তদারকি করে। তাদের যোগাযোগের বিবরণ তাদের ওয়েবসাইট ico.org.uk-এ আছে।",
        },
      ],
    },
    {
      id: "cookies",
      heading: "কুকিজ",
      blocks: [
        {
          kind: "paragraph",
          text: ["এই ওয়েবসাইট আপনাকে অনুসরণ (ট্র্যাক) করতে কুকিজ ব্যবহার করে না। ", { text: "কুকিজ সম্পর্কে পড়ুন", href: ROUTES.cookies }, "।"],
        },
      ],
    },
  ],
};
