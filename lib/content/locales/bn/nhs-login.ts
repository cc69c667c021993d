import type * as English from "../../nhs-login";
import type { Localised } from "../../../i18n/localised";

// Every resident-facing word about NHS login and "Check your choice" in Bengali:
// the start-page button, the problem pages, the check-your-choice page and its PDF receipt.

export const NHS_LOGIN_START: Localised<typeof English.NHS_LOGIN_START> = {
  heading: "আপনার NHS login থাকলে",
  intro:
    "দ্রুত আপনার সিদ্ধান্ত জানাতে আপনার NHS login ব্যবহার করুন (NHS App-এর জন্য যেটি ব্যবহার করেন, সেটিই): তাহলে আমাদের আপনার নাম, জন্মতারিখ বা NHS নম্বর জিজ্ঞাসা করতে হবে না, বা আপনাকে নিরাপত্তা কোড পাঠাতে হবে না।",
  button: "NHS login দিয়ে এগিয়ে যান",
  otherwiseHeading: "আপনার NHS login না থাকলে",
  otherwise: "আপনি তবুও এখানে আপনার সিদ্ধান্ত জানাতে পারেন। আমরা আপনার সম্পর্কে কিছু প্রশ্ন করব এবং আপনার ইমেইল ঠিকানায় একটি নিরাপত্তা কোড পাঠাব।",
  checkIntro: "NHS login দিয়ে সাইন ইন করলে, আপনি আপনার বর্তমান সিদ্ধান্ত ও তার ইতিহাস দেখতে পারবেন।",
  checkLink: "আপনার সিদ্ধান্ত দেখুন",
};

const NOTHING_CHANGED = "কিছুই বদলায়নি এবং কোনো সিদ্ধান্ত রেকর্ড করা হয়নি।";

/** The page for each reason an NHS login sign-in could not be used. Nothing was recorded in any of them. */
export const NHS_LOGIN_PROBLEMS: Localised<typeof English.NHS_LOGIN_PROBLEMS> = {
  cancelled: {
    title: "আপনি NHS login দিয়ে সাইন ইন শেষ করেননি",
    paragraphs: ["আপনি NHS login দিয়ে সাইন ইন করা মাঝপথে থামিয়েছেন, তাই কিছুই বদলায়নি এবং কোনো সিদ্ধান্ত রেকর্ড করা হয়নি।"],
    tryAgain: true,
  },
  "access-denied": {
    title: "NHS login আমাদের আপনার বিবরণ দেখতে দেয়নি",
    paragraphs: [
      `NHS login আমাদের জানিয়েছে যে আপনি এই সেবার সাথে আপনার বিবরণ শেয়ার করতে রাজি হননি, তাই আমরা আপনার পরিচয় নিশ্চিত করতে পারিনি। ${NOTHING_CHANGED}`,
    ],
    tryAgain: true,
  },
  "login-required": {
    title: "আপনাকে আবার NHS login-এ সাইন ইন করতে হবে",
    paragraphs: [`আপনার পরিচয় নিশ্চিত করার আগে NHS login আপনাকে আবার সাইন ইন করতে বলেছে। ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "provider-error": {
    title: "NHS login আপনার পরিচয় নিশ্চিত করতে পারেনি",
    paragraphs: [`NHS login ও এই সেবার মধ্যে কিছু একটা গোলমাল হয়েছে। ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "no-sign-in": {
    title: "আপনার NHS login সাইন-ইনের মেয়াদ শেষ হয়ে গেছে",
    paragraphs: [`এই ডিভাইসে আপনি যে সাইন-ইন শুরু করেছিলেন তা আমরা খুঁজে পাইনি, অথবা সেটি ১৫ মিনিটেরও আগে শুরু হয়েছিল। ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  replayed: {
    title: "এই NHS login সাইন-ইনটি আগেই ব্যবহার করা হয়েছে",
    paragraphs: [
      `প্রতিটি সাইন-ইন একবারই ব্যবহার করা যায়। সাইন ইন করার পর আপনি পেছনে গেলে বা পৃষ্ঠাটি রিফ্রেশ করলে এমন হতে পারে। ${NOTHING_CHANGED}`,
    ],
    tryAgain: true,
  },
  "state-mismatch": {
    title: "আমরা এই সাইন-ইনটি আপনার ভিজিটের সাথে মেলাতে পারিনি",
    paragraphs: [
      "NHS login-এর উত্তর এই ডিভাইসে শুরু করা সাইন-ইনের সাথে মেলেনি। কোনো লিংক বদলে দেওয়া হলে, বা অন্য কোনো ওয়েবসাইট আপনাকে এখানে পাঠালে এমন হতে পারে।",
      NOTHING_CHANGED,
    ],
    tryAgain: true,
  },
  "code-rejected": {
    title: "NHS login এই সাইন-ইনটি গ্রহণ করেনি",
    paragraphs: [`NHS login জানিয়েছে যে আমরা যে সাইন-ইন ফেরত পাঠিয়েছি তা বৈধ ছিল না, বা আগেই ব্যবহার করা হয়েছিল। ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "nonce-mismatch": {
    title: "আমরা এই সাইন-ইনটি আপনার ভিজিটের সাথে মেলাতে পারিনি",
    paragraphs: [`NHS login যে পরিচয় পাঠিয়েছে, তা এই ডিভাইসে শুরু করা সাইন-ইনের নয়, অন্য একটি সাইন-ইনের। ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "token-signature": {
    title: "আপনার বিবরণ NHS login থেকেই এসেছে কি না, আমরা তা যাচাই করতে পারিনি",
    paragraphs: [`আমরা যে বিবরণ পেয়েছি তাতে NHS login-এর স্বাক্ষর ছিল না, তাই আমরা সেগুলো ব্যবহার করতে পারছি না। ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "token-expired": {
    title: "আপনার NHS login সাইন-ইনে অনেক বেশি সময় লেগেছে",
    paragraphs: [`NHS login যে বিবরণ পাঠিয়েছিল, আমরা ব্যবহার করার আগেই তার মেয়াদ শেষ হয়ে গেছে। ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "token-invalid": {
    title: "NHS login যে বিবরণ পাঠিয়েছে, আমরা তা ব্যবহার করতে পারিনি",
    paragraphs: [`NHS login থেকে আমরা যে বিবরণ পেয়েছি তা এই সেবার জন্য ছিল না, বা অসম্পূর্ণ ছিল। ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "vot-too-low": {
    title: "আপনার NHS login-এ আপনার পরিচয় প্রমাণ করা দরকার",
    paragraphs: [
      "NHS login দিয়ে আপনার সিদ্ধান্ত জানাতে বা দেখতে, আপনার NHS login পুরোপুরি যাচাই করা (ভেরিফাইড) থাকতে হবে: NHS App-এ বা NHS login ওয়েবসাইটে ছবিসহ পরিচয়পত্র দিয়ে একবার আপনার পরিচয় প্রমাণ করতে হয়।",
      `${NOTHING_CHANGED} আপনি NHS login-এ আপনার পরিচয় প্রমাণ করে আবার ফিরে আসতে পারেন, অথবা এর বদলে NHS login ছাড়াই আপনার সিদ্ধান্ত জানাতে পারেন।`,
    ],
    tryAgain: false,
  },
  "no-nhs-number": {
    title: "NHS login আমাদের আপনার NHS নম্বর দেয়নি",
    paragraphs: [
      "আপনার সিদ্ধান্তের জন্য NHS login ব্যবহার করতে হলে, NHS login থেকে আমাদের আপনার NHS নম্বর দরকার, কিন্তু NHS login-এর কাছে আপনার কোনো NHS নম্বর ছিল না।",
      `${NOTHING_CHANGED} এর বদলে আপনি NHS login ছাড়াই আপনার সিদ্ধান্ত জানাতে পারেন।`,
    ],
    tryAgain: false,
  },
  "nhs-number-differs": {
    title: "আপনার দেওয়া NHS নম্বরটি আপনার NHS login-এর নম্বরের সাথে মেলে না",
    paragraphs: [
      "আপনি আগে একটি NHS নম্বর লিখেছিলেন, কিন্তু NHS login-এ আপনার জন্য অন্য একটি নম্বর আছে। আপনার NHS login শুধু আপনার নিজের সিদ্ধান্তের জন্য ব্যবহার করা যায়।",
      `${NOTHING_CHANGED} আপনি অন্য কারও হয়ে সিদ্ধান্ত নিলে, NHS login ছাড়াই এগিয়ে যান।`,
    ],
    tryAgain: false,
  },
  "under-16": {
    title: "আপনি এখনো এই সেবাটি ব্যবহার করতে পারবেন না",
    paragraphs: [
      "আপনার NHS login দেখাচ্ছে যে আপনার বয়স ১৬ বছরের কম। ১৬ বছর না হওয়া পর্যন্ত, প্যারেন্টাল রেসপনসিবিলিটি (পিতামাতার আইনি দায়িত্ব) আছে এমন বাবা-মা বা অভিভাবক আপনার হয়ে এই সিদ্ধান্ত নেন।",
      `${NOTHING_CHANGED} একজন বাবা-মা বা অভিভাবক অনলাইনে, কাগজে বা ফোনে আপনার হয়ে সিদ্ধান্ত জানাতে পারেন।`,
    ],
    tryAgain: false,
  },
  "provider-unavailable": {
    title: "এই মুহূর্তে NHS login পাওয়া যাচ্ছে না",
    paragraphs: [`আমরা NHS login-এর সাথে সংযোগ করতে পারিনি। ${NOTHING_CHANGED} পরে আবার চেষ্টা করুন, অথবা NHS login ছাড়াই আপনার সিদ্ধান্ত জানান।`],
    tryAgain: true,
  },
};

export const NHS_LOGIN_PROBLEM_LINKS: Localised<typeof English.NHS_LOGIN_PROBLEM_LINKS> = {
  tryAgain: "আবার NHS login দিয়ে চেষ্টা করুন",
  withoutNhsLogin: "NHS login ছাড়াই আপনার সিদ্ধান্ত জানান",
  optOutWithout: "NHS login ছাড়াই অপ্ট-আউট করুন",
  optInWithout: "NHS login ছাড়াই আবার অপ্ট-ইন করুন",
  home: "হোম পেজে যান",
};

export const CHECK_YOUR_CHOICE: Localised<typeof English.CHECK_YOUR_CHOICE> = {
  title: "আপনার সিদ্ধান্ত দেখুন",
  signInTitle: "NHS login দিয়ে আপনার সিদ্ধান্ত দেখুন",
  signInIntro: "সংযুক্ত সেবা রেকর্ড নিয়ে আপনার বর্তমান সিদ্ধান্ত, এবং আপনার NHS নম্বরের জন্য রেকর্ড করা প্রতিটি সিদ্ধান্ত দেখতে NHS login দিয়ে সাইন ইন করুন।",
  signedInAs: (name, nhsNumber) => `NHS login দিয়ে সাইন ইন করেছেন: ${name}, NHS নম্বর ${nhsNumber}।`,
  currentHeading: "আপনার বর্তমান সিদ্ধান্ত",
  current: {
    participating: "আপনার তথ্য সংযুক্ত সেবা রেকর্ডে আছে।",
    "opted-out": "আপনি অপ্ট-আউট করেছেন। আপনার তথ্য সংযুক্ত সেবা রেকর্ডের মাধ্যমে শেয়ার করা হয় না।",
  },
  currentSince: (date) => `${date} থেকে।`,
  noDecisions: "আপনার NHS নম্বরের জন্য আমাদের কাছে কোনো সিদ্ধান্ত রেকর্ড করা নেই, তাই আপনার তথ্য এতে আছে (অপ্ট-আউট না করলে সবাই এতে থাকেন)।",
  carriedAcross: (scheme) => `${scheme} থেকে আপনার অপ্ট-আউট এখানে বহাল রাখা হয়েছে: আপনাকে আবার কিছু করতে হয়নি।`,
  awaitingReview: "একটি সিদ্ধান্ত আমাদের টিমের যাচাইয়ের অপেক্ষায় আছে। ততক্ষণ পর্যন্ত আপনার সিদ্ধান্ত আগের মতোই থাকবে।",
  historyHeading: "আপনার NHS নম্বরের জন্য প্রতিটি সিদ্ধান্ত",
  historyCaption: "আপনার NHS নম্বরের জন্য সিদ্ধান্তগুলো, সবচেয়ে নতুনটি প্রথমে",
  historyHead: ["তারিখ", "সিদ্ধান্ত", "কীভাবে", "কে নিয়েছেন", "রেফারেন্স", "অবস্থা"],
  choiceLabel: { OPT_OUT: "অপ্ট-আউট", OPT_IN: "অপ্ট-ইন" },
  channelLabel: { ONLINE: "অনলাইনে", PAPER: "কাগজের ফর্মে", PHONE: "ফোনে", CAREMYWAY_IMPORT: "CareMyWay (Islington)", CIDR_IMPORT: "CIDR (Camden)" },
  statusLabel: { EFFECTIVE: "কার্যকর", AWAITING_REVIEW: "যাচাইয়ের অপেক্ষায়", WITHDRAWN: "প্রত্যাহার করা হয়েছে" },
  madeBySelf: "আপনি",
  madeByProxy: (name, relationship) => `${name} (${relationship})`,
  changeHeading: "আপনার সিদ্ধান্ত বদলান",
  optOutButton: "এখনই অপ্ট-আউট করুন",
  optInButton: "এখনই আবার অপ্ট-ইন করুন",
  changeHint: "আপনি NHS login দিয়ে সাইন ইন করেছেন, তাই পরের পৃষ্ঠায় নিশ্চিত করার সাথে সাথেই আপনার পরিবর্তন কার্যকর হবে।",
  receiptLink: "একটি রসিদ ডাউনলোড করুন (PDF)",
  signOut: "এই সেবা থেকে সাইন আউট করুন",
  receiptTitle: "সংযুক্ত সেবা রেকর্ড নিয়ে আপনার সিদ্ধান্ত",
  receiptSubject: "আপনার সিদ্ধান্ত ও তার ইতিহাসের একটি রসিদ",
  receiptIssued: (date) => `NHS login দিয়ে সাইন ইন করা ব্যক্তির জন্য ${date} তারিখে তৈরি।`,
  receiptFooter: "নর্থ লন্ডনের সংযুক্ত সেবা রেকর্ড: আপনার সিদ্ধান্ত",
  receiptPage: "পৃষ্ঠা",
};

/** The journey's details from NHS login: shown on check your answers, never asked. */
export const NHS_LOGIN_DETAILS: Localised<typeof English.NHS_LOGIN_DETAILS> = {
  title: "NHS login থেকে পাওয়া আপনার বিবরণ",
  intro: "NHS login এই বিবরণগুলো নিশ্চিত করেছে, তাই আমরা এগুলো জিজ্ঞাসা করব না। এগুলো এখানে বদলানো যাবে না।",
  madeBy: "আমার নিজের জন্য (NHS login দিয়ে সাইন ইন করে)",
  notGiven: "দেওয়া হয়নি",
  sessionEnded:
    "আপনার NHS login সাইন-ইন শেষ হয়ে গেছে, তাই আমরা এই সিদ্ধান্তটি আপনার নামে পাঠাতে পারছি না। আবার শুরু করে NHS login দিয়ে এগিয়ে যান, অথবা NHS login ছাড়াই আপনার সিদ্ধান্ত জানান।",
};
