import type * as English from "../../contact";
import { PROGRAMME } from "../../programme";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";
import { asSentence, CONTACT_DETAILS, withinWorkingDays } from "./contact-details";

const callbackWithin = withinWorkingDays(PROGRAMME.responseTimes.callbackWorkingDays);

export const CONTACT_PAGE: Localised<typeof English.CONTACT_PAGE> = {
  href: ROUTES.contact,
  title: "Contact us",
  shortTitle: "Contact us",
  description: "Easy Read. Phone, email or write to the joined-up record team. Or ask us to phone you back.",
  lede: "Do you have a question about the joined-up record? Do you need help to make your choice? Please contact us.",
  sections: [
    {
      id: "call-us",
      heading: "Phone us",
      blocks: [
        { kind: "paragraph", text: ["Phone: ", { text: CONTACT_DETAILS.phone, href: CONTACT_DETAILS.phoneHref }], picture: "phone" },
        { kind: "paragraph", text: `We answer the phone ${asSentence(CONTACT_DETAILS.phoneHours)}`, picture: "calendar" },
        { kind: "paragraph", text: CONTACT_DETAILS.textRelay, picture: "phone" },
      ],
    },
    {
      id: "email-us",
      heading: "Email us",
      blocks: [
        { kind: "paragraph", text: ["Email: ", { text: CONTACT_DETAILS.email, href: `mailto:${CONTACT_DETAILS.email}` }], picture: "email" },
        ...(CONTACT_DETAILS.emailReply ? [{ kind: "paragraph", text: CONTACT_DETAILS.emailReply, picture: "wait" } as const] : []),
        {
          kind: "paragraph",
          text: "Do not send information about your health by email. Do you need medical help? Contact your GP or phone 111.",
          picture: "doctor",
        },
      ],
    },
    {
      id: "write-to-us",
      heading: "Write to us",
      blocks: [
        { kind: "paragraph", text: CONTACT_DETAILS.postalAddress.join(", "), picture: "post" },
        ...(CONTACT_DETAILS.postage ? [{ kind: "paragraph", text: CONTACT_DETAILS.postage, picture: "post" } as const] : []),
      ],
    },
    {
      id: "other-formats",
      heading: "Other formats and languages",
      blocks: [{ kind: "paragraph", text: CONTACT_DETAILS.otherFormats, picture: "contact" }],
    },
  ],
};

/** The ask-for-a-call-back form on the contact page. */
export const CALLBACK_FORM: Localised<typeof English.CALLBACK_FORM> = {
  heading: "Ask us to phone you back",
  id: "call-back",
  intro: `Give us your name and phone number. We will phone you back${callbackWithin ? ` ${callbackWithin}` : ""}.`,
  name: { label: "Your name" },
  phone: {
    label: "Your UK phone number",
    hint: "For example, 07700 900 982 or 020 7946 0123",
  },
  preferredTime: {
    legend: "When is the best time to phone you?",
    // The values are what the team's list stores: the same in every language.
    options: [
      { value: "Any time", label: "Any time" },
      { value: "Morning (9am to 12pm)", label: "Morning, 9am to 12pm" },
      { value: "Afternoon (12pm to 5pm)", label: "Afternoon, 12pm to 5pm" },
    ],
  },
  message: {
    label: "What do you want to talk about? You do not have to say.",
    hint: "Do not write about your health. We will ask what we need when we phone.",
  },
  submit: "Ask us to phone you back",
  errorSummaryHeading: "There is a problem",
  errorTitlePrefix: "Error: ",
  errors: {
    name: {
      required: "Write your name",
      tooLong: "Your name must be 200 characters or fewer",
      hiddenCharacters: "Your name must not have hidden characters, like tabs or new lines",
    },
    phone: {
      required: "Write a UK phone number",
      invalid: "Write a UK phone number, like 07700 900 982 or 020 7946 0123",
    },
    preferredTime: {
      required: "Choose the best time to phone you",
    },
    message: {
      tooLong: "What you want to talk about must be 2000 characters or fewer",
      hiddenCharacters: "What you want to talk about must not have hidden characters",
    },
    tooManyRequests: "You have asked us to phone you back too many times. Try again in 1 hour. Or phone us.",
    notSaved: `Sorry, we could not save what you asked. Try again later. Or phone us on ${CONTACT_DETAILS.phone}.`,
  },
};

export const CALLBACK_REQUESTED_PAGE: Localised<typeof English.CALLBACK_REQUESTED_PAGE> = {
  title: "We will phone you back",
  body: `We got your message. Someone from the joined-up record team will phone you${callbackWithin ? ` ${callbackWithin}` : " back"}.`,
  nextHeading: "What happens next",
  next: [
    `Did we not reach you? You can phone us on ${CONTACT_DETAILS.phone}. We answer ${asSentence(CONTACT_DETAILS.phoneHours)}`,
    "Do you need medical help before then? Contact your GP or phone 111.",
  ],
  backLink: { text: "Go back to contact us", href: ROUTES.contact },
};
