import { CONTACT_DETAILS } from "./contact-details";
import { PROGRAMME, withinWorkingDays } from "./programme";
import { ROUTES } from "./routes";
import type { InformationPage, InlineText } from "./types";

const callbackWithin = withinWorkingDays(PROGRAMME.responseTimes.callbackWorkingDays);

export const CONTACT_PAGE: InformationPage = {
  href: ROUTES.contact,
  title: "Contact us",
  shortTitle: "Contact us",
  description: "Call, email or write to the joined-up record team, or ask us to call you back.",
  lede: "Contact us if you have a question about the joined-up record or need help to make your choice.",
  sections: [
    {
      id: "call-us",
      heading: "Call us",
      blocks: [
        { kind: "paragraph", text: [`Phone: `, { text: CONTACT_DETAILS.phone, href: CONTACT_DETAILS.phoneHref }] },
        { kind: "paragraph", text: CONTACT_DETAILS.phoneHours },
        { kind: "paragraph", text: CONTACT_DETAILS.textRelay },
      ],
    },
    {
      id: "email-us",
      heading: "Email us",
      blocks: [
        { kind: "paragraph", text: ["Email: ", { text: CONTACT_DETAILS.email, href: `mailto:${CONTACT_DETAILS.email}` }] },
        ...(CONTACT_DETAILS.emailReply ? [{ kind: "paragraph", text: CONTACT_DETAILS.emailReply } as const] : []),
        {
          kind: "paragraph",
          text: "Do not send medical information by email. If you need medical help, contact your GP or call 111.",
        },
      ],
    },
    {
      id: "write-to-us",
      heading: "Write to us",
      blocks: [
        { kind: "paragraph", text: CONTACT_DETAILS.postalAddress.join(", ") },
        ...(CONTACT_DETAILS.postage ? [{ kind: "paragraph", text: CONTACT_DETAILS.postage } as const] : []),
      ],
    },
    {
      id: "other-formats",
      heading: "Other formats and languages",
      blocks: [{ kind: "paragraph", text: CONTACT_DETAILS.otherFormats }],
    },
  ],
};

/** The request-a-call-back form on the contact page. */
export const CALLBACK_FORM = {
  heading: "Ask us to call you back",
  id: "call-back",
  intro: `Leave your name and number and we will call you back${callbackWithin ? ` ${callbackWithin}` : ""}.`,
  name: { label: "Your name" },
  phone: {
    label: "UK phone number",
    hint: "For example, 07700 900 982 or 020 7946 0123",
  },
  preferredTime: {
    legend: "When is the best time to call you?",
    options: [
      { value: "Any time", label: "Any time" },
      { value: "Morning (9am to 12pm)", label: "Morning (9am to 12pm)" },
      { value: "Afternoon (12pm to 5pm)", label: "Afternoon (12pm to 5pm)" },
    ],
  },
  message: {
    label: "What would you like to talk about? (optional)",
    hint: "Do not include medical details. We will ask what we need when we call.",
  },
  submit: "Ask for a call back",
  errorSummaryHeading: "There is a problem",
  /** Prefixed to the page title when the form has errors, as NHS.UK services do. */
  errorTitlePrefix: "Error: ",
  errors: {
    name: {
      required: "Enter your name",
      tooLong: "Your name must be 200 characters or fewer",
      hiddenCharacters: "Your name must not include hidden characters such as tabs or line breaks",
    },
    phone: {
      required: "Enter a UK phone number",
      invalid: "Enter a UK phone number, like 07700 900 982 or 020 7946 0123",
    },
    preferredTime: {
      required: "Select when is the best time to call you",
    },
    message: {
      tooLong: "What you would like to talk about must be 2000 characters or fewer",
      hiddenCharacters: "What you would like to talk about must not include hidden control characters",
    },
    /** Shown in the error summary when one address asks too often. */
    tooManyRequests: "You have asked for a call back too many times. Try again in an hour, or call us.",
    /** Shown when the request could not be saved. */
    notSaved: `Sorry, we could not save your request. Try again later, or call us on ${CONTACT_DETAILS.phone}.`,
  },
} as const;

export const CALLBACK_REQUESTED_PAGE = {
  title: "We will call you back",
  body: `We have your request. Someone from the joined-up record team will call you${callbackWithin ? ` ${callbackWithin}` : " back"}.`,
  nextHeading: "What happens next",
  // Paragraphs that may hold words in another language: a translation's phone hours may be the operator's English.
  next: [
    `If we cannot reach you, you can call us on ${CONTACT_DETAILS.phone}, ${CONTACT_DETAILS.phoneHours}.`,
    "If you need medical help before then, contact your GP or call 111.",
  ] as readonly InlineText[],
  backLink: { text: "Go back to contact us", href: ROUTES.contact },
} as const;
