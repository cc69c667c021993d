import type * as English from "../../home";
import { DOWNLOADS, ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";
import { CHOICE_RULES } from "./rules";

// Easy Read: one idea to a sentence, sentences under 15 words.

export const HOME_PAGE: Localised<typeof English.HOME_PAGE> = {
  title: "Your joined-up health and care record",
  lede: "Health and care services in North London keep records about you. They are joining up these records. This helps the people who care for you. They can see the information they need.",

  sections: [
    {
      heading: "What the joined-up record is",
      paragraphs: [
        "We are joining up health and care records in 5 areas of London.",
        "The areas are Barnet, Camden, Enfield, Haringey and Islington.",
        "The joined-up record has records from:",
      ],
      bullets: ["GP practices, where your family doctor works", "hospitals", "community health services", "mental health services", "adult social care"],
      afterBullets: [
        "Health and care staff can see your records at any time, in different places.",
        "This means they can make quicker and safer decisions about your care.",
        "The record is for people who live in Barnet, Camden, Enfield, Haringey or Islington.",
        "It is also for people whose GP is in one of these areas.",
      ],
    },
    {
      heading: "What is in it and what is left out",
      paragraphs: [
        "Health records of adults are in it.",
        "Health records of children are in it.",
        "Adult social care information is in it.",
        "Children's social care records are not in it at the moment.",
        "Some private information is left out.",
        "Examples are sexual health and fertility treatment.",
        "Fertility treatment helps people have a baby.",
        "Other examples are domestic violence and criminal records.",
        "Domestic violence means violence or abuse at home.",
      ],
    },
    {
      heading: "Your choice",
      paragraphs: [
        "You are in the joined-up record unless you opt out.",
        "You can opt back in at any time.",
        CHOICE_RULES.optOutDoes,
        CHOICE_RULES.optOutDoesNot,
        ...CHOICE_RULES.emergencyWarning.paragraphs.slice(0, 1),
      ],
    },
  ],

  earlierOptOut: CHOICE_RULES.earlierOptOut,

  findOutMore: {
    heading: "Find out more",
    cards: [
      { text: "What the joined-up record is", href: ROUTES.joinedUpRecord, description: "How it works. How it is used. How it helps you." },
      {
        text: "What is in the record",
        href: ROUTES.whatsInTheRecord,
        description: "The information in the joined-up record. What will be added later.",
      },
      { text: "What is left out", href: ROUTES.whatsLeftOut, description: "Private information that is left out of the record. The full list." },
      { text: "Who can see it", href: ROUTES.whoCanSeeIt, description: "Who can look at your record. Why they only see what they need." },
      {
        text: "Your choice",
        href: ROUTES.yourChoice,
        description: "What opting out means. What it does not stop. How to opt back in.",
      },
      {
        text: "Is my information safe?",
        href: ROUTES.isMyInformationSafe,
        description: "How your information is kept safe. The law that protects it.",
      },
      {
        text: "When it starts",
        href: ROUTES.whenItStarts,
        description: "When the joined-up record starts. The organisations that take part.",
      },
      { text: "Contact us", href: ROUTES.contact, description: "Ask a question. Get this information in a different way." },
    ],
  },

  watchOrRead: {
    heading: "Watch the film or print the leaflet",
    links: [
      { text: "Watch a short film about the joined-up record. It has captions.", href: ROUTES.film },
      { text: "Download the leaflet to print or read later. It is a PDF file.", href: DOWNLOADS.leafletPdf },
    ],
  },

  makeYourChoice: {
    heading: "Make your choice",
    paragraphs: [
      "You can opt out or opt back in online. You can use a paper form. Or you can phone us.",
      "You can do this for yourself.",
      "You can do it for a child under 16. You need parental responsibility for them.",
      "You can do it for someone if the law lets you act for them.",
      "You will need an email address.",
      "Do you know the NHS number of the person the choice is for? Have it ready.",
    ],
    actions: [
      { text: "Opt out of the joined-up record", href: ROUTES.optOut },
      { text: "Opt back in to the joined-up record", href: ROUTES.optIn },
    ],
    otherWays: {
      before: "Can you not use the online service? Please ",
      link: { text: "contact us", href: ROUTES.contact },
      after: ". We will help you.",
    },
  },
};
