import type * as English from "../../nhs-login";
import type { Localised } from "../../../i18n/localised";

// NHS login and "Check your choice" in Easy Read. Every problem page says
// plainly that nothing has changed and no choice was saved.

const NOTHING_CHANGED = "Nothing has changed. We have not saved any choice.";

export const NHS_LOGIN_START: Localised<typeof English.NHS_LOGIN_START> = {
  heading: "If you have NHS login",
  intro:
    "You can use your NHS login to make your choice quickly. It is the same login you use for the NHS App. Then we do not ask your name, date of birth or NHS number. We do not need to send you a security code.",
  button: "Continue with NHS login",
  otherwiseHeading: "If you do not have NHS login",
  otherwise: "You can still make your choice here. We will ask some questions about you. We will send a security code to your email address.",
  checkIntro: "Sign in with NHS login to see your choice now. You can also see your past choices.",
  checkLink: "Check your choice",
};

export const NHS_LOGIN_PROBLEMS: Localised<typeof English.NHS_LOGIN_PROBLEMS> = {
  cancelled: {
    title: "You did not finish signing in with NHS login",
    paragraphs: ["You stopped signing in with NHS login.", NOTHING_CHANGED],
    tryAgain: true,
  },
  "access-denied": {
    title: "NHS login did not let us see your details",
    paragraphs: [
      "NHS login told us you did not agree to share your details with us.",
      "So we could not check who you are.",
      NOTHING_CHANGED,
    ],
    tryAgain: true,
  },
  "login-required": {
    title: "You need to sign in to NHS login again",
    paragraphs: ["NHS login asked you to sign in again. It needs this before it can check who you are.", NOTHING_CHANGED],
    tryAgain: true,
  },
  "provider-error": {
    title: "NHS login could not check who you are",
    paragraphs: ["Something went wrong between NHS login and our website.", NOTHING_CHANGED],
    tryAgain: true,
  },
  "no-sign-in": {
    title: "Your NHS login sign-in has run out of time",
    paragraphs: [
      "We could not find the sign-in you started on this phone or computer. Or you started it more than 15 minutes ago.",
      NOTHING_CHANGED,
    ],
    tryAgain: true,
  },
  replayed: {
    title: "This NHS login sign-in has been used already",
    paragraphs: [
      "You can only use each sign-in 1 time.",
      "This can happen if you went back after you signed in. Or if you loaded the page again.",
      NOTHING_CHANGED,
    ],
    tryAgain: true,
  },
  "state-mismatch": {
    title: "We could not match this sign-in to your visit",
    paragraphs: [
      "The answer from NHS login did not match the sign-in started on this device.",
      "This can happen if someone changed a link. Or if another website sent you here.",
      NOTHING_CHANGED,
    ],
    tryAgain: true,
  },
  "code-rejected": {
    title: "NHS login did not accept this sign-in",
    paragraphs: ["NHS login said the sign-in we sent back was not right. Or it said it was used already.", NOTHING_CHANGED],
    tryAgain: true,
  },
  "nonce-mismatch": {
    title: "We could not match this sign-in to your visit",
    paragraphs: [
      "NHS login sent us details from a different sign-in. It was not the sign-in this phone or computer started.",
      NOTHING_CHANGED,
    ],
    tryAgain: true,
  },
  "token-signature": {
    title: "We could not check that your details came from NHS login",
    paragraphs: ["NHS login did not sign the details we got. So we cannot use them.", NOTHING_CHANGED],
    tryAgain: true,
  },
  "token-expired": {
    title: "Your NHS login sign-in took too long",
    paragraphs: ["The details from NHS login ran out of time before we could use them.", NOTHING_CHANGED],
    tryAgain: true,
  },
  "token-invalid": {
    title: "We could not use the details NHS login sent",
    paragraphs: ["The details we got from NHS login were not meant for our website. Or some details were missing.", NOTHING_CHANGED],
    tryAgain: true,
  },
  "vot-too-low": {
    title: "Your NHS login needs to check who you are",
    paragraphs: [
      "NHS login must be sure who you are. Only then can you use it to make or check your choice.",
      "You show who you are 1 time, with photo ID. You do this in the NHS App or on the NHS login website.",
      NOTHING_CHANGED,
      "You can show who you are in NHS login and then come back. Or you can make your choice without NHS login.",
    ],
    tryAgain: false,
  },
  "no-nhs-number": {
    title: "NHS login did not give us your NHS number",
    paragraphs: [
      "We need your NHS number from NHS login to use it for your choice.",
      "NHS login did not have an NHS number for you.",
      NOTHING_CHANGED,
      "You can make your choice without NHS login.",
    ],
    tryAgain: false,
  },
  "nhs-number-differs": {
    title: "The NHS number you gave is not the one in your NHS login",
    paragraphs: [
      "You wrote an NHS number before. NHS login has a different NHS number for you.",
      "You can only use your NHS login for a choice about yourself.",
      NOTHING_CHANGED,
      "Are you making a choice for someone else? Then continue without NHS login.",
    ],
    tryAgain: false,
  },
  "under-16": {
    title: "You cannot use this service yet",
    paragraphs: [
      "Your NHS login shows you are under 16.",
      "Until you are 16, a parent or guardian makes this choice for you. They must have parental responsibility for you.",
      NOTHING_CHANGED,
      "A parent or guardian can make the choice for you. They can do it online, on paper or by phone.",
    ],
    tryAgain: false,
  },
  "provider-unavailable": {
    title: "NHS login is not working at the moment",
    paragraphs: ["We could not reach NHS login.", NOTHING_CHANGED, "Try again later. Or make your choice without NHS login."],
    tryAgain: true,
  },
};

export const NHS_LOGIN_PROBLEM_LINKS: Localised<typeof English.NHS_LOGIN_PROBLEM_LINKS> = {
  tryAgain: "Try NHS login again",
  withoutNhsLogin: "Make your choice without NHS login",
  optOutWithout: "Opt out without NHS login",
  optInWithout: "Opt back in without NHS login",
  home: "Go to the home page",
};

export const CHECK_YOUR_CHOICE: Localised<typeof English.CHECK_YOUR_CHOICE> = {
  title: "Check your choice",
  signInTitle: "Check your choice with NHS login",
  signInIntro:
    "Sign in with NHS login. Then you can see your choice about the joined-up care record now. You can also see every choice we have for your NHS number.",
  signedInAs: (name, nhsNumber) => `You signed in with NHS login as ${name}. NHS number ${nhsNumber}.`,
  currentHeading: "Your choice now",
  current: {
    participating: "Your information is in the joined-up care record.",
    "opted-out": "You have opted out. Your information is not shared through the joined-up care record.",
  },
  currentSince: (date) => `Since ${date}.`,
  noDecisions:
    "We have no choices for your NHS number. So your information is in the record. Everyone is in it unless they opt out.",
  carriedAcross: (scheme) => `Your opt-out from ${scheme} was carried across. You did not need to do anything again.`,
  awaitingReview: "A choice is waiting for our team to check it. Until then, your choice stays the same as before.",
  historyHeading: "Every choice for your NHS number",
  historyCaption: "Choices for your NHS number. The newest is first",
  historyHead: ["Date", "Choice", "How", "Made by", "Reference", "What is happening"],
  choiceLabel: { OPT_OUT: "Opt out", OPT_IN: "Opt in" },
  channelLabel: { ONLINE: "Online", PAPER: "Paper form", PHONE: "Phone", CAREMYWAY_IMPORT: "CareMyWay (Islington)", CIDR_IMPORT: "CIDR (Camden)" },
  statusLabel: { EFFECTIVE: "Started", AWAITING_REVIEW: "Waiting to be checked", WITHDRAWN: "Cancelled" },
  madeBySelf: "You",
  madeByProxy: (name, relationship) => `${name} (${relationship})`,
  changeHeading: "Change your choice",
  optOutButton: "Opt out now",
  optInButton: "Opt back in now",
  changeHint: "You signed in with NHS login. So your change starts as soon as you say yes on the next page.",
  receiptLink: "Download a note of your choice (a PDF file)",
  signOut: "Sign out of this service",
  receiptTitle: "Your choice about the joined-up care record",
  receiptSubject: "A note of your choice and all your choices before",
  receiptIssued: (date) => `Made on ${date} for the person signed in with NHS login.`,
  receiptFooter: "North London joined-up care record: your choice",
  receiptPage: "Page",
};

export const NHS_LOGIN_DETAILS: Localised<typeof English.NHS_LOGIN_DETAILS> = {
  title: "Your details from NHS login",
  intro: "NHS login checked these details. So we will not ask you for them. You cannot change them here.",
  madeBy: "Me (signed in with NHS login)",
  notGiven: "Not given",
  sessionEnded:
    "Your NHS login sign-in has ended. So we cannot send this choice as yours. Start again and continue with NHS login. Or make your choice without it.",
};
