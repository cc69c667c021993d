import { PROGRAMME } from "./programme";
import type { RoleSummary } from "./programme-schema";
import type { MaybeTranslated } from "../i18n/programme-text";
import { ROUTES } from "./routes";
import type { ContentBlock, InformationPage } from "./types";

// The general rules are the residents' page's own words
// (../shared/source/residents-page.txt). What each role sees is a programme
// fact (lib/content/programme.ts), marked as an example until confirmed.

export type { RoleSummary };

export const ROLE_SUMMARIES: readonly MaybeTranslated<RoleSummary>[] = PROGRAMME.roles.items;

export const ROLES_STATUS = PROGRAMME.roles.confirmed
  ? undefined
  : {
      heading: "Example: not yet confirmed",
      text: "This list is an example. The programme has not yet confirmed what each role can see.",
    };

const roleBlocks: ContentBlock[] = [
  ...(ROLES_STATUS ? [{ kind: "warning", heading: ROLES_STATUS.heading, paragraphs: [ROLES_STATUS.text] } as const] : []),
  {
    kind: "list",
    items: ROLE_SUMMARIES.map((role) => `${role.role}: ${role.sees} ${role.why}`),
  },
];

export const WHO_CAN_SEE_IT_PAGE: InformationPage = {
  href: ROUTES.whoCanSeeIt,
  title: "Who can see your record",
  shortTitle: "Who can see it",
  description: "Who can see your joined-up record, and why each person only sees what their job needs.",
  lede: "Only people who need to see your information to support your health and social care will have access to it.",
  sections: [
    {
      id: "who-can-see-it",
      heading: "Who can see it",
      blocks: [
        { kind: "paragraph", text: "This includes:" },
        {
          kind: "list",
          items: [
            "GPs",
            "social workers",
            "hospital clinicians",
            "community health practitioners",
            "mental health staff",
            "other authorised members of the care team",
          ],
        },
        {
          kind: "paragraph",
          text: "Each person can only see information relevant to their job. So a social care worker may see different parts of your record from an occupational therapist.",
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
            "They can only see the information they need to do their job in giving and managing your care.",
            "They must keep your records secure.",
            "They have a duty of confidence: they must keep your information private.",
            "They work under strict codes of conduct. Failing to respect your privacy and keep your information safe is a serious offence.",
          ],
        },
        { kind: "paragraph", text: [{ text: "Find out how your information is protected", href: ROUTES.isMyInformationSafe }, "."] },
      ],
    },
    {
      id: "what-each-role-can-see",
      heading: "What each role can see",
      blocks: roleBlocks,
    },
    {
      id: "seeing-your-own-record",
      heading: "Seeing your own record",
      blocks: [
        {
          kind: "paragraph",
          text: "The joined-up record is for the professionals who care for you. You will not be able to see your own information through it.",
        },
        {
          kind: "paragraph",
          text: "If you would like to see your health and care records, you can ask your health and care organisations directly, for example your GP practice, hospital or council.",
        },
      ],
    },
  ],
};
