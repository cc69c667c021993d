import { ROUTES } from "./routes";
import type { InformationPage } from "./types";

// Written for a reading age of 9 to 11: short sentences, "you", everyday words.

export const JOINED_UP_RECORD_PAGE: InformationPage = {
  href: ROUTES.joinedUpRecord,
  title: "What the joined-up record is",
  shortTitle: "What the joined-up record is",
  description:
    "How the joined-up health and care record works in North London, and how it helps you and the people who care for you.",
  lede: "The joined-up record lets the people who care for you see important information about you in one place.",
  sections: [
    {
      id: "how-it-works",
      heading: "How it works",
      blocks: [
        { kind: "paragraph", text: "Each health and care service you use keeps its own record about you. For example:" },
        {
          kind: "list",
          items: [
            "your GP surgery",
            "hospitals",
            "community health services, such as district nurses and physiotherapists",
            "mental health services",
            "adult social care from your local council",
          ],
        },
        {
          kind: "paragraph",
          text: "Today, these records are kept apart. A nurse at the hospital cannot always see what your GP knows. A social worker may not know which medicines you take.",
        },
        {
          kind: "paragraph",
          text: "The joined-up record shows information from these records together. The information stays where it is. Staff can look at it when they are caring for you.",
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
          text: [
            "You are included unless you opt out. ",
            { text: "Find out about your choice", href: ROUTES.yourChoice },
            ".",
          ],
        },
      ],
    },
    {
      id: "how-it-helps-you",
      heading: "How it helps you",
      blocks: [
        { kind: "list", items: [
          "You should not have to tell your story again and again to different people.",
          "You may get the right care more quickly, because staff have the facts they need.",
          "It is safer. Staff can check your medicines and allergies before they treat you.",
          "You may not need to have the same test twice.",
          "Your GP, hospital and social worker can plan your care together.",
        ] },
      ],
    },
    {
      id: "how-it-helps-staff",
      heading: "How it helps the people who care for you",
      blocks: [
        { kind: "paragraph", text: "Doctors, nurses, social workers and other staff told us it helps them to:" },
        { kind: "list", items: [
          "see what other services are doing for you, without making phone calls or waiting for letters",
          "make safe decisions in an emergency, when you may not be able to tell them things yourself",
          "spend less time looking for information and more time with you",
          "get you home from hospital sooner, with the right support in place",
        ] },
      ],
    },
    {
      id: "an-example",
      heading: "An example",
      blocks: [
        {
          kind: "paragraph",
          text: "Sam is 78 and lives alone in Enfield. One night Sam falls and is taken to hospital.",
        },
        {
          kind: "paragraph",
          text: "Sam is confused and cannot remember the names of their medicines. The hospital doctor looks at Sam's joined-up record. The doctor sees Sam's medicines and that Sam is allergic to penicillin. The doctor also sees that a carer visits Sam every morning.",
        },
        {
          kind: "paragraph",
          text: "The doctor gives Sam safe treatment straight away. The hospital tells the care team, so Sam has the right help when they go home.",
        },
      ],
    },
  ],
};
