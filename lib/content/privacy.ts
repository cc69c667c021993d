import { CONTACT_DETAILS } from "./contact-details";
import { PROGRAMME } from "./programme";
import { ROUTES } from "./routes";
import { termsBlock } from "./terms";
import type { ContentBlock, InformationPage } from "./types";

// Uses of the record are the residents' page's words; the data controllers
// and the data protection officer are programme facts (lib/content/programme.ts).

const { dataControllers, dataProtectionOfficer } = PROGRAMME;

const controllerBlocks: ContentBlock[] = [
  { kind: "paragraph", text: "The data controllers for the joined-up record (the organisations responsible in law for how your information is used) are:" },
  { kind: "list", items: dataControllers },
];

export const PRIVACY_PAGE: InformationPage = {
  href: ROUTES.privacy,
  title: "Privacy notice",
  shortTitle: "Privacy notice",
  description: "How the joined-up record and this website use your information, and your rights.",
  lede: "This notice explains how your information is used in the joined-up record and on this website, and what your rights are.",
  sections: [
    {
      id: "who-we-are",
      heading: "Who we are",
      blocks: [
        {
          kind: "paragraph",
          text: "The joined-up record is a programme of North London Partners in health and care, for Barnet, Camden, Enfield, Haringey and Islington.",
        },
        ...controllerBlocks,
        {
          kind: "paragraph",
          text: `Data protection officer: ${dataProtectionOfficer.name}, ${dataProtectionOfficer.email}.`,
        },
      ],
    },
    {
      id: "information-in-the-record",
      heading: "How information in the joined-up record is used",
      blocks: [
        {
          kind: "paragraph",
          text: ["The joined-up record brings together information from the services that care for you. ", { text: "See what information is in the record", href: ROUTES.whatsInTheRecord }, "."],
        },
        { kind: "paragraph", text: "It is used:" },
        {
          kind: "list",
          items: [
            "by health and care workers when you visit them, or they visit you",
            "by care teams, to understand people's health and care needs",
            "to make sure people who live with long-term health conditions get high-quality care",
            "with personal details removed (anonymised), so professionals can plan and improve care",
          ],
        },
        {
          kind: "paragraph",
          text: "Information about you is protected by the Data Protection Act 2018 and the UK GDPR. Care professionals have a duty of confidence towards your information.",
        },
        termsBlock(["ukGdpr"]),
      ],
    },
    {
      id: "information-you-give-us",
      heading: "Information you give us on this website",
      blocks: [
        { kind: "paragraph", text: "When you opt out or opt back in, we keep:" },
        {
          kind: "list",
          items: [
            "the name, date of birth, NHS number and postcode of the person the choice is for",
            "your choice and when you made it",
            "your email address, so we can confirm your choice",
            "if you act for someone else, your name, how you are related and your evidence",
          ],
        },
        {
          kind: "paragraph",
          text: "We keep a record of each choice, so that it is respected. If you change your mind, we add your new choice to the record, and the newest choice is the one that counts.",
        },
        {
          kind: "paragraph",
          text: "When you ask us to call you back, we keep your name, phone number and message. We delete them 12 months after you ask.",
        },
      ],
    },
    {
      id: "who-we-share-it-with",
      heading: "Who we share your choice with",
      blocks: [
        {
          kind: "paragraph",
          text: "We tell the joined-up record system whether each person has opted out, so it knows whose information it may share.",
        },
      ],
    },
    {
      id: "your-rights",
      heading: "Your rights",
      blocks: [
        { kind: "paragraph", text: "You have the right to:" },
        {
          kind: "list",
          items: [
            "see the information held about you",
            "ask for information that is wrong to be corrected",
            "object to how your information is used",
            "complain",
          ],
        },
        {
          kind: "paragraph",
          text: `To use any of these rights, email our data protection officer at ${dataProtectionOfficer.email}, or contact us: email ${CONTACT_DETAILS.email} or call ${CONTACT_DETAILS.phone}.`,
        },
        {
          kind: "paragraph",
          text: "To see your health and care records, you can also ask your health and care organisations directly, for example your GP practice, hospital or council.",
        },
      ],
    },
    {
      id: "complaints",
      heading: "Complaints",
      blocks: [
        {
          kind: "paragraph",
          text: "If you are not happy with how your information is used, contact us first. You can also complain to the Information Commissioner's Office (ICO), which regulates data protection in the UK. Its contact details are on its website, ico.org.uk.",
        },
      ],
    },
    {
      id: "cookies",
      heading: "Cookies",
      blocks: [
        {
          kind: "paragraph",
          text: ["This website does not use cookies to track you. ", { text: "Read about cookies", href: ROUTES.cookies }, "."],
        },
      ],
    },
  ],
};
