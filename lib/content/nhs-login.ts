import type { NhsLoginProblem } from "../identity/nhs-login/nhs-login-client";

// Every resident-facing word about NHS login and "Check your choice": the
// start-page button, the problem pages, the check-your-choice page and its PDF
// receipt. One source for the web pages and the PDF.

export const NHS_LOGIN_ROUTES = {
  start: "/nhs-login/start",
  callback: "/nhs-login/callback",
  problem: (problem: NhsLoginProblem) => `/nhs-login/problem/${problem}`,
  signOut: "/nhs-login/sign-out",
  checkYourChoice: "/check-your-choice",
  receipt: "/check-your-choice/receipt.pdf",
} as const;

export const NHS_LOGIN_START = {
  heading: "If you have NHS login",
  intro: "Use your NHS login (the same one you use for the NHS App) to make your choice quickly: we will not need to ask your name, date of birth or NHS number, or send you a security code.",
  button: "Continue with NHS login",
  otherwiseHeading: "If you do not have NHS login",
  otherwise: "You can still make your choice here. We will ask some questions about you and send a security code to your email address.",
  checkIntro: "Signed in with NHS login, you can see your current choice and its history.",
  checkLink: "Check your choice",
};

type ProblemPage = { title: string; paragraphs: readonly string[]; tryAgain: boolean };

/** The page for each reason an NHS login sign-in could not be used. Nothing was recorded in any of them. */
export const NHS_LOGIN_PROBLEMS: Record<NhsLoginProblem, ProblemPage> = {
  cancelled: {
    title: "You did not finish signing in with NHS login",
    paragraphs: ["You stopped signing in with NHS login, so nothing has changed and no choice has been recorded."],
    tryAgain: true,
  },
  "access-denied": {
    title: "NHS login did not let us see your details",
    paragraphs: ["NHS login told us you did not agree to share your details with this service, so we could not confirm who you are. Nothing has changed and no choice has been recorded."],
    tryAgain: true,
  },
  "login-required": {
    title: "You need to sign in to NHS login again",
    paragraphs: ["NHS login asked for you to sign in again before it could confirm who you are. Nothing has changed and no choice has been recorded."],
    tryAgain: true,
  },
  "provider-error": {
    title: "NHS login could not confirm who you are",
    paragraphs: ["Something went wrong between NHS login and this service. Nothing has changed and no choice has been recorded."],
    tryAgain: true,
  },
  "no-sign-in": {
    title: "Your NHS login sign-in has expired",
    paragraphs: ["We could not find the sign-in you started on this device, or it was more than 15 minutes ago. Nothing has changed and no choice has been recorded."],
    tryAgain: true,
  },
  replayed: {
    title: "This NHS login sign-in has already been used",
    paragraphs: ["Each sign-in can be used once. This can happen if you went back or refreshed the page after signing in. Nothing has changed and no choice has been recorded."],
    tryAgain: true,
  },
  "state-mismatch": {
    title: "We could not match this sign-in to your visit",
    paragraphs: [
      "The reply from NHS login did not match the sign-in this device started. This can happen if a link was altered or you were sent here from another website.",
      "Nothing has changed and no choice has been recorded.",
    ],
    tryAgain: true,
  },
  "code-rejected": {
    title: "NHS login did not accept this sign-in",
    paragraphs: ["NHS login said the sign-in we sent back was not valid, or had already been used. Nothing has changed and no choice has been recorded."],
    tryAgain: true,
  },
  "nonce-mismatch": {
    title: "We could not match this sign-in to your visit",
    paragraphs: ["The identity NHS login sent belongs to a different sign-in from the one this device started. Nothing has changed and no choice has been recorded."],
    tryAgain: true,
  },
  "token-signature": {
    title: "We could not check that your details came from NHS login",
    paragraphs: ["The details we received were not signed by NHS login, so we cannot use them. Nothing has changed and no choice has been recorded."],
    tryAgain: true,
  },
  "token-expired": {
    title: "Your NHS login sign-in took too long",
    paragraphs: ["The details NHS login sent had expired before we could use them. Nothing has changed and no choice has been recorded."],
    tryAgain: true,
  },
  "token-invalid": {
    title: "We could not use the details NHS login sent",
    paragraphs: ["The details we received from NHS login were not meant for this service, or were incomplete. Nothing has changed and no choice has been recorded."],
    tryAgain: true,
  },
  "vot-too-low": {
    title: "Your NHS login needs your identity proved",
    paragraphs: [
      "To make or check your choice with NHS login, your NHS login must be fully verified: you prove who you are once, with photo ID, in the NHS App or on the NHS login website.",
      "Nothing has changed and no choice has been recorded. You can prove who you are in NHS login and come back, or make your choice without NHS login instead.",
    ],
    tryAgain: false,
  },
  "no-nhs-number": {
    title: "NHS login did not give us your NHS number",
    paragraphs: [
      "We need your NHS number from NHS login to use it for your choice, and NHS login did not have one for you.",
      "Nothing has changed and no choice has been recorded. You can make your choice without NHS login instead.",
    ],
    tryAgain: false,
  },
  "nhs-number-differs": {
    title: "The NHS number you gave is not the one in your NHS login",
    paragraphs: [
      "You typed an NHS number earlier, and NHS login has a different one for you. Your NHS login can only be used for a choice about yourself.",
      "Nothing has changed and no choice has been recorded. If you are making a choice for someone else, continue without NHS login.",
    ],
    tryAgain: false,
  },
  "under-16": {
    title: "You cannot use this service yet",
    paragraphs: [
      "Your NHS login shows that you are under 16. Until you are 16, a parent or guardian with parental responsibility makes this choice for you.",
      "Nothing has changed and no choice has been recorded. A parent or guardian can make the choice for you online, on paper or by phone.",
    ],
    tryAgain: false,
  },
  "provider-unavailable": {
    title: "NHS login is not available at the moment",
    paragraphs: ["We could not reach NHS login. Nothing has changed and no choice has been recorded. Try again later, or make your choice without NHS login."],
    tryAgain: true,
  },
};

export const NHS_LOGIN_PROBLEM_LINKS = {
  tryAgain: "Try NHS login again",
  withoutNhsLogin: "Make your choice without NHS login",
  optOutWithout: "Opt out without NHS login",
  optInWithout: "Opt back in without NHS login",
  home: "Go to the home page",
};

export const CHECK_YOUR_CHOICE = {
  title: "Check your choice",
  signInTitle: "Check your choice with NHS login",
  signInIntro: "Sign in with NHS login to see your current choice about the joined-up care record and every decision recorded for your NHS number.",
  signedInAs: (name: string, nhsNumber: string) => `Signed in with NHS login as ${name}, NHS number ${nhsNumber}.`,
  currentHeading: "Your current choice",
  current: {
    participating: "Your information is included in the joined-up care record.",
    "opted-out": "You have opted out. Your information is not shared through the joined-up care record.",
  },
  currentSince: (date: string) => `Since ${date}.`,
  noDecisions: "We have no decisions recorded for your NHS number, so your information is included (everyone is included unless they opt out).",
  carriedAcross: (scheme: string) => `Your opt-out from ${scheme} was carried across: you did not need to do anything again.`,
  awaitingReview: "A decision is waiting for our team to check it. Until then, your choice stays as it was.",
  historyHeading: "Every decision for your NHS number",
  historyCaption: "Decisions for your NHS number, newest first",
  historyHead: ["Date", "Decision", "How", "Made by", "Reference", "Status"],
  choiceLabel: { OPT_OUT: "Opt out", OPT_IN: "Opt in" },
  channelLabel: { ONLINE: "Online", PAPER: "Paper form", PHONE: "Phone", CAREMYWAY_IMPORT: "CareMyWay (Islington)", CIDR_IMPORT: "CIDR (Camden)" },
  statusLabel: { EFFECTIVE: "In effect", AWAITING_REVIEW: "Waiting for review", WITHDRAWN: "Withdrawn" },
  madeBySelf: "You",
  madeByProxy: (name: string, relationship: string) => `${name} (${relationship})`,
  changeHeading: "Change your choice",
  optOutButton: "Opt out now",
  optInButton: "Opt back in now",
  changeHint: "Because you signed in with NHS login, your change takes effect as soon as you confirm it on the next page.",
  receiptLink: "Download a receipt (PDF)",
  signOut: "Sign out of this service",
  receiptTitle: "Your choice about the joined-up care record",
  receiptSubject: "A receipt of your choice and its history",
  receiptIssued: (date: string) => `Produced on ${date} for the person signed in with NHS login.`,
  receiptFooter: "North London joined-up care record: your choice",
  receiptPage: "Page",
};

/** The journey's details from NHS login: shown on check your answers, never asked. */
export const NHS_LOGIN_DETAILS = {
  title: "Your details from NHS login",
  intro: "NHS login confirmed these details, so we will not ask for them. They cannot be changed here.",
  madeBy: "Myself (signed in with NHS login)",
  notGiven: "Not given",
  sessionEnded: "Your NHS login sign-in has ended, so we cannot send this choice as yours. Start again and continue with NHS login, or make your choice without it.",
};
