import type * as English from "../../choice";
import { onLines, type SiteLinks } from "../../email-layout";
import { CHILD_AGE_LIMIT, EVIDENCE_MAX_MEGABYTES } from "../../../validation/limits";
import { PROGRAMME } from "../../programme";
import type { Localised } from "../../../i18n/localised";
import { asSentence, CONTACT_DETAILS, withinWorkingDays } from "./contact-details";
import { DECISION_ERRORS } from "./decision-errors";
import { CHOICE_RULES } from "./rules";

// Every word of the online opt-out and opt-in journeys, their emails and the
// paper form, in Easy Read. The `value` and `choice` codes are what the
// register stores: the same as in English.

const EVIDENCE_CHECK_WITHIN = withinWorkingDays(PROGRAMME.responseTimes.evidenceCheckWorkingDays);

export const JOURNEYS: Localised<typeof English.JOURNEYS> = {
  "opt-out": {
    choice: "OPT_OUT",
    title: "Opt out of the joined-up care record",
    intro: [
      "Opt out means you say no to the joined-up care record.",
      "Then health and care staff will not see your information in it.",
      "This means staff in Barnet, Camden, Enfield, Haringey and Islington.",
      CHOICE_RULES.optOutDoesNot,
      ...CHOICE_RULES.emergencyWarning.paragraphs,
      "You can opt out for yourself.",
      `You can opt out for a child under ${CHILD_AGE_LIMIT}. You must have parental responsibility for them.`,
      "You can opt out for someone if you are their attorney. This means they chose you in a lasting power of attorney for health and welfare.",
      "Or you can opt out for someone if a court made you their deputy.",
    ],
  },
  "opt-in": {
    choice: "OPT_IN",
    title: "Opt back in to the joined-up care record",
    intro: [
      "Did you opt out before? You can opt back in at any time.",
      "Then health and care staff can see your information in the joined-up care record.",
      "They see it when they care for you.",
      "You can do this for yourself.",
      `You can do it for a child under ${CHILD_AGE_LIMIT}. You must have parental responsibility for them.`,
      "You can do it for someone if you are their attorney. This means they chose you in a lasting power of attorney for health and welfare.",
      "Or you can do it for someone if a court made you their deputy.",
    ],
  },
};

export const START_PAGE: Localised<typeof English.START_PAGE> = {
  beforeYouStart: "Before you start",
  youWillNeed: "You will need:",
  needs: [
    "the person's name, date of birth and home postcode",
    "their NHS number, if you know it. You can still go on without it",
    "an email address you can open now. We will send a security code to it",
    "if you act for someone else: a copy of your proof. For example, a birth certificate or a lasting power of attorney. Or you can post it",
  ],
  takes: "It takes about 5 minutes.",
  startButton: "Start now",
  paperIntro: "You can also",
  paperLink: "download a paper form (a PDF file)",
  paperOutro: "to fill in and post to us.",
};

export const COMMON: Localised<typeof English.COMMON> = {
  backLink: "Back",
  continue: "Continue",
  change: "Change",
  errorSummaryHeading: "There is a problem",
  optional: "(you do not have to answer)",
  tooManyRequests: `You have tried too many times. Wait 1 hour and try again. Or phone us on ${CONTACT_DETAILS.phone}.`,
  tooManyForThisPerson: `We got too many choices for this NHS number today. So we cannot take another one online. Try again tomorrow. Or phone us on ${CONTACT_DETAILS.phone}.`,
  notSaved: "Sorry, something is wrong with the website. We did not save this answer. Try again in a few minutes.",
};

export const WHO_FOR: Localised<typeof English.WHO_FOR> = {
  title: "Who is this choice for?",
  options: [
    { value: "SELF", label: "Me" },
    { value: "PARENT_OR_GUARDIAN", label: `A child under ${CHILD_AGE_LIMIT}. I have parental responsibility for them` },
    { value: "ATTORNEY", label: "Someone I have a lasting power of attorney for. It is for their health and welfare" },
    { value: "DEPUTY", label: "Someone the court chose me to be deputy for" },
  ],
  errors: { required: "Choose who the choice is for" },
};

export const ABOUT_YOU: Localised<typeof English.ABOUT_YOU> = {
  title: "About you",
  hint: "You are making this choice for someone else. So we need to know about you too.",
  proxyName: { label: "Your full name" },
  proxyRelationship: { label: "How do you know the person?", hint: "For example, mother, father, guardian, son or daughter" },
  errors: {
    proxyNameRequired: "Write your full name",
    proxyNameTooLong: DECISION_ERRORS.proxyName.tooLong,
    proxyNameCharacters: "Your name can only have letters, spaces, hyphens (-) and apostrophes (')",
    relationshipRequired: "Write how you know the person",
    relationshipTooLong: DECISION_ERRORS.proxyRelationship.tooLong,
    relationshipCharacters: "How you know the person: use only letters, spaces, hyphens (-) and apostrophes (')",
  },
};

export const NAME: Localised<typeof English.NAME> = {
  titleSelf: "What is your name?",
  titleProxy: "What is the person's name?",
  givenName: { label: "First name" },
  familyName: { label: "Last name" },
  errors: {
    givenNameRequired: "Write the first name",
    givenNameTooLong: DECISION_ERRORS.givenName.tooLong,
    givenNameCharacters: "The first name can only have letters, spaces, hyphens (-) and apostrophes (')",
    familyNameRequired: "Write the last name",
    familyNameTooLong: DECISION_ERRORS.familyName.tooLong,
    familyNameCharacters: "The last name can only have letters, spaces, hyphens (-) and apostrophes (')",
  },
};

export const DATE_OF_BIRTH: Localised<typeof English.DATE_OF_BIRTH> = {
  titleSelf: "What is your date of birth?",
  titleProxy: "What is the person's date of birth?",
  hint: "For example, 15 3 1984",
  day: "Day",
  month: "Month",
  year: "Year",
  errors: {
    required: "Write the date of birth",
    missingDay: "The date of birth must have a day",
    missingMonth: "The date of birth must have a month",
    missingYear: "The date of birth must have a year",
    yearFourDigits: "The year must have 4 numbers",
    invalid: DECISION_ERRORS.dateOfBirth.invalid,
    future: DECISION_ERRORS.dateOfBirth.future,
    tooOld: DECISION_ERRORS.dateOfBirth.tooOld,
    childTooOld: `The child must be under ${CHILD_AGE_LIMIT}. Young people aged ${CHILD_AGE_LIMIT} or over make their own choice`,
  },
};

export const NHS_NUMBER: Localised<typeof English.NHS_NUMBER> = {
  titleSelf: "What is your NHS number?",
  titleProxy: "What is the person's NHS number?",
  label: "NHS number (you do not have to answer)",
  hint: "It has 10 numbers, like 999 123 4567. Do not know it? Leave this empty.",
  helpSummary: "Where to find an NHS number",
  help: [
    "An NHS number is on any letter or paper from the NHS. It is on a prescription. It is in the NHS App. Or you can ask the GP practice.",
    "Do you not know it? Leave this empty. We will find the person's record with their name, date of birth and postcode.",
  ],
};

export const POSTCODE: Localised<typeof English.POSTCODE> = {
  titleSelf: "What is your home postcode?",
  titleProxy: "What is the person's home postcode?",
  label: "Postcode",
  hint: "For example, N1 1AA",
  errors: { required: "Write a postcode", tooLong: "The postcode must be 8 characters or fewer" },
};

export const GP_PRACTICE: Localised<typeof English.GP_PRACTICE> = {
  titleSelf: "Which GP practice are you registered with?",
  titleProxy: "Which GP practice is the person registered with?",
  label: "GP practice (you do not have to answer)",
  hint: "Choose from the practices in Barnet, Camden, Enfield, Haringey and Islington. Is the practice not on the list? Or do you not know? Then leave this as it is.",
  none: "It is not on the list, or I do not know",
  errors: { unknown: "Choose a GP practice from the list" },
};

export const NOT_ELIGIBLE: Localised<typeof English.NOT_ELIGIBLE> = {
  title: "You cannot use this service",
  paragraphs: [
    "The joined-up care record is for 5 areas: Barnet, Camden, Enfield, Haringey and Islington.",
    "It is for people who live there.",
    "It is also for people registered with a GP practice there.",
    "The postcode and the GP practice you gave are not in these areas.",
  ],
  whatToDoHeading: "What you can do instead",
  alternatives: [
    {
      text: "Choose if your private health information is used for research and planning. This is called the national data opt-out",
      href: "https://www.nhs.uk/your-nhs-data-matters/",
    },
    {
      text: "Find out about sharing care records where you live. Ask your GP practice or your local council",
      href: "https://www.nhs.uk/service-search/find-a-gp",
    },
  ],
  changeAnswers: "Did you make a mistake? You can",
  changePostcode: "change the postcode",
  or: "or",
  changeGp: "change the GP practice",
};

export const EVIDENCE: Localised<typeof English.EVIDENCE> = {
  title: "Proof that you can make the choice for the person",
  hint: "For a child, this can be a birth certificate or a court order. For an adult, send a lasting power of attorney for health and welfare. Or a court order that names you as deputy.",
  methodLegend: "How will you send your proof?",
  methods: [
    { value: "UPLOAD", label: "Send it on the website now" },
    { value: "POST", label: "I will post a copy" },
  ],
  fileLabel: "Choose a file to send",
  fileHint: `Only if you chose to send it now. It must be a PDF, JPEG or PNG file. It must be smaller than ${EVIDENCE_MAX_MEGABYTES} MB. A photo of the paper is fine.`,
  alreadyUploaded: (fileName) => `You have sent ${fileName}. To send a different file instead, choose another file.`,
  postAddressIntro: "Post a copy to this address. Do not send the original.",
  errors: {
    methodRequired: "Choose how you will send your proof",
    fileRequired: "Choose a file to send",
    fileTooBig: `The file you chose must be smaller than ${EVIDENCE_MAX_MEGABYTES} MB`,
    requestTooBig: `The file you chose must be smaller than ${EVIDENCE_MAX_MEGABYTES} MB. Choose a smaller file. Or choose "I will post a copy" and do not choose a file`,
    fileWrongType: "The file you chose must be a PDF, JPEG or PNG file",
  },
};

export const DECISION: Localised<typeof English.DECISION> = {
  title: "What do you want to do?",
  options: [
    { value: "OPT_OUT", label: "Opt out of the joined-up care record" },
    { value: "OPT_IN", label: "Opt back in to the joined-up care record" },
  ],
  errors: { required: "Choose if you want to opt out or opt back in" },
};

export const EMAIL: Localised<typeof English.EMAIL> = {
  title: "What is your email address?",
  label: "Email address",
  hint: "We will send a security code to this email address now. Later we will send an email to say we got your choice.",
  sendButton: "Send the code",
  errors: {
    required: "Write an email address",
    invalid: "Write the email address in the right way, like name@example.com",
    tooLong: "The email address must be 254 characters or fewer",
  },
};

export const CONFIRM_EMAIL: Localised<typeof English.CONFIRM_EMAIL> = {
  title: "Check your email",
  sentTo: (email) => `We sent a security code to ${email}. It has 6 numbers. It stops working after 10 minutes.`,
  label: "Security code",
  hint: "The code has 6 numbers",
  resendIntro: "Did you not get it? Look in your spam folder. Or",
  resendButton: "Send a new code",
  resent: "We sent a new code. Use the newest one.",
  changeEmail: "Use a different email address",
  errors: {
    required: "Write the security code. It has 6 numbers",
    format: "The security code must be 6 numbers",
    wrong: "The security code is not right. Check the email and try again",
    expired: "The security code has stopped working. Send a new code",
    tooManyAttempts: "You wrote the wrong code too many times. Send a new code",
    resendTooSoon: "Wait 1 minute before you ask for another code",
    tooManyCodes: "You asked for too many codes. Wait 1 hour and try again",
    noCode: "Send a security code first",
  },
};

export const CHECK_ANSWERS: Localised<typeof English.CHECK_ANSWERS> = {
  title: "Check your answers before you send them",
  rows: {
    madeBy: "Who the choice is for",
    proxyName: "Your name",
    proxyRelationship: "How you know the person",
    name: "Name",
    dateOfBirth: "Date of birth",
    nhsNumber: "NHS number",
    postcode: "Home postcode",
    gpPractice: "GP practice",
    evidence: "Proof",
    decision: "Choice",
    email: "Email address",
  },
  notGiven: "Not given",
  evidenceUploaded: (fileName) => `Sent on the website: ${fileName}`,
  evidencePost: "I will post a copy",
  declarationHeading: "Now send your choice",
  declaration:
    "When you send this, you say the information is right. Are you making the choice for someone else? Then you also say you have the right to make this choice for them.",
  submit: "Send my choice",
  errors: {
    incomplete: "Some answers are missing. Answer every question. Then try again",
    emailNotProved: "Check your email address with a security code before you send",
  },
};

export const CONFIRMATION: Localised<typeof English.CONFIRMATION> = {
  title: { OPT_OUT: "We have your opt-out", OPT_IN: "We have your opt-in" },
  referenceLabel: "Your reference number",
  emailSent: (email) =>
    `We sent an email to ${email}. It says we got your choice. Keep your reference number. You may need it if you contact us.`,
  whatHappensNext: "What happens next",
  next: {
    OPT_OUT_EFFECTIVE: [
      "Your opt-out has started.",
      "Health and care staff will not see this person's information in the record.",
      "Staff can still share information by phone, email or letter when they need to.",
    ],
    // The same words for everyone who opts back in without NHS login: anyone
    // can send this form, so they must not show anyone's current choice
    // (PRODUCT.md, "Rules"; docs/decisions/015).
    OPT_IN_RECEIVED: [
      "We got your request to opt back in.",
      "We check every request against our list of choices. Does it change an opt-out made before? Then it may not start until our team has checked it.",
      "To keep things private, we do not show here if it has started. This is because anyone can send this form.",
      "To find out, sign in with NHS login and check your choice. Or contact us.",
      "If our team cannot accept it, we will email you to say why.",
    ],
    PROXY_EVIDENCE: `Our team will check your proof${EVIDENCE_CHECK_WITHIN ? ` ${EVIDENCE_CHECK_WITHIN}` : ""}. If we cannot accept it, we will cancel the choice. We will email you to say why.`,
  },
  postEvidence: {
    heading: "Post your proof",
    intro: "Post a copy of your proof to this address. Do not send the original.",
    quoteReference: (reference) =>
      `Write your reference number, ${reference}, on the back of the copy. Or write it on a note and send it with the copy. Then we can match it to your choice.`,
  },
  changeMind: "You can change your mind at any time. Opt out or opt back in on this website. Or phone us.",
  backHome: "Go back to the joined-up care record home page",
};

/** The programme's postal address, for forms and proof. */
export const RETURN_ADDRESS: Localised<typeof English.RETURN_ADDRESS> = CONTACT_DETAILS.postalAddress;
export const CONTACT_PHONE: Localised<typeof English.CONTACT_PHONE> = CONTACT_DETAILS.phone;

export const CHOICE_EMAILS: Localised<typeof English.CHOICE_EMAILS> = {
  codeSubject: "Your security code",
  codeBody: (code) => [
    `Your security code for the North London joined-up care record is ${code}.`,
    "",
    "It stops working after 10 minutes.",
    "Did you not ask for it? Then you can ignore this email.",
  ],
  confirmationSubject: (reference) => `We have your choice. Reference number ${reference}`,
  confirmationTitle: "Your choice about the joined-up care record",
  rows: {
    reference: "Reference number",
    choice: "Choice",
    status: "What is happening",
    person: "For",
    madeBy: "Made by",
    recordedAt: "We got it",
  },
  madeByValue: {
    SELF: "The person themselves",
    PARENT_OR_GUARDIAN: (proxyName) => `${proxyName}. They are a parent or guardian with parental responsibility for the person`,
    ATTORNEY: (proxyName) => `${proxyName}. They have a lasting power of attorney for the person's health and welfare`,
    DEPUTY: (proxyName) => `${proxyName}. The court chose them as the person's deputy`,
  },
  postEvidence: (reference) => [CONFIRMATION.postEvidence.intro, onLines(CONTACT_DETAILS.marked.postalAddress), CONFIRMATION.postEvidence.quoteReference(reference)],
  choiceLabel: { OPT_OUT: "Opt out", OPT_IN: "Opt back in" },
  statusLabel: { EFFECTIVE: "It has started", AWAITING_REVIEW: "Waiting for our team to check it" },
  optInStatus: "We got it. We check it against our list of choices",
  changeMind: (links: SiteLinks) => ["You can change your mind at any time. Phone us. Or opt out or opt back in again on our website: ", { href: links.site }],
  contact: (links: SiteLinks) => [
    `When you contact us, tell us your reference number. Phone ${CONTACT_DETAILS.phone}. We answer ${asSentence(CONTACT_DETAILS.phoneHours)} Email ${CONTACT_DETAILS.email}. Or use the contact page on our website: `,
    { href: links.contact },
  ],
  emergencyWarning: CHOICE_RULES.emergencyWarning.paragraphs.join(" "),
};

export const PAPER_FORM: Localised<typeof English.PAPER_FORM> = {
  title: "Opt out or opt back in: paper form",
  subject: "Opt out or opt back in: North London joined-up care record paper form",
  intro:
    "Use this form to opt out of the joined-up health and care record. Or use it to opt back in. The record is for Barnet, Camden, Enfield, Haringey and Islington. Write in capital letters. Fill in 1 form for each person.",
  formReferenceLabel: "Form reference",
  sections: {
    decision: "1. Your choice (tick 1 box)",
    whoFor: "2. Who is this choice for? (tick 1 box)",
    person: "3. About the person",
    proxy: "4. About you, if you make the choice for someone else",
    contact: "5. How we can contact you",
    sign: "6. Sign and write the date",
  },
  fields: {
    givenName: "First name",
    familyName: "Last name",
    dateOfBirth: "Date of birth (DD MM YYYY)",
    nhsNumber: "NHS number, if you know it",
    postcode: "Home postcode",
    gpPractice: "GP practice, if you know it",
    proxyName: "Your full name",
    proxyRelationship: "How you know the person",
    evidence:
      "Send a copy of your proof with this form. Do not send the original. For a child: a birth certificate or court order. For an adult: a lasting power of attorney for health and welfare, or a court order.",
    email: "Email address. We will email you to say we got your choice",
    phone: "Phone number, if you have no email",
    signature: "Signature",
    date: "Date",
  },
  rulesHeading: "Before you fill in this form",
  onlineLine: "You can also make your choice online at",
  returnHeading: "Where to send this form",
  returnIntro: `Post the form to this address.${CONTACT_DETAILS.postage ? ` ${CONTACT_DETAILS.postage}` : ""}`,
  staffUse: "For office use: date received and keyed by",
};
