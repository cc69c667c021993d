import { CHILD_AGE_LIMIT, EVIDENCE_MAX_MEGABYTES } from "../validation/limits";
import { CONTACT_DETAILS } from "./contact-details";
import { onLines, type EmailLine, type SiteLinks } from "./email-layout";
import { DECISION_ERRORS } from "./decision-errors";
import { PROGRAMME, withinWorkingDays } from "./programme";
import { CHOICE_RULES } from "./rules";

const EVIDENCE_CHECK_WITHIN = withinWorkingDays(PROGRAMME.responseTimes.evidenceCheckWorkingDays);

// Every word of the online opt-out and opt-in journeys, their emails and the
// paper form. One source: the web pages, the confirmation email and the paper
// form PDF all read the questions from here.

export type JourneySlug = "opt-out" | "opt-in";

export const JOURNEYS = {
  "opt-out": {
    choice: "OPT_OUT",
    title: "Opt out of the joined-up care record",
    intro: [
      "If you opt out, health and care staff in Barnet, Camden, Enfield, Haringey and Islington will not see your information in the joined-up care record.",
      CHOICE_RULES.optOutDoesNot,
      ...CHOICE_RULES.emergencyWarning.paragraphs,
      `You can opt out for yourself, for a child under ${CHILD_AGE_LIMIT} you have parental responsibility for, or for someone you hold a lasting power of attorney for health and welfare for or are a court-appointed deputy for.`,
    ],
  },
  "opt-in": {
    choice: "OPT_IN",
    title: "Opt back in to the joined-up care record",
    intro: [
      "If you opted out before, you can opt back in at any time. Health and care staff will then be able to see your information in the joined-up care record when they care for you.",
      `You can do this for yourself, for a child under ${CHILD_AGE_LIMIT} you have parental responsibility for, or for someone you hold a lasting power of attorney for health and welfare for or are a court-appointed deputy for.`,
    ],
  },
} as const satisfies Record<JourneySlug, { choice: "OPT_OUT" | "OPT_IN"; title: string; intro: readonly string[] }>;

export const START_PAGE = {
  beforeYouStart: "Before you start",
  youWillNeed: "You will need:",
  needs: [
    "the person's name, date of birth and home postcode",
    "their NHS number, if you know it (you can still continue without it)",
    "an email address you can open now, to get a security code",
    "if you are acting for someone, a copy of your evidence (such as a birth certificate or a lasting power of attorney), or you can post it",
  ],
  takes: "It takes about 5 minutes.",
  startButton: "Start now",
  paperIntro: "You can also",
  paperLink: "download a paper form (PDF)",
  paperOutro: "to fill in and post to us.",
} as const;

export const COMMON = {
  backLink: "Back",
  continue: "Continue",
  change: "Change",
  errorSummaryHeading: "There is a problem",
  optional: "(optional)",
  tooManyRequests: `You have tried too many times. Wait an hour and try again, or call us on ${CONTACT_DETAILS.phone}.`,
  tooManyForThisPerson: `We have received too many choices for this NHS number today, so we cannot accept another online. Try again tomorrow, or call us on ${CONTACT_DETAILS.phone}.`,
  notSaved: "Sorry, there is a problem with the service and this answer was not saved. Try again in a few minutes.",
} as const;

export const WHO_FOR = {
  title: "Who is this choice for?",
  options: [
    { value: "SELF", label: "Myself" },
    { value: "PARENT_OR_GUARDIAN", label: `A child under ${CHILD_AGE_LIMIT} I have parental responsibility for` },
    { value: "ATTORNEY", label: "Someone I hold a lasting power of attorney for health and welfare for" },
    { value: "DEPUTY", label: "Someone I am a court-appointed deputy for" },
  ],
  errors: { required: "Select who the choice is for" },
} as const;

export const ABOUT_YOU = {
  title: "About you",
  hint: "As you are making this choice for someone else, we need your details too.",
  proxyName: { label: "Your full name" },
  proxyRelationship: { label: "Your relationship to the person", hint: "For example, mother, father, guardian, son or daughter" },
  errors: {
    proxyNameRequired: "Enter your full name",
    proxyNameTooLong: DECISION_ERRORS.proxyName.tooLong,
    proxyNameCharacters: "Your name must only include letters, spaces, hyphens and apostrophes",
    relationshipRequired: "Enter your relationship to the person",
    relationshipTooLong: DECISION_ERRORS.proxyRelationship.tooLong,
    relationshipCharacters: "Relationship must only include letters, spaces, hyphens and apostrophes",
  },
} as const;

export const NAME = {
  titleSelf: "What is your name?",
  titleProxy: "What is the person's name?",
  givenName: { label: "First name" },
  familyName: { label: "Last name" },
  errors: {
    givenNameRequired: "Enter the first name",
    givenNameTooLong: DECISION_ERRORS.givenName.tooLong,
    givenNameCharacters: "First name must only include letters, spaces, hyphens and apostrophes",
    familyNameRequired: "Enter the last name",
    familyNameTooLong: DECISION_ERRORS.familyName.tooLong,
    familyNameCharacters: "Last name must only include letters, spaces, hyphens and apostrophes",
  },
} as const;

export const DATE_OF_BIRTH = {
  titleSelf: "What is your date of birth?",
  titleProxy: "What is the person's date of birth?",
  hint: "For example, 15 3 1984",
  day: "Day",
  month: "Month",
  year: "Year",
  errors: {
    required: "Enter a date of birth",
    missingDay: "Date of birth must include a day",
    missingMonth: "Date of birth must include a month",
    missingYear: "Date of birth must include a year",
    yearFourDigits: "Year must include 4 numbers",
    invalid: DECISION_ERRORS.dateOfBirth.invalid,
    future: DECISION_ERRORS.dateOfBirth.future,
    tooOld: DECISION_ERRORS.dateOfBirth.tooOld,
    childTooOld: `The child must be under ${CHILD_AGE_LIMIT}. Young people aged ${CHILD_AGE_LIMIT} or over make their own choice`,
  },
} as const;

export const NHS_NUMBER = {
  titleSelf: "What is your NHS number?",
  titleProxy: "What is the person's NHS number?",
  label: "NHS number (optional)",
  hint: "This is a 10 digit number, like 999 123 4567. Leave it blank if you do not know it.",
  helpSummary: "Where to find an NHS number",
  help: [
    "You can find an NHS number on any letter or document from the NHS, on a prescription, in the NHS App, or by asking the GP practice.",
    "If you do not know it, leave this blank. We will find the person's record using their name, date of birth and postcode.",
  ],
} as const;

export const POSTCODE = {
  titleSelf: "What is your home postcode?",
  titleProxy: "What is the person's home postcode?",
  label: "Postcode",
  hint: "For example, N1 1AA",
  errors: { required: "Enter a postcode", tooLong: "Postcode must be 8 characters or fewer" },
} as const;

export const GP_PRACTICE = {
  titleSelf: "Which GP practice are you registered with?",
  titleProxy: "Which GP practice is the person registered with?",
  label: "GP practice (optional)",
  hint: "Choose from the practices in Barnet, Camden, Enfield, Haringey and Islington. Leave it as it is if the practice is not listed or you do not know.",
  none: "Not listed or I do not know",
  errors: { unknown: "Select a GP practice from the list" },
} as const;

export const NOT_ELIGIBLE = {
  title: "You cannot use this service",
  paragraphs: [
    "The joined-up care record covers people who live in, or are registered with a GP practice in, Barnet, Camden, Enfield, Haringey or Islington. The postcode and GP practice you gave are outside these areas.",
  ],
  whatToDoHeading: "What you can do instead",
  alternatives: [
    { text: "Choose whether your confidential patient information is used for research and planning with the national data opt-out", href: "https://www.nhs.uk/your-nhs-data-matters/" },
    { text: "Find out about the shared care record where you live from your GP practice or your local council", href: "https://www.nhs.uk/service-search/find-a-gp" },
  ],
  changeAnswers: "If you made a mistake,",
  changePostcode: "change the postcode",
  or: "or",
  changeGp: "change the GP practice",
} as const;

export const EVIDENCE = {
  title: "Evidence that you can act for the person",
  hint: "For a child, this can be a birth certificate or a court order. For an adult, a lasting power of attorney for health and welfare or a court order naming you as deputy.",
  methodLegend: "How will you send your evidence?",
  methods: [
    { value: "UPLOAD", label: "Upload it now" },
    { value: "POST", label: "I will post a copy" },
  ],
  fileLabel: "Upload a file",
  fileHint: `Only if you chose to upload it now. A PDF, JPEG or PNG file, smaller than ${EVIDENCE_MAX_MEGABYTES} MB. A photo of the document is fine.`,
  alreadyUploaded: (fileName: string) => `You have uploaded ${fileName}. Choose another file to replace it.`,
  postAddressIntro: "Post a copy (not the original) to:",
  errors: {
    methodRequired: "Select how you will send your evidence",
    fileRequired: "Select a file to upload",
    fileTooBig: `The selected file must be smaller than ${EVIDENCE_MAX_MEGABYTES} MB`,
    /** The form came back too large to read (without JavaScript the browser sends a chosen file whatever the method). */
    requestTooBig: `The selected file must be smaller than ${EVIDENCE_MAX_MEGABYTES} MB. Choose a smaller file, or select "I will post a copy" and do not choose a file`,
    fileWrongType: "The selected file must be a PDF, JPEG or PNG",
  },
} as const;

export const DECISION = {
  title: "What would you like to do?",
  options: [
    { value: "OPT_OUT", label: "Opt out of the joined-up care record" },
    { value: "OPT_IN", label: "Opt back in to the joined-up care record" },
  ],
  errors: { required: "Select whether to opt out or opt back in" },
} as const;

export const EMAIL = {
  title: "What is your email address?",
  label: "Email address",
  hint: "We will send a security code to this address now, and your confirmation afterwards.",
  sendButton: "Send the code",
  errors: {
    required: "Enter an email address",
    invalid: "Enter an email address in the correct format, like name@example.com",
    tooLong: "Email address must be 254 characters or fewer",
  },
} as const;

export const CONFIRM_EMAIL = {
  title: "Check your email",
  sentTo: (email: string) => `We have sent a 6 digit security code to ${email}. It expires after 10 minutes.`,
  label: "Security code",
  hint: "The code is 6 numbers",
  resendIntro: "Not received it? Check your spam folder, or",
  resendButton: "Send a new code",
  resent: "We have sent a new code. Use the newest one.",
  changeEmail: "Use a different email address",
  errors: {
    required: "Enter the 6 digit security code",
    format: "The security code must be 6 numbers",
    wrong: "The security code is not correct. Check the email and try again",
    expired: "The security code has expired. Send a new code",
    tooManyAttempts: "You have entered the wrong code too many times. Send a new code",
    resendTooSoon: "Wait a minute before asking for another code",
    tooManyCodes: "You have asked for too many codes. Wait an hour and try again",
    noCode: "Send a security code first",
  },
} as const;

export const CHECK_ANSWERS = {
  title: "Check your answers before sending",
  rows: {
    madeBy: "Who the choice is for",
    proxyName: "Your name",
    proxyRelationship: "Your relationship to the person",
    name: "Name",
    dateOfBirth: "Date of birth",
    nhsNumber: "NHS number",
    postcode: "Home postcode",
    gpPractice: "GP practice",
    evidence: "Evidence",
    decision: "Choice",
    email: "Email address",
  },
  notGiven: "Not given",
  evidenceUploaded: (fileName: string) => `Uploaded: ${fileName}`,
  evidencePost: "I will post a copy",
  declarationHeading: "Now send your choice",
  declaration: "By sending this, you confirm the information is correct and, if you are acting for someone, that you have the right to make this choice for them.",
  submit: "Send my choice",
  errors: {
    incomplete: "Some answers are missing. Answer every question, then try again",
    emailNotProved: "Confirm your email address with a security code before sending",
  },
} as const;

export const CONFIRMATION = {
  title: { OPT_OUT: "Your opt-out has been recorded", OPT_IN: "Your opt-in has been recorded" },
  referenceLabel: "Your reference number",
  emailSent: (email: string) => `We have sent a confirmation email to ${email}. Keep your reference number in case you need to contact us.`,
  whatHappensNext: "What happens next",
  next: {
    OPT_OUT_EFFECTIVE: [
      "Your opt-out has taken effect. The joined-up care record will not show this person's information to health and care staff.",
      "Staff can still share information by phone, email or letter when they need to.",
    ],
    // The same words for everyone who opts back in without NHS login, whether
    // the person was opted out, participating or unknown: anyone can send this
    // form, so what it says must not reveal anyone's current choice
    // (PRODUCT.md, "Rules"; docs/decisions/015).
    OPT_IN_RECEIVED: [
      "We have received your request to opt back in. We check every request against the register. If it changes an earlier opt-out, it may not take effect until our team has checked it.",
      "For privacy, we do not show here whether it has taken effect, because anyone can send this form. To find out, sign in with NHS login and check your choice, or contact us.",
      "If our team cannot accept it, we will email you to say why.",
    ],
    PROXY_EVIDENCE: `Our team will check your evidence${EVIDENCE_CHECK_WITHIN ? ` ${EVIDENCE_CHECK_WITHIN}` : ""}. If we cannot accept it, we will withdraw the choice and email you to say why.`,
  },
  postEvidence: {
    heading: "Post your evidence",
    intro: "Post a copy (not the original) of your evidence to:",
    quoteReference: (reference: string) => `Write your reference number, ${reference}, on the back of the copy or on a note with it, so we can match it to your choice.`,
  },
  changeMind: "You can change your mind at any time by opting out or opting back in on this website, or by calling us.",
  backHome: "Back to the joined-up care record home page",
} as const;

/** The programme's postal address (lib/content/programme.ts), for forms and evidence. */
export const RETURN_ADDRESS: readonly string[] = CONTACT_DETAILS.postalAddress;
export const CONTACT_PHONE = CONTACT_DETAILS.phone;

export const CHOICE_EMAILS = {
  codeSubject: "Your security code",
  codeBody: (code: string) => [
    `Your security code for the North London joined-up care record is ${code}.`,
    "",
    "It expires in 10 minutes. If you did not ask for it, you can ignore this email.",
  ],
  confirmationSubject: (reference: string) => `Your choice is recorded: reference ${reference}`,
  confirmationTitle: "Your choice about the joined-up care record",
  rows: {
    reference: "Reference number",
    choice: "Choice",
    status: "Status",
    person: "For",
    madeBy: "Made by",
    recordedAt: "Recorded",
  },
  /** Who made the choice: never the words the resident chose from ("Myself", "A child..."), which read as the person. */
  madeByValue: {
    SELF: "The person themselves",
    PARENT_OR_GUARDIAN: (proxyName: string) => `${proxyName}, a parent or guardian with parental responsibility for them`,
    ATTORNEY: (proxyName: string) => `${proxyName}, who holds a lasting power of attorney for health and welfare for them`,
    DEPUTY: (proxyName: string) => `${proxyName}, their court-appointed deputy`,
  },
  /** For a proxy who will post their evidence: the same words as the confirmation page. */
  postEvidence: (reference: string): EmailLine[] => [CONFIRMATION.postEvidence.intro, onLines(CONTACT_DETAILS.marked.postalAddress), CONFIRMATION.postEvidence.quoteReference(reference)],
  choiceLabel: { OPT_OUT: "Opt out", OPT_IN: "Opt back in" },
  statusLabel: { EFFECTIVE: "Taken effect", AWAITING_REVIEW: "Waiting for our team to check it" },
  /** An opt-in's status in its confirmation: the same for everyone (see CONFIRMATION.next.OPT_IN_RECEIVED). */
  optInStatus: "Received. We check it against the register",
  // Each ends with the address, so nothing follows it (lib/content/email-layout.ts, EmailLink).
  changeMind: (links: SiteLinks): EmailLine => ["To change your mind at any time, call us, or opt out or opt back in again on our website: ", { href: links.site }],
  contact: (links: SiteLinks): EmailLine => [
    `Quote your reference number when you contact us. Call ${CONTACT_DETAILS.phone} (${CONTACT_DETAILS.phoneHours}), email ${CONTACT_DETAILS.email} or use the contact page on our website: `,
    { href: links.contact },
  ],
  /** Closes every opt-out confirmation email: the same warning as the pages, the form and the film. */
  emergencyWarning: CHOICE_RULES.emergencyWarning.paragraphs.join(" "),
} as const;

export const PAPER_FORM = {
  title: "Opt out or opt back in: paper form",
  subject: "Paper form to opt out of, or opt back in to, the North London joined-up care record",
  intro: "Use this form to opt out of, or opt back in to, the joined-up health and care record in Barnet, Camden, Enfield, Haringey and Islington. Write in capital letters. Fill in one form for each person.",
  formReferenceLabel: "Form reference",
  sections: {
    decision: "1. Your choice (tick one)",
    whoFor: "2. Who is this choice for? (tick one)",
    person: "3. About the person",
    proxy: "4. About you, if you are acting for someone",
    contact: "5. Your contact details",
    sign: "6. Sign and date",
  },
  fields: {
    givenName: "First name",
    familyName: "Last name",
    dateOfBirth: "Date of birth (DD MM YYYY)",
    nhsNumber: "NHS number, if known",
    postcode: "Home postcode",
    gpPractice: "GP practice, if known",
    proxyName: "Your full name",
    proxyRelationship: "Your relationship to the person",
    evidence: "Include a copy (not the original) of your evidence: a birth certificate or court order for a child, or a lasting power of attorney for health and welfare or court order for an adult.",
    email: "Email address, for your confirmation",
    phone: "Phone number, if you have no email",
    signature: "Signature",
    date: "Date",
  },
  rulesHeading: "Before you fill in this form",
  /** Followed by the site's public address. */
  onlineLine: "You can also make your choice online at",
  returnHeading: "Where to send this form",
  returnIntro: `Post the form to this address.${CONTACT_DETAILS.postage ? ` ${CONTACT_DETAILS.postage}` : ""}`,
  staffUse: "For office use: received date and keyed by",
} as const;
