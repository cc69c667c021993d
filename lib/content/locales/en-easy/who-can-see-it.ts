import type * as English from "../../who-can-see-it";
import { PROGRAMME } from "../../programme";
import { ROUTES } from "../../routes";
import type { ContentBlock } from "../../types";
import type { Localised } from "../../../i18n/localised";
import { programmeText, wordsOf } from "../../../i18n/programme-text";
import { PROGRAMME_TEXT } from "./programme-text";

// Easy Read: the general rules are the residents' page's; what each role sees
// is a programme fact, marked as an example until the team confirms it.

export const ROLE_SUMMARIES: Localised<typeof English.ROLE_SUMMARIES> = programmeText(PROGRAMME_TEXT, { isEnglishPage: true }).roles;

export const ROLES_STATUS: Localised<typeof English.ROLES_STATUS> = PROGRAMME.roles.confirmed
  ? undefined
  : {
      heading: "Example: not checked yet",
      text: "This list is only an example. The joined-up record team has not yet said what each job can see.",
    };

const roleBlocks: ContentBlock[] = [
  ...(ROLES_STATUS ? [{ kind: "warning", heading: ROLES_STATUS.heading, paragraphs: [ROLES_STATUS.text] } as const] : []),
  {
    kind: "list",
    items: ROLE_SUMMARIES.map((role) => wordsOf(`${role.role}: ${role.sees} ${role.why}`, role)),
    picture: "doctor",
  },
];

export const WHO_CAN_SEE_IT_PAGE: Localised<typeof English.WHO_CAN_SEE_IT_PAGE> = {
  href: ROUTES.whoCanSeeIt,
  title: "Who can see your record",
  shortTitle: "Who can see it",
  description: "Easy Read. Who can see your joined-up record. Why each person only sees what they need for their job.",
  lede: "Only people who need to see your information can see it. They use it to help with your health and social care.",
  sections: [
    {
      id: "who-can-see-it",
      heading: "Who can see it",
      blocks: [
        { kind: "paragraph", text: "These people can see it:", picture: "doctor" },
        {
          kind: "list",
          items: [
            "GPs. A GP is your family doctor",
            "social workers",
            "hospital clinicians. These are doctors, nurses and others who treat you in hospital",
            "community health workers. They care for you at home or in clinics",
            "mental health staff",
            "other members of the care team who are allowed to see it",
          ],
          picture: "nurse",
        },
        {
          kind: "paragraph",
          text: "Each person can only see information they need for their job. So a social care worker may see different parts of your record. An occupational therapist may see other parts. An occupational therapist helps you with everyday living.",
          picture: "social-worker",
        },
      ],
    },
    {
      id: "the-rules",
      heading: "The rules they must follow",
      blocks: [
        {
          kind: "list",
          items: [
            "They can only see information they need to give and manage your care.",
            "They must keep your records safe.",
            "They have a duty of confidence. This means they must keep your information private.",
            "They must follow strict rules about how they behave at work.",
            "Not keeping your information private and safe is a serious offence.",
          ],
          picture: "safe",
        },
        { kind: "paragraph", text: [{ text: "Find out how your information is kept safe", href: ROUTES.isMyInformationSafe }, "."], picture: "information" },
      ],
    },
    {
      id: "what-each-role-can-see",
      heading: "What each job can see",
      blocks: roleBlocks,
    },
    {
      id: "seeing-your-own-record",
      heading: "Seeing your own record",
      blocks: [
        {
          kind: "paragraph",
          text: "The joined-up record is for the staff who care for you. You will not be able to see your own information in it.",
          picture: "left-out",
        },
        {
          kind: "paragraph",
          text: "Do you want to see your health and care records? You can ask your health and care services. For example, your GP practice, hospital or council.",
          picture: "contact",
        },
      ],
    },
  ],
};
