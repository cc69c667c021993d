import type * as English from "../../when-it-starts";
import { PROGRAMME } from "../../programme";
import { ROUTES } from "../../routes";
import { icu } from "../../../i18n/icu";
import type { Localised } from "../../../i18n/localised";

// The start month is a programme fact (lib/content/programme.ts), written in
// the locale's words through ICU ("April 2019").

const [startYear, startMonth] = PROGRAMME.start.month.split("-").map(Number);

/** "April 2019". */
export const PROGRAMME_START_DATE: Localised<typeof English.PROGRAMME_START_DATE> = icu("en-easy", "{month, date, monthYear}", {
  month: new Date(Date.UTC(startYear ?? 2019, (startMonth ?? 1) - 1, 15)),
});

export const START_SENTENCE: Localised<typeof English.START_SENTENCE> =
  PROGRAMME.start.status === "started"
    ? `Our first partners could use the joined-up record from ${PROGRAMME_START_DATE}.`
    : `We planned for our first partners to use the joined-up record in ${PROGRAMME_START_DATE}.`;

export const WHEN_IT_STARTS_PAGE: Localised<typeof English.WHEN_IT_STARTS_PAGE> = {
  href: ROUTES.whenItStarts,
  title: "When it starts and who takes part",
  shortTitle: "When it starts",
  description: "Easy Read. When the joined-up record starts. The organisations that take part.",
  lede: "The joined-up record is starting bit by bit. More care organisations will join over time.",
  sections: [
    {
      id: "when-it-starts",
      heading: "When it starts",
      blocks: [
        { kind: "paragraph", text: START_SENTENCE, picture: "calendar" },
        {
          kind: "paragraph",
          text: "Later, it will also have information from other organisations. These organisations give NHS services and council social care services. For example, mental health services and social workers.",
          picture: "record",
        },
        {
          kind: "paragraph",
          text: ["You can make your choice at any time. ", { text: "Find out about your choice", href: ROUTES.yourChoice }, "."],
          picture: "choice",
        },
      ],
    },
    {
      id: "organisations-taking-part",
      heading: "Organisations taking part",
      blocks: [
        { kind: "paragraph", text: "These organisations take part in the joined-up record. More will join over time.", picture: "hospital" },
      ],
      printBlocks: [
        {
          kind: "paragraph",
          text: ["More organisations will join over time. ", { text: "See who takes part on our website", href: ROUTES.whenItStarts }, "."],
          picture: "hospital",
        },
      ],
    },
  ],
};

/** Words for the organisation list, which comes from the register's database. */
export const ORGANISATION_LIST: Localised<typeof English.ORGANISATION_LIST> = {
  typeHeadings: {
    GP_PRACTICE: "GP practices, where family doctors work",
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
  joinedPrefix: "Joined",
  joiningPrefix: "Joining",
  none: "No organisations have joined yet. Please look again soon.",
  unavailable: "Sorry, we cannot show the list of organisations now. Please try again later.",
  demoNotice: {
    heading: "Example information",
    text: "This is a practice website. These organisations and dates are made up. They are not the real list.",
  },
};
