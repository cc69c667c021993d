import { formatStartMonth, PROGRAMME } from "./programme";
import { ROUTES } from "./routes";
import type { InformationPage } from "./types";

// The start date is a programme fact (lib/content/programme.ts). The residents'
// page says the first partners were planned to have access in April 2019.

/** "April 2019". */
export const PROGRAMME_START_DATE = formatStartMonth(PROGRAMME.start.month);

export const START_SENTENCE =
  PROGRAMME.start.status === "started"
    ? `The first of our partners had access to the joined-up record from ${PROGRAMME_START_DATE}.`
    : `We planned for the first of our partners to have access to the joined-up record in ${PROGRAMME_START_DATE}.`;

export const WHEN_IT_STARTS_PAGE: InformationPage = {
  href: ROUTES.whenItStarts,
  title: "When it starts and who takes part",
  shortTitle: "When it starts",
  description: "When the joined-up record starts, and the organisations that take part.",
  lede: "The joined-up record is being introduced gradually, and more care organisations will join over time.",
  sections: [
    {
      id: "when-it-starts",
      heading: "When it starts",
      blocks: [
        { kind: "paragraph", text: START_SENTENCE },
        {
          kind: "paragraph",
          text: "Over time, it will also include information from other organisations that provide NHS and council social care services, such as mental health services and social workers.",
        },
        {
          kind: "paragraph",
          text: ["You can make your choice at any time. ", { text: "Find out about your choice", href: ROUTES.yourChoice }, "."],
        },
      ],
    },
    {
      id: "organisations-taking-part",
      heading: "Organisations taking part",
      blocks: [
        {
          kind: "paragraph",
          text: "These organisations take part in the joined-up record. The list will grow over time.",
        },
      ],
      printBlocks: [
        {
          kind: "paragraph",
          text: ["The list of organisations taking part will grow over time. ", { text: "See who takes part on our website", href: ROUTES.whenItStarts }, "."],
        },
      ],
    },
  ],
};

/** Labels for the organisation list, which comes from the register's database. */
export const ORGANISATION_LIST = {
  /** Plural group headings for each type of organisation. */
  typeHeadings: {
    GP_PRACTICE: "GP surgeries",
    ACUTE_HOSPITAL: "Hospitals",
    COMMUNITY_HEALTH: "Community health services",
    MENTAL_HEALTH: "Mental health services",
    LOCAL_AUTHORITY: "Council adult social care",
    HOSPICE: "Hospices",
    OTHER: "Other services",
  },
  boroughHeadings: {
    BARNET: "Barnet",
    CAMDEN: "Camden",
    ENFIELD: "Enfield",
    HARINGEY: "Haringey",
    ISLINGTON: "Islington",
  },
  /** Read after each organisation's name. */
  joinedPrefix: "Joined",
  /** Said when a date is in the future. */
  joiningPrefix: "Joining",
  none: "No organisations have joined yet. Check again soon.",
  unavailable: "Sorry, we cannot show the list of organisations right now. Try again later.",
  /** Shown above the list in the local demonstration, where it is made-up demo data. */
  demoNotice: {
    heading: "Example data",
    text: "This is a demonstration. These organisations and dates are made-up example data, not the real list.",
  },
} as const;
