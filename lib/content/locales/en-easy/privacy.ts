import type * as English from "../../privacy";
import { PROGRAMME } from "../../programme";
import { ROUTES } from "../../routes";
import { inlineToPlainText, type ContentBlock } from "../../types";
import type { Localised } from "../../../i18n/localised";
import { programmeText } from "../../../i18n/programme-text";
import { CONTACT_DETAILS } from "./contact-details";
import { PROGRAMME_TEXT } from "./programme-text";
import { termsBlock } from "./terms";

// Easy Read: uses of the record are the residents' page's; the data
// controllers and the data protection officer are programme facts.

const text = programmeText(PROGRAMME_TEXT, { isEnglishPage: true });
const dpoEmail = PROGRAMME.dataProtectionOfficer.email;

const controllerBlocks: ContentBlock[] = [
  {
    kind: "paragraph",
    text: "Some organisations are in charge of how the joined-up record uses your information. The law calls them data controllers. They are:",
    picture: "hospital",
  },
  { kind: "list", items: text.dataControllers, picture: "hospital" },
];

export const PRIVACY_PAGE: Localised<typeof English.PRIVACY_PAGE> = {
  href: ROUTES.privacy,
  title: "Privacy notice",
  shortTitle: "Privacy notice",
  description: "Easy Read. How the joined-up record and this website use your information. Your rights.",
  lede: "This page tells you how we use your information. It is about the joined-up record and this website. It also tells you your rights.",
  sections: [
    {
      id: "who-we-are",
      heading: "Who we are",
      blocks: [
        {
          kind: "paragraph",
          text: "The joined-up record is run by North London Partners in health and care. It is for Barnet, Camden, Enfield, Haringey and Islington.",
          picture: "record",
        },
        ...controllerBlocks,
        {
          kind: "paragraph",
          text: `Data protection officer: ${inlineToPlainText(text.dataProtectionOfficerName)}, ${dpoEmail}. This person makes sure your information is used in the right way.`,
          picture: "safe",
        },
      ],
    },
    {
      id: "information-in-the-record",
      heading: "How information in the joined-up record is used",
      blocks: [
        {
          kind: "paragraph",
          text: [
            "The joined-up record puts together information from the services that care for you. ",
            { text: "See what information is in the record", href: ROUTES.whatsInTheRecord },
            ".",
          ],
          picture: "record",
        },
        { kind: "paragraph", text: "It is used:", picture: "information" },
        {
          kind: "list",
          items: [
            "by health and care workers when you visit them, or they visit you",
            "by care teams, to understand what health and care people need",
            "to make sure people with long-term health conditions get very good care",
            "with personal details taken out. This is called anonymised. It helps staff plan and improve care",
          ],
          picture: "nurse",
        },
        {
          kind: "paragraph",
          text: "Information about you is protected by 2 laws. They are the Data Protection Act 2018 and the UK GDPR. Care staff have a duty of confidence. This means they must keep your information private.",
          picture: "safe",
        },
        termsBlock(["ukGdpr"]),
      ],
    },
    {
      id: "information-you-give-us",
      heading: "Information you give us on this website",
      blocks: [
        { kind: "paragraph", text: "When you opt out or opt back in, we keep:", picture: "online-form" },
        {
          kind: "list",
          items: [
            "the name and date of birth of the person the choice is for",
            "their NHS number and postcode",
            "the choice and when it was made",
            "your email address, so we can tell you we got your choice",
            "if you make the choice for someone else: your name, how you know them, and your proof",
          ],
          picture: "paper-form",
        },
        {
          kind: "paragraph",
          text: "We keep a note of each choice. This is so that we do what the person chose. Did you change your mind? We add your new choice to the note. Your newest choice is the one that counts.",
          picture: "choice",
        },
        {
          kind: "paragraph",
          text: "Did you ask us to phone you back? We keep your name, phone number and message. We delete them 12 months after you ask.",
          picture: "phone",
        },
      ],
    },
    {
      id: "who-we-share-it-with",
      heading: "Who we share your choice with",
      blocks: [
        {
          kind: "paragraph",
          text: "We tell the joined-up record computer system if each person has opted out. Then it knows whose information it may share.",
          picture: "online-form",
        },
      ],
    },
    {
      id: "your-rights",
      heading: "Your rights",
      blocks: [
        { kind: "paragraph", text: "You have the right to:", picture: "information" },
        {
          kind: "list",
          items: [
            "see the information we have about you",
            "ask us to correct information that is wrong",
            "say you do not agree with how your information is used",
            "complain",
          ],
          picture: "choice",
        },
        {
          kind: "paragraph",
          text: `Do you want to use any of these rights? Email our data protection officer at ${dpoEmail}. Or contact us. Email ${CONTACT_DETAILS.email} or phone ${CONTACT_DETAILS.phone}.`,
          picture: "email",
        },
        {
          kind: "paragraph",
          text: "Do you want to see your health and care records? You can also ask your health and care services. For example, your GP practice, hospital or council.",
          picture: "record",
        },
      ],
    },
    {
      id: "complaints",
      heading: "Complaints",
      blocks: [
        {
          kind: "paragraph",
          text: "Are you not happy with how your information is used? Please contact us first. You can also complain to the Information Commissioner's Office (ICO). The ICO makes sure organisations in the UK follow the data protection law. You can find how to contact the ICO on its website, ico.org.uk.",
          picture: "contact",
        },
      ],
    },
    {
      id: "cookies",
      heading: "Cookies",
      blocks: [
        {
          kind: "paragraph",
          text: ["This website does not use cookies to follow what you do. ", { text: "Read about cookies", href: ROUTES.cookies }, "."],
          picture: "safe",
        },
      ],
    },
  ],
};
