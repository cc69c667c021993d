import { CONTACT_DETAILS } from "./contact-details";
import { ROUTES } from "./routes";
import type { InformationPage } from "./types";

export const ACCESSIBILITY_PAGE: InformationPage = {
  href: ROUTES.accessibility,
  title: "Accessibility statement",
  shortTitle: "Accessibility statement",
  description: "How accessible the joined-up record website is, and how to tell us about a problem.",
  lede: "This statement applies to the North London joined-up care record website, including the film and the documents you can download.",
  sections: [
    {
      id: "using-this-website",
      heading: "Using this website",
      blocks: [
        {
          kind: "paragraph",
          text: "North London Partners in health and care runs this website. We want as many people as possible to be able to use it. For example, you should be able to:",
        },
        {
          kind: "list",
          items: [
            "change colours, contrast and fonts using your browser or device settings",
            "zoom in up to 400% without the text spilling off the screen",
            "get around the website using just a keyboard",
            "get around the website using speech recognition software",
            "listen to the website using a screen reader",
            "use the website without JavaScript",
            "watch the film with captions, or read its transcript",
          ],
        },
        {
          kind: "paragraph",
          text: "We have also made the text as simple as possible to understand.",
        },
      ],
    },
    {
      id: "how-accessible",
      heading: "How accessible this website is",
      blocks: [
        {
          kind: "paragraph",
          text: "We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2, level AA. Automated accessibility checks run on every page each time the website changes. The website has not yet had an independent accessibility audit.",
        },
        { kind: "paragraph", text: "We know of these problems:" },
        {
          kind: "list",
          items: [
            "the film's narration uses a computer voice, which some people may find harder to follow: the captions and transcript have every word",
            "the film does not have audio description, but everything shown on screen is also said in the narration",
          ],
        },
      ],
    },
    {
      id: "other-formats",
      heading: "Getting information in other formats",
      blocks: [
        {
          kind: "paragraph",
          text: `${CONTACT_DETAILS.otherFormats} Call us on ${CONTACT_DETAILS.phone} or email ${CONTACT_DETAILS.email}.${CONTACT_DETAILS.emailReply ? ` ${CONTACT_DETAILS.emailReply}` : ""}`,
        },
      ],
    },
    {
      id: "reporting-problems",
      heading: "Reporting accessibility problems",
      blocks: [
        {
          kind: "paragraph",
          text: [
            "We are always looking to improve. If you find a problem that is not listed here, or think we are not meeting accessibility requirements, ",
            { text: "contact us", href: ROUTES.contact },
            ".",
          ],
        },
      ],
    },
    {
      id: "enforcement-procedure",
      heading: "Enforcement procedure",
      blocks: [
        {
          kind: "paragraph",
          text: "The Equality and Human Rights Commission (EHRC) is responsible for enforcing the accessibility regulations. If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS).",
        },
      ],
    },
    {
      id: "compliance-status",
      heading: "Compliance status",
      blocks: [
        {
          kind: "paragraph",
          text: "This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, because of the problems listed above. Automated checks cannot find every problem, and the website has not yet been independently audited.",
        },
      ],
    },
    {
      id: "preparation",
      heading: "Preparation of this accessibility statement",
      blocks: [
        {
          kind: "paragraph",
          text: "This statement was prepared on 25 November 2026 and reviewed on 6 December 2026. The website is tested every time it changes, with automated checks on every page.",
        },
      ],
    },
  ],
};
