import { DOWNLOADS, ROUTES } from "./routes";
import { CHOICE_RULES } from "./rules";
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
        "We are joining up health and care records across Barnet, Camden, Enfield, Haringey and Islington. This includes records from:",
      ],
      bullets: [
        "GP practices",
        "hospitals",
        "community health services",
        "mental health services",
        "adult social care",
      ],
      afterBullets: [
        "Being able to see your records at any time and in different places means health and care professionals can make quicker and safer decisions about your care.",
        "It is for people who live in Barnet, Camden, Enfield, Haringey or Islington, or who have a GP there.",
      ],
    },
    {
      heading: "What is in it and what is left out",
      paragraphs: [
        "The health records of adults and children are included, and so is adult social care information. Children's social care records are not currently included.",
        "Some sensitive information is left out. For example, information about sexual health, fertility treatment, domestic violence and criminal records.",
      ],
    },
    {
      heading: "Your choice",
      paragraphs: [
        "You are included in the joined-up record unless you opt out. You can opt back in at any time.",
        `${CHOICE_RULES.optOutDoes} ${CHOICE_RULES.optOutDoesNot}`,
        CHOICE_RULES.emergencyWarning.paragraphs[0],
      ],
    },
  ],

  earlierOptOut: CHOICE_RULES.earlierOptOut,

  findOutMore: {
    heading: "Find out more",
    cards: [
      {
        text: "What the joined-up record is",
        href: ROUTES.joinedUpRecord,
        description: "How it works, how it is used and how it helps you.",
      },
      {
        text: "What is in the record",
        href: ROUTES.whatsInTheRecord,
        description: "The information that is in the joined-up record, and what will be added over time.",
      },
      {
        text: "What is left out",
        href: ROUTES.whatsLeftOut,
        description: "Sensitive information that is left out of the record, and the full list.",
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
        description: "How your information is protected, and the law that protects it.",
      },
      {
        text: "When it starts",
        href: ROUTES.whenItStarts,
        description: "When the joined-up record starts and the organisations taking part.",
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
      "You can opt out or opt back in online, on a paper form or by phone. You can do this for yourself, for a child under 16 you have parental responsibility for, or for someone you have the legal power to act for.",
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
