import { DOWNLOADS, ROUTES } from "./routes";
import type { ContentCard, ContentLink, ContentSection, ContentSentenceWithLink } from "./types";

// Written for a reading age of 9 to 11: short sentences, "you", everyday words.

export type HomePageContent = {
  title: string;
  lede: string;
  sections: readonly ContentSection[];
  /** Shown straight after "Your choice", so people who opted out before know they need do nothing. */
  earlierOptOut: string;
  makeYourChoice: {
    heading: string;
    paragraphs: readonly string[];
    actions: readonly ContentLink[];
    otherWays: ContentSentenceWithLink;
  };
  findOutMore: { heading: string; cards: readonly ContentCard[] };
  watchOrRead: { heading: string; links: readonly ContentLink[] };
};

export const HOME_PAGE: HomePageContent = {
  title: "Your joined-up health and care record",
  lede: "Health and care services in North London are joining up the records they keep about you. This helps the people who care for you see the information they need.",

  sections: [
    {
      heading: "What the joined-up record is",
      paragraphs: [
        "Different services keep their own records about you. These include:",
      ],
      bullets: [
        "your GP surgery",
        "hospitals",
        "community health services, such as district nurses",
        "mental health services",
        "adult social care",
      ],
      afterBullets: [
        "The joined-up record brings these records together. The people caring for you can see what they need in one place. This means you should not have to tell your story again and again.",
        "It is for people who live in Barnet, Camden, Enfield, Haringey or Islington, or who have a GP there.",
      ],
    },
    {
      heading: "What is in it and what is left out",
      paragraphs: [
        "Children's health records are included. Children's social care records are not included.",
        "Sensitive information is left out. For example, information about sexual health, fertility treatment, domestic violence and criminal records.",
      ],
    },
    {
      heading: "Your choice",
      paragraphs: [
        "You are included in the joined-up record unless you opt out.",
        "You can opt out at any time. If you change your mind, you can opt back in at any time.",
        "If you opt out, staff can still share information about you by phone, email or letter when they need to care for you.",
      ],
    },
  ],

  earlierOptOut:
    "If you opted out of CareMyWay in Islington or CIDR in Camden before, you are still opted out. You do not need to do anything again.",

  findOutMore: {
    heading: "Find out more",
    cards: [
      {
        text: "What the joined-up record is",
        href: ROUTES.joinedUpRecord,
        description: "How it works and how it helps you and the people who care for you.",
      },
      {
        text: "What is in the record",
        href: ROUTES.whatsInTheRecord,
        description: "The information from each service that goes into your record.",
      },
      {
        text: "What is left out",
        href: ROUTES.whatsLeftOut,
        description: "Sensitive information that is never shared, and the full list.",
      },
      {
        text: "Who can see it",
        href: ROUTES.whoCanSeeIt,
        description: "Who can look at your record, and why they only see what they need.",
      },
      {
        text: "Your choice",
        href: ROUTES.yourChoice,
        description: "What opting out means, what it does not stop, and opting back in.",
      },
      {
        text: "Is my information safe?",
        href: ROUTES.isMyInformationSafe,
        description: "The laws that protect your information and how we check who looks at it.",
      },
      {
        text: "When it starts",
        href: ROUTES.whenItStarts,
        description: "When the joined-up record starts and which organisations take part.",
      },
      {
        text: "Contact us",
        href: ROUTES.contact,
        description: "Ask a question or get this information in another format.",
      },
    ],
  },

  watchOrRead: {
    heading: "Watch the film or print the leaflet",
    links: [
      { text: "Watch a short film about the joined-up record (with captions)", href: ROUTES.film },
      { text: "Download the leaflet to print or read later (PDF)", href: DOWNLOADS.leafletPdf },
    ],
  },

  makeYourChoice: {
    heading: "Make your choice",
    paragraphs: [
      "You can opt out or opt back in online. You can do this for yourself, for a child you are responsible for, or for someone you have the legal power to act for.",
      "You will need an email address. If you know the NHS number of the person the choice is for, have it ready.",
    ],
    actions: [
      { text: "Opt out of the joined-up record", href: ROUTES.optOut },
      { text: "Opt back in to the joined-up record", href: ROUTES.optIn },
    ],
    otherWays: {
      before: "If you cannot use the online service, ",
      link: { text: "contact us", href: ROUTES.contact },
      after: " and we will help you.",
    },
  },
};
