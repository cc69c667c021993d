import type * as English from "../../joined-up-record";
import { DOWNLOADS, ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";

// Easy Read: the same facts as the English page, from the residents' page
// (../shared/source/residents-page.txt), one idea to a sentence.

export const JOINED_UP_RECORD_PAGE: Localised<typeof English.JOINED_UP_RECORD_PAGE> = {
  href: ROUTES.joinedUpRecord,
  title: "What the joined-up record is",
  shortTitle: "What the joined-up record is",
  description: "Easy Read. How the joined-up health and care record works in North London. How it is used. How it helps you.",
  lede: "We are joining up health and care records in 5 areas of London. The areas are Barnet, Camden, Enfield, Haringey and Islington. Then the people who care for you can see the information they need.",
  sections: [
    {
      id: "how-it-works",
      heading: "How it works",
      blocks: [
        { kind: "paragraph", text: "Each health and care service you use keeps its own record about you.", picture: "record" },
        {
          kind: "list",
          items: [
            "your GP practice, where your family doctor works",
            "hospitals",
            "community health services, who care for you at home or in clinics",
            "mental health services",
            "adult social care",
          ],
          picture: "hospital",
        },
        {
          kind: "paragraph",
          text: "The joined-up record puts important information from these records together on computer. Health and care staff can see your records at any time, in different places. This means they can make quicker and safer decisions about your care.",
          picture: "record",
        },
      ],
    },
    {
      id: "who-it-is-for",
      heading: "Who it is for",
      blocks: [
        {
          kind: "paragraph",
          text: "It is for adults and children who live in these 5 areas. It is also for people whose GP is in one of these areas.",
          picture: "home",
        },
        {
          kind: "paragraph",
          text: ["You are in the record unless you opt out. ", { text: "Find out about your choice", href: ROUTES.yourChoice }, "."],
          picture: "choice",
        },
      ],
    },
    {
      id: "how-it-is-used",
      heading: "How the information is used",
      blocks: [
        { kind: "paragraph", text: "The information in the joined-up record is used in different ways:", picture: "information" },
        {
          kind: "list",
          items: [
            "by health and care workers when you visit them, or they visit you",
            "by care teams, to understand what health and care people need",
            "so people here with long-term health conditions get very good care",
            "with names and other personal details taken out. This is called anonymised. It helps staff plan and improve care for you and people like you",
          ],
          picture: "nurse",
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
            "Everyone who cares for you will have the whole picture.",
            "You may go somewhere new for care. Or you may meet a new care worker. They will have important health and care information.",
            "Everyone who cares for you can see results of common tests, like blood tests. It does not matter where you had the test. So you may not need the same test again.",
            "The staff in charge of your care can look at your record. It helps them plan and improve your care.",
          ],
          picture: "doctor",
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
            "A full record that is up to date helps them make better decisions.",
            "They spend less time finding information from different organisations and computer systems.",
            "They spend less time writing the same information in different records.",
            "They can use information to plan and improve care for people who live here.",
            "They can work as a team to find ways to make care better. They use anonymised information for this. Anonymised means people's personal details are taken out.",
          ],
          picture: "social-worker",
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
            [{ text: "Download the leaflet. It is a PDF file.", href: DOWNLOADS.leafletPdf }],
          ],
          picture: "film",
        },
        {
          kind: "paragraph",
          text: "Your GP practice will also have the printed leaflet. It will have it when the practice joins the joined-up record.",
          picture: "paper-form",
        },
      ],
    },
  ],
};
