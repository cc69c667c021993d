import type * as English from "../../whats-in-the-record";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";
import { CHOICE_RULES } from "./rules";
import { TERMS } from "./terms";

// Easy Read: the same facts as the English page, from the residents' page.

export const WHATS_IN_THE_RECORD_PAGE: Localised<typeof English.WHATS_IN_THE_RECORD_PAGE> = {
  href: ROUTES.whatsInTheRecord,
  title: "What information is in the record",
  shortTitle: "What is in the record",
  description: "Easy Read. The health and care information in the joined-up record. The information that will be added later.",
  lede: "Most of your current health and care information will be in the joined-up record.",
  sections: [
    {
      id: "what-it-shows",
      heading: "What it has in it",
      blocks: [
        { kind: "paragraph", text: "For example:", picture: "record" },
        {
          kind: "list",
          items: [
            "your medicines",
            "your allergies. An allergy is when something like a food or a medicine makes you ill",
            "notes about your care from past hospital stays",
            "appointments you have coming up",
            "the results of common tests, such as blood tests",
          ],
          picture: "doctor",
        },
      ],
    },
    {
      id: "recent-history",
      heading: "Only your recent history",
      blocks: [
        {
          kind: "paragraph",
          text: "The joined-up record will show what happened to you recently. This is because services did not always keep this information on computer.",
          picture: "online-form",
        },
      ],
    },
    {
      id: "added-over-time",
      heading: "Information that will be added later",
      blocks: [
        {
          kind: "paragraph",
          text: "Later, it will also have information from other organisations. These organisations give NHS services and council social care services. This includes mental health records. It also includes records made by social workers.",
          picture: "social-worker",
        },
        {
          kind: "paragraph",
          text: ["More care organisations will join over time. ", { text: "See when it starts and who takes part", href: ROUTES.whenItStarts }, "."],
          picture: "calendar",
        },
      ],
    },
    {
      id: "children-and-young-people",
      heading: "Children and young people",
      blocks: [
        {
          kind: "paragraph",
          text: "The health records of all adults and children will be joined up. Adult social care information will be joined up too.",
          picture: "record",
        },
        { kind: "paragraph", text: "We do not plan to add children's social care records at the moment.", picture: "left-out" },
        {
          kind: "paragraph",
          text: [
            "Do you have parental responsibility for a child under 16? Then you can make the choice for them. ",
            { text: "Find out how to make a choice for someone else", href: `${ROUTES.yourChoice}#making-a-choice-for-someone-else` },
            ".",
          ],
          picture: "acting-for-someone",
        },
        { kind: "paragraph", text: CHOICE_RULES.atSixteen, picture: "turning-16" },
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
            "Not all your information is in the joined-up record. Some private information is left out. Examples are sexual health and fertility treatment. Fertility treatment helps people have a baby. Other examples are domestic violence and criminal records. Domestic violence means violence or abuse at home. ",
            { text: "See what is left out", href: ROUTES.whatsLeftOut },
            ".",
          ],
          picture: "left-out",
        },
      ],
    },
  ],
};
