import type { ProgrammeText } from "../../../i18n/programme-text";
import { DEFAULT_PROGRAMME_FACTS } from "../../programme-schema";

// The default programme facts' free text in Bengali (lib/content/programme-schema.ts).
// The postal address stays as it is written (an address), except the line
// that says the example address is not for post.

const address = DEFAULT_PROGRAMME_FACTS.contact.postalAddress;

export const PROGRAMME_TEXT: ProgrammeText = {
  teamName: "সংযুক্ত রেকর্ড টিম",
  phoneHours: "সোমবার থেকে শুক্রবার, সকাল ৯টা থেকে বিকেল ৫টা (উদাহরণ হিসেবে দেওয়া সময়)",
  postalAddress: address.map((line) => (line === "Example address (not for post)" ? "উদাহরণ ঠিকানা (এখানে ডাকে কিছু পাঠাবেন না)" : line)),
  excludedInformation: {
    SEXUAL_HEALTH: {
      category: "যৌন স্বাস্থ্য",
      includes: "যৌন স্বাস্থ্য ক্লিনিকে যাওয়া, এবং যৌনবাহিত সংক্রমণের পরীক্ষা ও চিকিৎসা।",
    },
    FERTILITY: { category: "প্রজনন (ফার্টিলিটি) চিকিৎসা", includes: "আইভিএফ (IVF) এবং অন্যান্য প্রজনন চিকিৎসা।" },
    DOMESTIC_ABUSE: {
      category: "পারিবারিক সহিংসতা",
      includes: "পারিবারিক সহিংসতা বা নির্যাতন নিয়ে জানানো তথ্য, এবং পারিবারিক নির্যাতন সহায়তা সেবা থেকে পাওয়া সহায়তা।",
    },
    CRIMINAL_JUSTICE: {
      category: "অপরাধের রেকর্ড",
      includes: "অপরাধের রেকর্ড, এবং পুলিশ, আদালত বা প্রবেশন সেবা থেকে আসা তথ্য।",
    },
    HIV: { category: "এইচআইভি (HIV) ও এইডস (AIDS)", includes: "এইচআইভি পরীক্ষা, ফলাফল, চিকিৎসা ও পরিচর্যা।" },
    CONTRACEPTION: { category: "জন্মনিয়ন্ত্রণ", includes: "যৌন স্বাস্থ্য বা পরিবার পরিকল্পনা সেবা থেকে পাওয়া জন্মনিয়ন্ত্রণ।" },
    TERMINATION: { category: "গর্ভপাত (গর্ভাবস্থা শেষ করা)", includes: "গর্ভপাত এবং এর সাথে সম্পর্কিত পরিচর্যা।" },
    GENDER_IDENTITY: {
      category: "লিঙ্গ পরিচয়",
      includes: "লিঙ্গ পরিচয় বিষয়ক সেবা, এবং লিঙ্গ পরিবর্তনের যেকোনো রেকর্ড।",
    },
    SEXUAL_ASSAULT: { category: "যৌন নিপীড়ন", includes: "ধর্ষণ বা যৌন নিপীড়নের পরে পাওয়া পরিচর্যা।" },
    SAFEGUARDING: {
      category: "সুরক্ষা (সেফগার্ডিং)",
      includes: "ক্ষতির ঝুঁকিতে থাকা কোনো শিশু বা প্রাপ্তবয়স্ককে রক্ষা করার বিষয়ে উদ্বেগ ও পরিকল্পনা।",
    },
    ADOPTION: { category: "দত্তক", includes: "দত্তক নেওয়ার রেকর্ড।" },
    SUBSTANCE_USE: {
      category: "মাদক ও অ্যালকোহল সেবা",
      includes: "মাদক ও অ্যালকোহল বিষয়ক বিশেষ সেবা থেকে পাওয়া চিকিৎসা ও সহায়তা।",
    },
    GENETICS: { category: "জিনগত (জেনেটিক) পরীক্ষা", includes: "জিনগত পরীক্ষার ফলাফল।" },
    THERAPY_NOTES: { category: "টকিং থেরাপির নোট", includes: "কাউন্সেলিং বা সাইকোথেরাপি সেশনের নোট।" },
    COMPLAINTS_LEGAL: {
      category: "অভিযোগ ও আইনি দাবি",
      includes: "পরিচর্যা নিয়ে অভিযোগ ও আইনি দাবি।",
    },
    MARKED_PRIVATE: {
      category: "গোপন হিসেবে চিহ্নিত তথ্য",
      includes: "কোনো পেশাদার নিজের রেকর্ডে যা কিছু গোপন হিসেবে চিহ্নিত করেছেন।",
    },
  },
  roles: [
    {
      role: "জিপি (GP)",
      sees: "আপনার ওষুধ, অ্যালার্জি, হাসপাতালের সারসংক্ষেপ, পরীক্ষার ফলাফল ও অ্যাপয়েন্টমেন্ট।",
      why: "তাঁরা দীর্ঘ সময় ধরে আপনার স্বাস্থ্যের দেখাশোনা করেন।",
    },
    {
      role: "হাসপাতালের চিকিৎসক ও ক্লিনিশিয়ান",
      sees: "আপনার ওষুধ, অ্যালার্জি, আগে হাসপাতালে থাকার তথ্য ও পরীক্ষার ফলাফল।",
      why: "তাঁরা আপনার অবস্থা যাচাই করেন ও চিকিৎসা দেন, কখনো কখনো জরুরি অবস্থায়।",
    },
    {
      role: "কমিউনিটি স্বাস্থ্যকর্মী",
      sees: "আপনার ওষুধ, অ্যালার্জি এবং বাড়িতে পাওয়া পরিচর্যা।",
      why: "তাঁরা বাড়িতে বা ক্লিনিকে আপনার পরিচর্যা করেন।",
    },
    {
      role: "মানসিক স্বাস্থ্য কর্মী",
      sees: "আপনার ওষুধ, অ্যালার্জি এবং আপনার মানসিক স্বাস্থ্য পরিচর্যা।",
      why: "আপনার শারীরিক স্বাস্থ্য আপনার মানসিক স্বাস্থ্য পরিচর্যায় প্রভাব ফেলতে পারে।",
    },
    {
      role: "সোশ্যাল ওয়ার্কার (সমাজকর্মী)",
      sees: "প্রাপ্তবয়স্কদের সামাজিক সেবা থেকে আপনি যে সহায়তা পান, এবং কিছু স্বাস্থ্য তথ্য।",
      why: "তাঁরা আপনার পরিচর্যা ও সহায়তার পরিকল্পনা করেন।",
    },
    {
      role: "অকুপেশনাল থেরাপিস্ট",
      sees: "আপনার রেকর্ডের সেই অংশগুলো, যা দৈনন্দিন জীবনযাপন ও বাড়িতে সহায়তা নিয়ে।",
      why: "তাঁরা আপনাকে নিরাপদ ও স্বাবলম্বী থাকতে সাহায্য করেন।",
    },
  ],
  dataControllers: ["Example Hospital NHS Trust (উদাহরণ)", "Example Borough Council (উদাহরণ)"],
  dataProtectionOfficerName: "ডেটা সুরক্ষা কর্মকর্তা (উদাহরণ)",
};
