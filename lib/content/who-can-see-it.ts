import { ROUTES } from "./routes";
import type { InformationPage } from "./types";

/** Kinds of information, the columns of the roles table. */
export const INFORMATION_KINDS = [
  "Medicines and allergies",
  "Health problems and hospital summaries",
  "Test results",
  "Appointments",
  "Mental health care",
  "Social care",
] as const;

type Access = "Yes" | "Some" | "No";

export type RoleAccess = {
  role: string;
  /** One entry for each of INFORMATION_KINDS, in order. */
  access: readonly [Access, Access, Access, Access, Access, Access];
  why: string;
};

/** Which kinds of information each role sees, and why. */
export const ROLE_ACCESS: readonly RoleAccess[] = [
  {
    role: "GP or practice nurse",
    access: ["Yes", "Yes", "Yes", "Yes", "Yes", "Yes"],
    why: "Your GP looks after all of your care, so they can see everything in the joined-up record.",
  },
  {
    role: "Hospital doctor or nurse",
    access: ["Yes", "Yes", "Yes", "Yes", "Some", "Some"],
    why: "Hospital staff need your full health picture to treat you safely, especially in an emergency. They see a summary of mental health and social care, such as who to contact.",
  },
  {
    role: "Community nurse or therapist",
    access: ["Yes", "Yes", "Some", "Yes", "Some", "Yes"],
    why: "District nurses and therapists visit you at home, so they need your medicines, your care at home and the results that affect their work.",
  },
  {
    role: "Mental health team",
    access: ["Yes", "Yes", "Some", "Yes", "Yes", "Yes"],
    why: "Your mental health team needs your medicines and physical health, as these can affect your mental health and treatment.",
  },
  {
    role: "Social worker",
    access: ["Some", "Some", "No", "Some", "Some", "Yes"],
    why: "Social workers plan support at home. They see a list of your medicines and health problems, but not test results.",
  },
  {
    role: "Occupational therapist",
    access: ["Yes", "Some", "No", "Yes", "No", "Yes"],
    why: "Occupational therapists help you stay safe and independent at home. They need to know about your health problems and the support you get.",
  },
  {
    role: "Pharmacist in a GP surgery or hospital",
    access: ["Yes", "Some", "Some", "No", "No", "No"],
    why: "Pharmacists check your medicines are safe together. They see the health problems and test results that affect your medicines.",
  },
  {
    role: "Receptionist or booking staff",
    access: ["No", "No", "No", "Yes", "No", "No"],
    why: "Booking staff only need your contact details and appointments to arrange your care.",
  },
];

export const ROLES_TABLE = {
  caption: "Kinds of information each role can see",
  roleHeading: "Role",
  /** What "Some" means, shown under the table. */
  someMeans: "Some means they only see the parts they need, such as a short summary.",
} as const;

export const WHO_CAN_SEE_IT_PAGE: InformationPage = {
  href: ROUTES.whoCanSeeIt,
  title: "Who can see your record",
  shortTitle: "Who can see it",
  description: "Who can look at your joined-up record, and why each person only sees what their job needs.",
  lede: "Only health and care staff who are caring for you can see your joined-up record. Each person only sees what they need for their job.",
  sections: [
    {
      id: "the-rules",
      heading: "The rules staff must follow",
      blocks: [
        {
          kind: "list",
          items: [
            "Staff can only look at your record when they are caring for you.",
            "They must sign in with their own account. They cannot share it.",
            "Each person only sees the information their job needs.",
            "Every time someone looks at your record, it is recorded.",
            "We check these records. Staff who look without a good reason can lose their job.",
          ],
        },
      ],
    },
    {
      id: "what-each-role-can-see",
      heading: "What each role can see",
      blocks: [
        {
          kind: "paragraph",
          text: "This table shows which kinds of information each role can see.",
        },
        {
          kind: "table",
          caption: ROLES_TABLE.caption,
          head: [ROLES_TABLE.roleHeading, ...INFORMATION_KINDS],
          rows: ROLE_ACCESS.map((role) => [role.role, ...role.access]),
          note: ROLES_TABLE.someMeans,
        },
      ],
    },
    {
      id: "why-each-role-sees-what-it-does",
      heading: "Why each role sees what it does",
      blocks: [
        { kind: "definitions", items: ROLE_ACCESS.map((role) => ({ term: role.role, text: role.why })) },
      ],
    },
    {
      id: "who-cannot-see-it",
      heading: "Who cannot see it",
      blocks: [
        { kind: "paragraph", text: "These people and organisations can never see your joined-up record:" },
        {
          kind: "list",
          items: [
            "insurance companies",
            "your employer",
            "companies selling things",
            "the police, courts or the Home Office",
            "staff who are not caring for you",
          ],
        },
        {
          kind: "paragraph",
          text: "Your information is not sold and is not used for marketing.",
        },
      ],
    },
    {
      id: "seeing-your-own-record",
      heading: "Seeing your own record",
      blocks: [
        {
          kind: "paragraph",
          text: "The joined-up record is for staff who care for you. You can see your own GP record in the NHS App.",
        },
        {
          kind: "paragraph",
          text: [
            "You can also ask to see the information we hold about you. ",
            { text: "Read our privacy notice", href: ROUTES.privacy },
            " to find out how.",
          ],
        },
      ],
    },
  ],
};
