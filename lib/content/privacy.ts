import { CONTACT_DETAILS } from "./contact-details";
import { ROUTES } from "./routes";
import type { InformationPage } from "./types";

export const PRIVACY_PAGE: InformationPage = {
  href: ROUTES.privacy,
  title: "Privacy notice",
  shortTitle: "Privacy notice",
  description: "How the joined-up record and this website use your information, and your rights.",
  lede: "This notice explains how we use your information in the joined-up record and on this website, and what your rights are.",
  sections: [
    {
      id: "who-we-are",
      heading: "Who we are",
      blocks: [
        {
          kind: "paragraph",
          text: "The joined-up record is run by North London Partners in health and care. This is a partnership of the NHS and the councils in Barnet, Camden, Enfield, Haringey and Islington.",
        },
        {
          kind: "paragraph",
          text: [
            "Each organisation that takes part is responsible for the information it shares. In law, they are joint data controllers. ",
            { text: "See the organisations that take part", href: ROUTES.whenItStarts },
            ".",
          ],
        },
      ],
    },
    {
      id: "information-in-the-record",
      heading: "Information in the joined-up record",
      blocks: [
        {
          kind: "paragraph",
          text: [
            "The joined-up record shows information from the services that care for you. ",
            { text: "See what information is in the record", href: ROUTES.whatsInTheRecord },
            ".",
          ],
        },
        {
          kind: "paragraph",
          text: "We use it to give you direct care. The law allows this because it is part of our public task of providing health and social care (UK GDPR Article 6(1)(e) and Article 9(2)(h)).",
        },
        { kind: "paragraph", text: "It is not used for research or planning, and it is not sold." },
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
            "if you act for someone else, your name, how you are related and your proof",
          ],
        },
        {
          kind: "paragraph",
          text: "We keep your choice for as long as the joined-up record exists, so we always respect it. We never delete a choice. If it changes, we add the new one.",
        },
        {
          kind: "paragraph",
          text: "When you ask us to call you back, we keep your name, phone number and message. We delete them 12 months after you ask.",
        },
      ],
    },
    {
      id: "who-we-share-it-with",
      heading: "Who we share it with",
      blocks: [
        {
          kind: "paragraph",
          text: "We tell the joined-up record system whether each person has opted out, so it knows whose record it may show. We do not share your choice with anyone else unless the law says we must.",
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
            "see the information we hold about you",
            "ask us to correct information that is wrong",
            "object to how we use your information",
            "ask who has looked at your joined-up record",
            "complain",
          ],
        },
        {
          kind: "paragraph",
          text: `To use any of these rights, email ${CONTACT_DETAILS.email} or call ${CONTACT_DETAILS.phone}. Our data protection officer will reply within 1 month.`,
        },
      ],
    },
    {
      id: "complaints",
      heading: "Complaints",
      blocks: [
        {
          kind: "paragraph",
          text: "If you are not happy with how we use your information, contact us first. You can also complain to the Information Commissioner's Office (ICO), which regulates data protection in the UK. Call the ICO on 0303 123 1113.",
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
