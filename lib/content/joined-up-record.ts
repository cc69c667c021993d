import { DOWNLOADS, ROUTES } from "./routes";
import type { InformationPage } from "./types";

// Written for a reading age of 9 to 11: short sentences, "you", everyday words.
// Every fact here is from the residents' page (../shared/source/residents-page.txt).

export const JOINED_UP_RECORD_PAGE: InformationPage = {
  href: ROUTES.joinedUpRecord,
  title: "What the joined-up record is",
  shortTitle: "What the joined-up record is",
  description:
    "How the joined-up health and care record works in North London, how it is used, and how it helps you and the people who care for you.",
  lede: "We are joining up health and care records across Barnet, Camden, Enfield, Haringey and Islington, so the people who care for you can see the information they need.",
  sections: [
    {
      id: "how-it-works",
      heading: "How it works",
      blocks: [
        { kind: "paragraph", text: "Each health and care service you use keeps its own record about you. For example:" },
        {
          kind: "list",
          items: ["your GP practice", "hospitals", "community health services", "mental health services", "adult social care"],
        },
        {
          kind: "paragraph",
          text: "The joined-up record brings important information from these records together electronically. Being able to see your records at any time and in different places means health and care professionals can make quicker and safer decisions about your care.",
        },
      ],
    },
    {
      id: "who-it-is-for",
      heading: "Who it is for",
      blocks: [
        {
          kind: "paragraph",
          text: "It is for adults and children who live in Barnet, Camden, Enfield, Haringey or Islington, or who have a GP there.",
        },
        {
          kind: "paragraph",
          text: ["You are included unless you opt out. ", { text: "Find out about your choice", href: ROUTES.yourChoice }, "."],
        },
      ],
    },
    {
      id: "how-it-is-used",
      heading: "How the information is used",
      blocks: [
        { kind: "paragraph", text: "The information in the joined-up record is used in different ways:" },
        {
          kind: "list",
          items: [
            "by health and care workers when you visit them, or they visit you",
            "by care teams, to understand people's health and care needs",
            "to make sure people across our boroughs who live with long-term health conditions get high-quality care",
            "with names and other personal details removed (anonymised), so professionals can plan and improve care for you and others like you",
          ],
        },
      ],
    },
    {
      id: "how-it-helps-you",
      heading: "How it helps you",
      blocks: [
        {
          kind: "list",
          items: [
            "Everyone involved in your care will have the whole picture.",
            "When you go somewhere new for care, or meet a new care professional, they will have important health and care information.",
            "The results of common tests, such as blood tests, will be available to everyone involved in your care, wherever the test took place. This means you may not need to have the same test again.",
            "The professionals responsible for your care can look at your record to plan and improve your care.",
          ],
        },
      ],
    },
    {
      id: "how-it-helps-staff",
      heading: "How it helps the people who care for you",
      blocks: [
        {
          kind: "list",
          items: [
            "A complete, up-to-date record helps them make better-informed decisions.",
            "They spend less time finding information from different organisations and computer systems, and less time writing the same information in different records.",
            "They can use information to plan and improve care for residents.",
            "They can work as a team to find ways to improve care, using anonymised information with residents' personal details removed.",
          ],
        },
      ],
    },
    {
      id: "film-and-leaflet",
      heading: "Watch the film or read the leaflet",
      blocks: [
        {
          kind: "list",
          items: [
            [{ text: "Watch a short film about how it works and how it helps", href: ROUTES.film }],
            [{ text: "Download the leaflet (PDF)", href: DOWNLOADS.leafletPdf }],
          ],
        },
        {
          kind: "paragraph",
          text: "The printed leaflet is also available at your GP practice when the practice becomes part of the joined-up record.",
        },
      ],
    },
  ],
};
