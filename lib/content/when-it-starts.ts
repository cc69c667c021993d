import { ROUTES } from "./routes";
import type { InformationPage } from "./types";

export const PROGRAMME_START_DATE = "1 April 2026";

export const WHEN_IT_STARTS_PAGE: InformationPage = {
  href: ROUTES.whenItStarts,
  title: "When it starts and who takes part",
  shortTitle: "When it starts",
  description: "When the joined-up record started, and the GP surgeries, hospitals, councils and other services that take part in each borough.",
  lede: `The joined-up record started on ${PROGRAMME_START_DATE}. Health and care services are joining in stages.`,
  sections: [
    {
      id: "when-it-starts",
      heading: "When it starts",
      blocks: [
        {
          kind: "paragraph",
          text: `The first GP surgeries and hospitals started using the joined-up record on ${PROGRAMME_START_DATE}. More services join each month.`,
        },
        {
          kind: "paragraph",
          text: "Mental health services and adult social care will add their information in stages. We will update this page before they do.",
        },
        {
          kind: "paragraph",
          text: [
            "You can opt out before or after a service joins. ",
            { text: "Find out about your choice", href: ROUTES.yourChoice },
            ".",
          ],
        },
      ],
    },
    {
      id: "organisations-taking-part",
      heading: "Organisations taking part",
      blocks: [
        {
          kind: "paragraph",
          text: "These organisations take part in the joined-up record. The list shows the date each one joined. It is updated when a new one joins.",
        },
      ],
      printBlocks: [
        {
          kind: "paragraph",
          text: "GP surgeries, hospitals, community and mental health services and the councils' adult social care teams in all five boroughs take part. More join each month.",
        },
        {
          kind: "paragraph",
          text: [
            "For the latest list, with the date each one joined, ",
            { text: "see who takes part on our website", href: ROUTES.whenItStarts },
            ".",
          ],
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
} as const;
