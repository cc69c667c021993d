import type * as English from "../../decision-errors";
import type { Localised } from "../../../i18n/localised";
import { NAME_MAX, PROXY_NAME_MAX, RELATIONSHIP_MAX } from "../../../validation/limits";
import { NHS_NUMBER_ERRORS } from "./nhs-number-errors";
import { formatNumber } from "./programme";

// Error messages for the details of a decision, in Bengali: say what is wrong
// and how to fix it. (The staff keying form's messages stay English: staff
// pages are English.)

export const DECISION_ERRORS: Localised<typeof English.DECISION_ERRORS> = {
  nhsNumber: {
    notDigits: NHS_NUMBER_ERRORS["not-digits"],
    wrongLength: NHS_NUMBER_ERRORS["wrong-length"],
    checkDigit: NHS_NUMBER_ERRORS["check-digit"],
  },
  givenName: {
    required: "ব্যক্তির প্রথম নাম লিখুন",
    tooLong: `প্রথম নাম ${formatNumber(NAME_MAX)} অক্ষর বা তার কম হতে হবে`,
    hiddenCharacters: "প্রথম নামে ট্যাব বা লাইন ব্রেকের মতো লুকানো অক্ষর থাকা চলবে না",
  },
  familyName: {
    required: "ব্যক্তির শেষ নাম (পদবি) লিখুন",
    tooLong: `শেষ নাম (পদবি) ${formatNumber(NAME_MAX)} অক্ষর বা তার কম হতে হবে`,
    hiddenCharacters: "শেষ নামে (পদবিতে) ট্যাব বা লাইন ব্রেকের মতো লুকানো অক্ষর থাকা চলবে না",
  },
  dateOfBirth: {
    invalid: "জন্মতারিখটি একটি সত্যিকারের তারিখ হতে হবে",
    future: "জন্মতারিখটি অতীতের কোনো তারিখ হতে হবে",
    tooOld: "জন্মতারিখটি ১ জানুয়ারি ১৯০০-এর পরের হতে হবে",
  },
  postcode: { invalid: "যুক্তরাজ্যের (UK) পুরো পোস্টকোডটি লিখুন, যেমন N1 1AA" },
  gpPracticeOds: { invalid: "জিপি প্র্যাকটিসের কোড হতে হবে একটি অক্ষর ও তার পরে ৫টি সংখ্যা, যেমন F83004" },
  choice: { required: "ব্যক্তিটি অপ্ট-আউট করতে চান নাকি আবার অপ্ট-ইন করতে চান, তা বেছে নিন" },
  madeBy: { required: "সিদ্ধান্তটি কার জন্য, তা বেছে নিন" },
  proxyName: {
    required: "আপনার পুরো নাম লিখুন",
    notAllowed: "কেউ ব্যক্তিটির হয়ে কাজ করলে তবেই প্রতিনিধির নাম দিন",
    tooLong: `আপনার নাম ${formatNumber(PROXY_NAME_MAX)} অক্ষর বা তার কম হতে হবে`,
    hiddenCharacters: "আপনার নামে ট্যাব বা লাইন ব্রেকের মতো লুকানো অক্ষর থাকা চলবে না",
  },
  proxyRelationship: {
    required: "ব্যক্তিটির সাথে আপনার সম্পর্ক লিখুন",
    tooLong: `সম্পর্ক ${formatNumber(RELATIONSHIP_MAX)} অক্ষর বা তার কম হতে হবে`,
    hiddenCharacters: "সম্পর্কের ঘরে ট্যাব বা লাইন ব্রেকের মতো লুকানো অক্ষর থাকা চলবে না",
  },
  channel: { required: "সিদ্ধান্তটি কীভাবে পাওয়া গেছে, তা বেছে নিন" },
  contactEmail: { invalid: "সঠিক ধরনে একটি ইমেইল ঠিকানা লিখুন, যেমন name@example.com" },
  decidedAt: {
    invalid: "সিদ্ধান্তের তারিখ একটি সত্যিকারের তারিখ ও সময় হতে হবে",
    future: "সিদ্ধান্তের তারিখ ভবিষ্যতের হতে পারে না",
    beforeBirth: "সিদ্ধান্তের তারিখ ব্যক্তির জন্মতারিখের আগের হতে পারে না",
  },
  sourceReference: {
    tooLong: "রেফারেন্স ২০০ অক্ষর বা তার কম হতে হবে",
    hiddenCharacters: "রেফারেন্সে ট্যাব বা লাইন ব্রেকের মতো লুকানো অক্ষর থাকা চলবে না",
  },
};
