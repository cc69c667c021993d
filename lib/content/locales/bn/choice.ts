import type * as English from "../../choice";
import { onLines, type SiteLinks } from "../../email-layout";
import type { Localised } from "../../../i18n/localised";
import { PROGRAMME } from "../../programme";
import { CHILD_AGE_LIMIT, EVIDENCE_MAX_MEGABYTES } from "../../../validation/limits";
import { CONTACT_DETAILS } from "./contact-details";
import { DECISION_ERRORS } from "./decision-errors";
import { formatNumber, withinWorkingDays } from "./programme";
import { CHOICE_RULES } from "./rules";

const EVIDENCE_CHECK_WITHIN = withinWorkingDays(PROGRAMME.responseTimes.evidenceCheckWorkingDays);
const CHILD_AGE = formatNumber(CHILD_AGE_LIMIT);
const MAX_MB = formatNumber(EVIDENCE_MAX_MEGABYTES);

// Every word of the online opt-out and opt-in journeys, their emails and the
// paper form, in Bengali. The values the forms send (SELF, OPT_OUT, UPLOAD...)
// stay as in English: they are codes, not words.

export const JOURNEYS: Localised<typeof English.JOURNEYS> = {
  "opt-out": {
    choice: "OPT_OUT",
    title: "সংযুক্ত সেবা রেকর্ড থেকে অপ্ট-আউট করুন",
    intro: [
      "আপনি অপ্ট-আউট করলে, Barnet, Camden, Enfield, Haringey ও Islington-এর স্বাস্থ্য ও সেবাকর্মীরা সংযুক্ত সেবা রেকর্ডে আপনার তথ্য দেখতে পাবেন না।",
      CHOICE_RULES.optOutDoesNot,
      ...CHOICE_RULES.emergencyWarning.paragraphs,
      `আপনি অপ্ট-আউট করতে পারেন নিজের জন্য, ${CHILD_AGE} বছরের কম বয়সী এমন কোনো শিশুর জন্য যার প্যারেন্টাল রেসপনসিবিলিটি (পিতামাতার আইনি দায়িত্ব) আপনার আছে, অথবা এমন কারও জন্য যার স্বাস্থ্য ও কল্যাণ বিষয়ক লাস্টিং পাওয়ার অফ অ্যাটর্নি আপনার কাছে আছে বা যার আপনি আদালত-নিযুক্ত ডেপুটি।`,
    ],
  },
  "opt-in": {
    choice: "OPT_IN",
    title: "সংযুক্ত সেবা রেকর্ডে আবার অপ্ট-ইন করুন",
    intro: [
      "আপনি আগে অপ্ট-আউট করে থাকলে, যেকোনো সময় আবার অপ্ট-ইন করতে পারেন। তখন স্বাস্থ্য ও সেবাকর্মীরা আপনার পরিচর্যা করার সময় সংযুক্ত সেবা রেকর্ডে আপনার তথ্য দেখতে পাবেন।",
      `আপনি এটি করতে পারেন নিজের জন্য, ${CHILD_AGE} বছরের কম বয়সী এমন কোনো শিশুর জন্য যার প্যারেন্টাল রেসপনসিবিলিটি (পিতামাতার আইনি দায়িত্ব) আপনার আছে, অথবা এমন কারও জন্য যার স্বাস্থ্য ও কল্যাণ বিষয়ক লাস্টিং পাওয়ার অফ অ্যাটর্নি আপনার কাছে আছে বা যার আপনি আদালত-নিযুক্ত ডেপুটি।`,
    ],
  },
};

export const START_PAGE: Localised<typeof English.START_PAGE> = {
  beforeYouStart: "শুরু করার আগে",
  youWillNeed: "আপনার যা লাগবে:",
  needs: [
    "ব্যক্তির নাম, জন্মতারিখ ও বাড়ির পোস্টকোড",
    "তাঁর NHS নম্বর, যদি আপনি জানেন (না জানলেও আপনি এগিয়ে যেতে পারবেন)",
    "এমন একটি ইমেইল ঠিকানা যা আপনি এখনই খুলতে পারেন, একটি নিরাপত্তা কোড পাওয়ার জন্য",
    "আপনি কারও হয়ে কাজ করলে, আপনার প্রমাণপত্রের একটি কপি (যেমন জন্ম সনদ বা লাস্টিং পাওয়ার অফ অ্যাটর্নি), অথবা আপনি এটি ডাকে পাঠাতে পারেন",
  ],
  takes: "এতে প্রায় ৫ মিনিট সময় লাগে।",
  startButton: "এখনই শুরু করুন",
  paperIntro: "এছাড়া আপনি",
  paperLink: "একটি কাগজের ফর্ম ডাউনলোড করে (PDF)",
  paperOutro: "পূরণ করে আমাদের কাছে ডাকে পাঠাতে পারেন।",
};

export const COMMON: Localised<typeof English.COMMON> = {
  backLink: "ফিরে যান",
  continue: "এগিয়ে যান",
  change: "বদলান",
  errorSummaryHeading: "একটি সমস্যা হয়েছে",
  optional: "(ঐচ্ছিক)",
  tooManyRequests: `আপনি অনেকবার চেষ্টা করেছেন। এক ঘণ্টা অপেক্ষা করে আবার চেষ্টা করুন, অথবা আমাদের ${CONTACT_DETAILS.phone} নম্বরে ফোন করুন।`,
  tooManyForThisPerson: `আজ এই NHS নম্বরের জন্য আমরা অনেকগুলো সিদ্ধান্ত পেয়েছি, তাই অনলাইনে আর একটি গ্রহণ করতে পারছি না। আগামীকাল আবার চেষ্টা করুন, অথবা আমাদের ${CONTACT_DETAILS.phone} নম্বরে ফোন করুন।`,
  notSaved: "দুঃখিত, সেবাটিতে একটি সমস্যা হয়েছে এবং এই উত্তরটি সংরক্ষণ করা হয়নি। কয়েক মিনিট পরে আবার চেষ্টা করুন।",
};

export const WHO_FOR: Localised<typeof English.WHO_FOR> = {
  title: "এই সিদ্ধান্ত কার জন্য?",
  options: [
    { value: "SELF", label: "আমার নিজের জন্য" },
    { value: "PARENT_OR_GUARDIAN", label: `${CHILD_AGE} বছরের কম বয়সী এমন একটি শিশু, যার প্যারেন্টাল রেসপনসিবিলিটি (পিতামাতার আইনি দায়িত্ব) আমার আছে` },
    { value: "ATTORNEY", label: "এমন কেউ, যার স্বাস্থ্য ও কল্যাণ বিষয়ক লাস্টিং পাওয়ার অফ অ্যাটর্নি আমার কাছে আছে" },
    { value: "DEPUTY", label: "এমন কেউ, যার আমি আদালত-নিযুক্ত ডেপুটি" },
  ],
  errors: { required: "সিদ্ধান্তটি কার জন্য, তা বেছে নিন" },
};

export const ABOUT_YOU: Localised<typeof English.ABOUT_YOU> = {
  title: "আপনার সম্পর্কে",
  hint: "যেহেতু আপনি অন্য কারও হয়ে এই সিদ্ধান্ত নিচ্ছেন, তাই আমাদের আপনার বিবরণও দরকার।",
  proxyName: { label: "আপনার পুরো নাম" },
  proxyRelationship: { label: "ব্যক্তিটির সাথে আপনার সম্পর্ক", hint: "যেমন, মা, বাবা, অভিভাবক, ছেলে বা মেয়ে" },
  errors: {
    proxyNameRequired: "আপনার পুরো নাম লিখুন",
    proxyNameTooLong: DECISION_ERRORS.proxyName.tooLong,
    proxyNameCharacters: "আপনার নামে শুধু অক্ষর, স্পেস, হাইফেন (-) ও অ্যাপোস্ট্রফি (') থাকতে পারে",
    relationshipRequired: "ব্যক্তিটির সাথে আপনার সম্পর্ক লিখুন",
    relationshipTooLong: DECISION_ERRORS.proxyRelationship.tooLong,
    relationshipCharacters: "সম্পর্কের ঘরে শুধু অক্ষর, স্পেস, হাইফেন (-) ও অ্যাপোস্ট্রফি (') থাকতে পারে",
  },
};

export const NAME: Localised<typeof English.NAME> = {
  titleSelf: "আপনার নাম কী?",
  titleProxy: "ব্যক্তিটির নাম কী?",
  givenName: { label: "প্রথম নাম" },
  familyName: { label: "শেষ নাম (পদবি)" },
  errors: {
    givenNameRequired: "প্রথম নামটি লিখুন",
    givenNameTooLong: DECISION_ERRORS.givenName.tooLong,
    givenNameCharacters: "প্রথম নামে শুধু অক্ষর, স্পেস, হাইফেন (-) ও অ্যাপোস্ট্রফি (') থাকতে পারে",
    familyNameRequired: "শেষ নামটি (পদবি) লিখুন",
    familyNameTooLong: DECISION_ERRORS.familyName.tooLong,
    familyNameCharacters: "শেষ নামে (পদবিতে) শুধু অক্ষর, স্পেস, হাইফেন (-) ও অ্যাপোস্ট্রফি (') থাকতে পারে",
  },
};

export const DATE_OF_BIRTH: Localised<typeof English.DATE_OF_BIRTH> = {
  titleSelf: "আপনার জন্মতারিখ কী?",
  titleProxy: "ব্যক্তিটির জন্মতারিখ কী?",
  hint: "যেমন, 15 3 1984 (দিন মাস বছর)",
  day: "দিন",
  month: "মাস",
  year: "বছর",
  errors: {
    required: "একটি জন্মতারিখ লিখুন",
    missingDay: "জন্মতারিখে দিন থাকতে হবে",
    missingMonth: "জন্মতারিখে মাস থাকতে হবে",
    missingYear: "জন্মতারিখে বছর থাকতে হবে",
    yearFourDigits: "বছরে ৪টি সংখ্যা থাকতে হবে",
    invalid: DECISION_ERRORS.dateOfBirth.invalid,
    future: DECISION_ERRORS.dateOfBirth.future,
    tooOld: DECISION_ERRORS.dateOfBirth.tooOld,
    childTooOld: `শিশুটির বয়স ${CHILD_AGE} বছরের কম হতে হবে। ${CHILD_AGE} বছর বা তার বেশি বয়সী তরুণরা নিজেরাই নিজেদের সিদ্ধান্ত নেয়`,
  },
};

export const NHS_NUMBER: Localised<typeof English.NHS_NUMBER> = {
  titleSelf: "আপনার NHS নম্বর কী?",
  titleProxy: "ব্যক্তিটির NHS নম্বর কী?",
  label: "NHS নম্বর (ঐচ্ছিক)",
  hint: "এটি ১০ অঙ্কের একটি নম্বর, যেমন 999 123 4567। না জানলে ঘরটি খালি রাখুন।",
  helpSummary: "NHS নম্বর কোথায় পাবেন",
  help: [
    "NHS-এর পাঠানো যেকোনো চিঠি বা কাগজপত্রে, প্রেসক্রিপশনে, NHS App-এ, অথবা জিপি প্র্যাকটিসে জিজ্ঞাসা করে আপনি NHS নম্বর জানতে পারেন।",
    "না জানলে এই ঘরটি খালি রাখুন। আমরা ব্যক্তির নাম, জন্মতারিখ ও পোস্টকোড দিয়ে তাঁর রেকর্ড খুঁজে নেব।",
  ],
};

export const POSTCODE: Localised<typeof English.POSTCODE> = {
  titleSelf: "আপনার বাড়ির পোস্টকোড কী?",
  titleProxy: "ব্যক্তিটির বাড়ির পোস্টকোড কী?",
  label: "পোস্টকোড",
  hint: "যেমন, N1 1AA",
  errors: { required: "একটি পোস্টকোড লিখুন", tooLong: "পোস্টকোড ৮ অক্ষর বা তার কম হতে হবে" },
};

export const GP_PRACTICE: Localised<typeof English.GP_PRACTICE> = {
  titleSelf: "আপনি কোন জিপি প্র্যাকটিসে নিবন্ধিত?",
  titleProxy: "ব্যক্তিটি কোন জিপি প্র্যাকটিসে নিবন্ধিত?",
  label: "জিপি প্র্যাকটিস (ঐচ্ছিক)",
  hint: "Barnet, Camden, Enfield, Haringey ও Islington-এর প্র্যাকটিসগুলো থেকে বেছে নিন। প্র্যাকটিসটি তালিকায় না থাকলে বা আপনি না জানলে, যেমন আছে তেমনই রেখে দিন।",
  none: "তালিকায় নেই, বা আমি জানি না",
  errors: { unknown: "তালিকা থেকে একটি জিপি প্র্যাকটিস বেছে নিন" },
};

export const NOT_ELIGIBLE: Localised<typeof English.NOT_ELIGIBLE> = {
  title: "আপনি এই সেবাটি ব্যবহার করতে পারবেন না",
  paragraphs: [
    "সংযুক্ত সেবা রেকর্ড তাঁদের জন্য, যাঁরা Barnet, Camden, Enfield, Haringey বা Islington-এ থাকেন, অথবা সেখানকার কোনো জিপি প্র্যাকটিসে নিবন্ধিত। আপনার দেওয়া পোস্টকোড ও জিপি প্র্যাকটিস এই এলাকাগুলোর বাইরে।",
  ],
  whatToDoHeading: "এর বদলে আপনি যা করতে পারেন",
  alternatives: [
    {
      text: "জাতীয় ডেটা অপ্ট-আউট (national data opt-out) দিয়ে ঠিক করুন, আপনার গোপনীয় রোগী-তথ্য গবেষণা ও পরিকল্পনার কাজে ব্যবহার হবে কি না",
      href: "https://www.nhs.uk/your-nhs-data-matters/",
    },
    {
      text: "আপনি যেখানে থাকেন সেখানকার শেয়ার করা সেবা রেকর্ড সম্পর্কে আপনার জিপি প্র্যাকটিস বা স্থানীয় কাউন্সিলের কাছ থেকে জানুন",
      href: "https://www.nhs.uk/service-search/find-a-gp",
    },
  ],
  changeAnswers: "আপনি ভুল করে থাকলে,",
  changePostcode: "পোস্টকোড বদলান",
  or: "অথবা",
  changeGp: "জিপি প্র্যাকটিস বদলান",
};

export const EVIDENCE: Localised<typeof English.EVIDENCE> = {
  title: "আপনি যে ব্যক্তিটির হয়ে কাজ করতে পারেন, তার প্রমাণ",
  hint: "শিশুর ক্ষেত্রে এটি হতে পারে জন্ম সনদ বা আদালতের আদেশ। প্রাপ্তবয়স্কের ক্ষেত্রে, স্বাস্থ্য ও কল্যাণ বিষয়ক লাস্টিং পাওয়ার অফ অ্যাটর্নি, অথবা আপনাকে ডেপুটি হিসেবে নাম উল্লেখ করা আদালতের আদেশ।",
  methodLegend: "আপনি কীভাবে আপনার প্রমাণপত্র পাঠাবেন?",
  methods: [
    { value: "UPLOAD", label: "এখনই আপলোড করব" },
    { value: "POST", label: "আমি একটি কপি ডাকে পাঠাব" },
  ],
  fileLabel: "একটি ফাইল আপলোড করুন",
  fileHint: `শুধু যদি আপনি এখনই আপলোড করা বেছে নিয়ে থাকেন। একটি PDF, JPEG বা PNG ফাইল, ${MAX_MB} MB-এর চেয়ে ছোট। নথির একটি ছবি তুলে দিলেও চলবে।`,
  alreadyUploaded: (fileName) => `আপনি ${fileName} আপলোড করেছেন। এটি বদলাতে অন্য একটি ফাইল বেছে নিন।`,
  postAddressIntro: "একটি কপি (আসলটি নয়) এই ঠিকানায় ডাকে পাঠান:",
  errors: {
    methodRequired: "আপনি কীভাবে প্রমাণপত্র পাঠাবেন, তা বেছে নিন",
    fileRequired: "আপলোড করার জন্য একটি ফাইল বেছে নিন",
    fileTooBig: `বেছে নেওয়া ফাইলটি ${MAX_MB} MB-এর চেয়ে ছোট হতে হবে`,
    requestTooBig: `বেছে নেওয়া ফাইলটি ${MAX_MB} MB-এর চেয়ে ছোট হতে হবে। একটি ছোট ফাইল বেছে নিন, অথবা "আমি একটি কপি ডাকে পাঠাব" বেছে নিন এবং কোনো ফাইল বেছে নেবেন না`,
    fileWrongType: "বেছে নেওয়া ফাইলটি PDF, JPEG বা PNG হতে হবে",
  },
};

export const DECISION: Localised<typeof English.DECISION> = {
  title: "আপনি কী করতে চান?",
  options: [
    { value: "OPT_OUT", label: "সংযুক্ত সেবা রেকর্ড থেকে অপ্ট-আউট করতে চাই" },
    { value: "OPT_IN", label: "সংযুক্ত সেবা রেকর্ডে আবার অপ্ট-ইন করতে চাই" },
  ],
  errors: { required: "অপ্ট-আউট করবেন নাকি আবার অপ্ট-ইন করবেন, তা বেছে নিন" },
};

export const EMAIL: Localised<typeof English.EMAIL> = {
  title: "আপনার ইমেইল ঠিকানা কী?",
  label: "ইমেইল ঠিকানা",
  hint: "আমরা এখনই এই ঠিকানায় একটি নিরাপত্তা কোড পাঠাব, আর পরে আপনার সিদ্ধান্তের নিশ্চিতকরণ পাঠাব।",
  sendButton: "কোডটি পাঠান",
  errors: {
    required: "একটি ইমেইল ঠিকানা লিখুন",
    invalid: "সঠিক ধরনে একটি ইমেইল ঠিকানা লিখুন, যেমন name@example.com",
    tooLong: "ইমেইল ঠিকানা ২৫৪ অক্ষর বা তার কম হতে হবে",
  },
};

export const CONFIRM_EMAIL: Localised<typeof English.CONFIRM_EMAIL> = {
  title: "আপনার ইমেইল দেখুন",
  sentTo: (email) => `আমরা ${email} ঠিকানায় ৬ অঙ্কের একটি নিরাপত্তা কোড পাঠিয়েছি। ১০ মিনিট পরে এর মেয়াদ শেষ হয়ে যায়।`,
  label: "নিরাপত্তা কোড",
  hint: "কোডটিতে ৬টি সংখ্যা আছে",
  resendIntro: "কোডটি পাননি? আপনার স্প্যাম ফোল্ডার দেখুন, অথবা",
  resendButton: "একটি নতুন কোড পাঠান",
  resent: "আমরা একটি নতুন কোড পাঠিয়েছি। সবচেয়ে নতুনটি ব্যবহার করুন।",
  changeEmail: "অন্য একটি ইমেইল ঠিকানা ব্যবহার করুন",
  errors: {
    required: "৬ অঙ্কের নিরাপত্তা কোডটি লিখুন",
    format: "নিরাপত্তা কোডে ৬টি সংখ্যা থাকতে হবে",
    wrong: "নিরাপত্তা কোডটি সঠিক নয়। ইমেইলটি দেখে আবার চেষ্টা করুন",
    expired: "নিরাপত্তা কোডটির মেয়াদ শেষ হয়ে গেছে। একটি নতুন কোড পাঠান",
    tooManyAttempts: "আপনি অনেকবার ভুল কোড লিখেছেন। একটি নতুন কোড পাঠান",
    resendTooSoon: "আরেকটি কোড চাওয়ার আগে এক মিনিট অপেক্ষা করুন",
    tooManyCodes: "আপনি অনেকগুলো কোড চেয়েছেন। এক ঘণ্টা অপেক্ষা করে আবার চেষ্টা করুন",
    noCode: "আগে একটি নিরাপত্তা কোড পাঠান",
  },
};

export const CHECK_ANSWERS: Localised<typeof English.CHECK_ANSWERS> = {
  title: "পাঠানোর আগে আপনার উত্তরগুলো দেখে নিন",
  rows: {
    madeBy: "সিদ্ধান্তটি কার জন্য",
    proxyName: "আপনার নাম",
    proxyRelationship: "ব্যক্তিটির সাথে আপনার সম্পর্ক",
    name: "নাম",
    dateOfBirth: "জন্মতারিখ",
    nhsNumber: "NHS নম্বর",
    postcode: "বাড়ির পোস্টকোড",
    gpPractice: "জিপি প্র্যাকটিস",
    evidence: "প্রমাণপত্র",
    decision: "সিদ্ধান্ত",
    email: "ইমেইল ঠিকানা",
  },
  notGiven: "দেওয়া হয়নি",
  evidenceUploaded: (fileName) => `আপলোড করা হয়েছে: ${fileName}`,
  evidencePost: "আমি একটি কপি ডাকে পাঠাব",
  declarationHeading: "এবার আপনার সিদ্ধান্ত পাঠান",
  declaration: "এটি পাঠিয়ে আপনি নিশ্চিত করছেন যে তথ্যগুলো সঠিক, এবং আপনি কারও হয়ে কাজ করলে, তাঁর হয়ে এই সিদ্ধান্ত নেওয়ার অধিকার আপনার আছে।",
  submit: "আমার সিদ্ধান্ত পাঠান",
  errors: {
    incomplete: "কিছু উত্তর বাকি আছে। প্রতিটি প্রশ্নের উত্তর দিন, তারপর আবার চেষ্টা করুন",
    emailNotProved: "পাঠানোর আগে একটি নিরাপত্তা কোড দিয়ে আপনার ইমেইল ঠিকানা নিশ্চিত করুন",
  },
};

export const CONFIRMATION: Localised<typeof English.CONFIRMATION> = {
  title: { OPT_OUT: "আপনার অপ্ট-আউট রেকর্ড করা হয়েছে", OPT_IN: "আপনার অপ্ট-ইন রেকর্ড করা হয়েছে" },
  referenceLabel: "আপনার রেফারেন্স নম্বর",
  emailSent: (email) => `আমরা ${email} ঠিকানায় একটি নিশ্চিতকরণ ইমেইল পাঠিয়েছি। আমাদের সাথে যোগাযোগের দরকার হতে পারে, তাই আপনার রেফারেন্স নম্বরটি রেখে দিন।`,
  whatHappensNext: "এরপর কী হবে",
  next: {
    OPT_OUT_EFFECTIVE: [
      "আপনার অপ্ট-আউট কার্যকর হয়েছে। সংযুক্ত সেবা রেকর্ড স্বাস্থ্য ও সেবাকর্মীদের এই ব্যক্তির তথ্য দেখাবে না।",
      "দরকার হলে কর্মীরা এখনো ফোনে, ইমেইলে বা চিঠিতে তথ্য শেয়ার করতে পারেন।",
    ],
    // The same words for everyone who opts back in without NHS login: they must
    // not reveal anyone's current choice (PRODUCT.md, "Rules"; docs/decisions/015).
    OPT_IN_RECEIVED: [
      "আবার অপ্ট-ইন করার জন্য আপনার অনুরোধ আমরা পেয়েছি। আমরা প্রতিটি অনুরোধ রেজিস্টারের সাথে মিলিয়ে দেখি। এটি আগের কোনো অপ্ট-আউট বদলে দিলে, আমাদের টিম যাচাই না করা পর্যন্ত হয়তো এটি কার্যকর হবে না।",
      "গোপনীয়তার জন্য, এটি কার্যকর হয়েছে কি না তা আমরা এখানে দেখাই না, কারণ যে কেউ এই ফর্ম পাঠাতে পারে। জানতে চাইলে, NHS login দিয়ে সাইন ইন করে আপনার সিদ্ধান্ত দেখুন, অথবা আমাদের সাথে যোগাযোগ করুন।",
      "আমাদের টিম এটি গ্রহণ করতে না পারলে, আমরা আপনাকে ইমেইল করে কারণ জানাব।",
    ],
    PROXY_EVIDENCE: `আমাদের টিম আপনার প্রমাণপত্র যাচাই করবে${EVIDENCE_CHECK_WITHIN ? ` (${EVIDENCE_CHECK_WITHIN})` : ""}। আমরা তা গ্রহণ করতে না পারলে, সিদ্ধান্তটি প্রত্যাহার করব এবং আপনাকে ইমেইল করে কারণ জানাব।`,
  },
  postEvidence: {
    heading: "আপনার প্রমাণপত্র ডাকে পাঠান",
    intro: "আপনার প্রমাণপত্রের একটি কপি (আসলটি নয়) এই ঠিকানায় ডাকে পাঠান:",
    quoteReference: (reference) =>
      `কপির পেছনে, অথবা সাথে দেওয়া একটি চিরকুটে, আপনার রেফারেন্স নম্বর ${reference} লিখে দিন, যাতে আমরা এটি আপনার সিদ্ধান্তের সাথে মেলাতে পারি।`,
  },
  changeMind: "আপনি যেকোনো সময় মত বদলাতে পারেন: এই ওয়েবসাইটে অপ্ট-আউট বা আবার অপ্ট-ইন করে, অথবা আমাদের ফোন করে।",
  backHome: "সংযুক্ত সেবা রেকর্ডের হোম পেজে ফিরে যান",
};

/** The programme's postal address (as it is written), for forms and evidence. */
export const RETURN_ADDRESS: Localised<typeof English.RETURN_ADDRESS> = CONTACT_DETAILS.postalAddress;
export const CONTACT_PHONE: Localised<typeof English.CONTACT_PHONE> = CONTACT_DETAILS.phone;

export const CHOICE_EMAILS: Localised<typeof English.CHOICE_EMAILS> = {
  codeSubject: "আপনার নিরাপত্তা কোড",
  codeBody: (code) => [
    `নর্থ লন্ডনের সংযুক্ত সেবা রেকর্ডের জন্য আপনার নিরাপত্তা কোড হলো ${code}।`,
    "",
    "১০ মিনিট পরে এর মেয়াদ শেষ হয়ে যাবে। আপনি এটি না চেয়ে থাকলে, এই ইমেইলটি উপেক্ষা করতে পারেন।",
  ],
  confirmationSubject: (reference) => `আপনার সিদ্ধান্ত রেকর্ড করা হয়েছে: রেফারেন্স ${reference}`,
  confirmationTitle: "সংযুক্ত সেবা রেকর্ড নিয়ে আপনার সিদ্ধান্ত",
  rows: {
    reference: "রেফারেন্স নম্বর",
    choice: "সিদ্ধান্ত",
    status: "অবস্থা",
    person: "কার জন্য",
    madeBy: "কে নিয়েছেন",
    recordedAt: "রেকর্ড করার সময়",
  },
  madeByValue: {
    SELF: "ব্যক্তি নিজে",
    PARENT_OR_GUARDIAN: (proxyName) => `${proxyName}, তাঁর প্যারেন্টাল রেসপনসিবিলিটি (পিতামাতার আইনি দায়িত্ব) আছে এমন বাবা-মা বা অভিভাবক`,
    ATTORNEY: (proxyName) => `${proxyName}, যাঁর কাছে তাঁর স্বাস্থ্য ও কল্যাণ বিষয়ক লাস্টিং পাওয়ার অফ অ্যাটর্নি আছে`,
    DEPUTY: (proxyName) => `${proxyName}, তাঁর আদালত-নিযুক্ত ডেপুটি`,
  },
  postEvidence: (reference) => [CONFIRMATION.postEvidence.intro, onLines(CONTACT_DETAILS.marked.postalAddress), CONFIRMATION.postEvidence.quoteReference(reference)],
  choiceLabel: { OPT_OUT: "অপ্ট-আউট", OPT_IN: "আবার অপ্ট-ইন" },
  statusLabel: { EFFECTIVE: "কার্যকর হয়েছে", AWAITING_REVIEW: "আমাদের টিমের যাচাইয়ের অপেক্ষায়" },
  optInStatus: "পাওয়া গেছে। আমরা এটি রেজিস্টারের সাথে মিলিয়ে দেখি",
  changeMind: (links: SiteLinks) => ["মত বদলাতে চাইলে, যেকোনো সময় আমাদের ফোন করুন, অথবা আমাদের ওয়েবসাইটে আবার অপ্ট-আউট বা অপ্ট-ইন করুন: ", { href: links.site }],
  contact: (links: SiteLinks) => [
    `আমাদের সাথে যোগাযোগ করলে আপনার রেফারেন্স নম্বরটি উল্লেখ করুন। ${CONTACT_DETAILS.phone} নম্বরে ফোন করুন (`, CONTACT_DETAILS.marked.phoneHours, `), ${CONTACT_DETAILS.email} ঠিকানায় ইমেইল করুন, অথবা আমাদের ওয়েবসাইটের যোগাযোগ পৃষ্ঠা ব্যবহার করুন: `,
    { href: links.contact },
  ],
  emergencyWarning: CHOICE_RULES.emergencyWarning.paragraphs.join(" "),
};

export const PAPER_FORM: Localised<typeof English.PAPER_FORM> = {
  title: "অপ্ট-আউট করুন বা আবার অপ্ট-ইন করুন: কাগজের ফর্ম",
  subject: "নর্থ লন্ডনের সংযুক্ত সেবা রেকর্ড থেকে অপ্ট-আউট করার, বা আবার অপ্ট-ইন করার কাগজের ফর্ম",
  intro:
    "Barnet, Camden, Enfield, Haringey ও Islington-এর সংযুক্ত স্বাস্থ্য ও সেবা রেকর্ড থেকে অপ্ট-আউট করতে, বা আবার অপ্ট-ইন করতে এই ফর্মটি ব্যবহার করুন। ইংরেজিতে লিখলে বড় হাতের অক্ষরে (CAPITAL LETTERS) লিখুন। প্রত্যেক ব্যক্তির জন্য একটি করে ফর্ম পূরণ করুন।",
  formReferenceLabel: "ফর্মের রেফারেন্স",
  sections: {
    decision: "১. আপনার সিদ্ধান্ত (একটিতে টিক দিন)",
    whoFor: "২. এই সিদ্ধান্ত কার জন্য? (একটিতে টিক দিন)",
    person: "৩. ব্যক্তিটির সম্পর্কে",
    proxy: "৪. আপনার সম্পর্কে, যদি আপনি কারও হয়ে কাজ করেন",
    contact: "৫. আপনার যোগাযোগের বিবরণ",
    sign: "৬. স্বাক্ষর ও তারিখ",
  },
  fields: {
    givenName: "প্রথম নাম",
    familyName: "শেষ নাম (পদবি)",
    dateOfBirth: "জন্মতারিখ (দিন মাস বছর)",
    nhsNumber: "NHS নম্বর, জানা থাকলে",
    postcode: "বাড়ির পোস্টকোড",
    gpPractice: "জিপি প্র্যাকটিস, জানা থাকলে",
    proxyName: "আপনার পুরো নাম",
    proxyRelationship: "ব্যক্তিটির সাথে আপনার সম্পর্ক",
    evidence:
      "আপনার প্রমাণপত্রের একটি কপি (আসলটি নয়) সাথে দিন: শিশুর জন্য জন্ম সনদ বা আদালতের আদেশ, অথবা প্রাপ্তবয়স্কের জন্য স্বাস্থ্য ও কল্যাণ বিষয়ক লাস্টিং পাওয়ার অফ অ্যাটর্নি বা আদালতের আদেশ।",
    email: "ইমেইল ঠিকানা, আপনার সিদ্ধান্তের নিশ্চিতকরণের জন্য",
    phone: "ফোন নম্বর, যদি আপনার ইমেইল না থাকে",
    signature: "স্বাক্ষর",
    date: "তারিখ",
  },
  rulesHeading: "এই ফর্ম পূরণ করার আগে",
  onlineLine: "আপনি অনলাইনেও আপনার সিদ্ধান্ত জানাতে পারেন, এই ঠিকানায়:",
  returnHeading: "এই ফর্মটি কোথায় পাঠাবেন",
  returnIntro: `ফর্মটি এই ঠিকানায় ডাকে পাঠান।${CONTACT_DETAILS.postage ? ` ${CONTACT_DETAILS.postage}` : ""}`,
  staffUse: "শুধু অফিসের ব্যবহারের জন্য: পাওয়ার তারিখ, এবং কে রেজিস্টারে তুলেছেন",
};
