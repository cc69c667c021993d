import type * as English from "../../nhs-number-errors";
import type { Localised } from "../../../i18n/localised";

// The messages for an NHS number that is not valid, in Bengali: say what is wrong and how to put it right.
export const NHS_NUMBER_ERRORS: Localised<typeof English.NHS_NUMBER_ERRORS> = {
  empty: "NHS নম্বরটি লিখুন",
  "not-digits": "NHS নম্বরে শুধু 0 থেকে 9 পর্যন্ত সংখ্যা থাকতে পারে",
  "wrong-length": "NHS নম্বরে ১০টি সংখ্যা থাকতে হবে",
  "check-digit": "NHS নম্বরটি সঠিক নয়: এর শেষ অঙ্কটি (চেক ডিজিট) মিলছে না। নম্বরটি ঠিকভাবে লেখা হয়েছে কি না দেখে নিন",
};
