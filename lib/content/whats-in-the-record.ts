import { ROUTES } from "./routes";
import { CHOICE_RULES } from "./rules";
import { TERMS } from "./terms";
import type { InformationPage } from "./types";

// Every fact here is from the residents' page (../shared/source/residents-page.txt).

export const WHATS_IN_THE_RECORD_PAGE: InformationPage = {
  href: ROUTES.whatsInTheRecord,
  title: "What information is in the record",
  shortTitle: "What is in the record",
  description: "The health and care information in the joined-up record, and the information that will be added over time.",
  lede: "Most of your current health and care information will be in the joined-up record.",
  sections: [
    {
      id: "what-it-shows",
      heading: "What it includes",
      blocks: [
        { kind: "paragraph", text: "For example:" },
        {
          kind: "list",
          items: [
            "your medicines",
            "your allergies",
            "summaries of your care from past hospital stays",
            "appointments you have coming up",
            "the results of common tests, such as blood tests",
          ],
        },
      ],
    },
    {
      id: "recent-history",
      heading: "Recent history only",
      blocks: [
        {
          kind: "paragraph",
          text: "The joined-up record will show your recent history. This is because health and care services have not always kept this information on computer systems.",
        },
      ],
    },
    {
      id: "added-over-time",
      heading: "Information that will be added over time",
      blocks: [
        {
          kind: "paragraph",
          text: "Over time, it will also include information from other organisations that provide NHS and council social care services. This includes mental health records and records made by social workers.",
        },
        {
          kind: "paragraph",
          text: ["More care organisations will join over time. ", { text: "See when it starts and who takes part", href: ROUTES.whenItStarts }, "."],
        },
      ],
    },
    {
      id: "children-and-young-people",
      heading: "Children and young people",
      blocks: [
        { kind: "paragraph", text: "The health records of all adults and children will be joined up, as well as adult social care information." },
        { kind: "paragraph", text: "We do not currently plan to include children's social care records." },
        {
          kind: "paragraph",
          text: [
            "If you have parental responsibility for a child under 16, you can make the choice for them. ",
            { text: "Find out how to make a choice for someone else", href: `${ROUTES.yourChoice}#making-a-choice-for-someone-else` },
            ".",
          ],
        },
        { kind: "paragraph", text: CHOICE_RULES.atSixteen },
        { kind: "definitions", items: [TERMS.parentalResponsibility] },
      ],
    },
    {
      id: "what-is-left-out",
      heading: "Information that is left out",
      blocks: [
        {
          kind: "paragraph",
          text: [
            "Not every part of your information is in the joined-up record. Some sensitive information is left out, for example sexual health, fertility treatment, domestic violence and criminal records. ",
            { text: "See what is left out", href: ROUTES.whatsLeftOut },
            ".",
          ],
        },
      ],
    },
  ],
};
