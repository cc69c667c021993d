import type * as English from "../../accessibility";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";
import { CONTACT_DETAILS } from "./contact-details";

export const ACCESSIBILITY_PAGE: Localised<typeof English.ACCESSIBILITY_PAGE> = {
  href: ROUTES.accessibility,
  title: "Accessibility statement",
  shortTitle: "Accessibility statement",
  description: "Easy Read. How easy the joined-up record website is to use. How to tell us about a problem.",
  lede: "This page says how easy this website is to use for everyone. It is about the North London joined-up care record website. It is also about the film and the papers you can download.",
  sections: [
    {
      id: "using-this-website",
      heading: "Using this website",
      blocks: [
        {
          kind: "paragraph",
          text: "North London Partners in health and care runs this website. We want as many people as possible to be able to use it. For example, you should be able to:",
          picture: "online-form",
        },
        {
          kind: "list",
          items: [
            "change the colours, contrast and letters with the settings on your browser or device",
            "make the page 4 times bigger (400%), with no words going off the screen",
            "move around the website with just a keyboard",
            "move around the website with speech recognition software, which lets you use your voice",
            "listen to the website with a screen reader, which reads the words out loud",
            "use the website without JavaScript",
            "watch the film with captions, or read all its words in the transcript",
          ],
          picture: "online-form",
        },
        { kind: "paragraph", text: "We have also made the words as easy to understand as we can.", picture: "information" },
      ],
    },
    {
      id: "how-accessible",
      heading: "How easy this website is to use",
      blocks: [
        {
          kind: "paragraph",
          text: "We want to meet the rules for easy-to-use websites. These rules are called the Web Content Accessibility Guidelines (WCAG) version 2.2, level AA. A computer checks every page each time the website changes. No one outside our team has checked the website yet.",
          picture: "information",
        },
        { kind: "paragraph", text: "We know about these problems:", picture: "information" },
        {
          kind: "list",
          items: [
            "a computer voice speaks in the film. Some people may find it harder to follow. The captions and the transcript have every word",
            "the film has no audio description. But the voice in the film says everything that is shown on the screen",
          ],
          picture: "film",
        },
      ],
    },
    {
      id: "other-formats",
      heading: "Getting information in other formats",
      blocks: [
        {
          kind: "paragraph",
          text: `${CONTACT_DETAILS.otherFormats} Phone us on ${CONTACT_DETAILS.phone}. Or email us at ${CONTACT_DETAILS.email}.${CONTACT_DETAILS.emailReply ? ` ${CONTACT_DETAILS.emailReply}` : ""}`,
          picture: "contact",
        },
      ],
    },
    {
      id: "reporting-problems",
      heading: "Telling us about problems",
      blocks: [
        {
          kind: "paragraph",
          text: [
            "We always want to make the website better. Did you find a problem that is not on this page? Or do you think we are not following the rules for easy-to-use websites? Please ",
            { text: "contact us", href: ROUTES.contact },
            ".",
          ],
          picture: "contact",
        },
      ],
    },
    {
      id: "enforcement-procedure",
      heading: "If you are not happy with our answer",
      blocks: [
        {
          kind: "paragraph",
          text: "The Equality and Human Rights Commission (EHRC) makes sure these rules are followed. Are you not happy with how we answer your complaint? Contact the Equality Advisory and Support Service (EASS).",
          picture: "contact",
        },
      ],
    },
    {
      id: "compliance-status",
      heading: "How well we follow the rules",
      blocks: [
        {
          kind: "paragraph",
          text: "This website follows some of the rules, but not all. The rules are the Web Content Accessibility Guidelines version 2.2, level AA. This is because of the problems on this page. Computer checks cannot find every problem. No one outside our team has checked the website yet.",
          picture: "information",
        },
      ],
    },
    {
      id: "preparation",
      heading: "When we wrote this page",
      blocks: [
        {
          kind: "paragraph",
          text: "We wrote this page on 25 November 2026. We checked it again on 6 December 2026. We test the website every time it changes. A computer checks every page.",
          picture: "calendar",
        },
      ],
    },
  ],
};
