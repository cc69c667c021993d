// The people the local NHS login lets you sign in as (development and tests
// only). Every NHS number is in the 999 test range with a valid check digit;
// names are made up. The two P9 adults also have decisions in the demo data
// (lib/identity/local-provider/seed-test-people.ts): one participating after
// opting back in, one opted out through CareMyWay.

export type ResidentTestUser = {
  id: string;
  /** What the sign-in page says about them. */
  description: string;
  nhsNumber?: string;
  givenName: string;
  familyName: string;
  birthdate: string;
  email: string;
  phoneNumber: string;
  identityProofingLevel: "P0" | "P5" | "P9";
  vot: string;
};

/** A date of birth that makes someone `years` old today (and not for about 100 more days). */
function birthdateForAge(years: number, today = new Date()): string {
  const date = new Date(Date.UTC(today.getUTCFullYear() - years, today.getUTCMonth(), today.getUTCDate()));
  date.setUTCDate(date.getUTCDate() - 100);
  return date.toISOString().slice(0, 10);
}

export function residentTestUsers(today = new Date()): ResidentTestUser[] {
  return [
    {
      id: "p9-participating",
      description: "P9, identity proved. Participating: opted out online, then back in on paper.",
      nhsNumber: "9991234500",
      givenName: "Priya",
      familyName: "Shah",
      birthdate: "1984-03-12",
      email: "priya.shah@example.org",
      phoneNumber: "+447700900101",
      identityProofingLevel: "P9",
      vot: "P9.Cp.Cd",
    },
    {
      id: "p9-caremyway",
      description: "P9, identity proved. Opted out through CareMyWay (Islington), carried across.",
      nhsNumber: "9991234888",
      givenName: "Oliver",
      familyName: "Bennett",
      birthdate: "1957-09-30",
      email: "oliver.bennett@example.org",
      phoneNumber: "+447700900102",
      identityProofingLevel: "P9",
      vot: "P9.Cp.Cd",
    },
    {
      id: "p5",
      description: "P5: email and phone proved, identity not proved.",
      nhsNumber: "9991235264",
      givenName: "Grace",
      familyName: "Okafor",
      birthdate: "1990-06-21",
      email: "grace.okafor@example.org",
      phoneNumber: "+447700900103",
      identityProofingLevel: "P5",
      vot: "P5.Cm",
    },
    {
      id: "p0",
      description: "P0: no NHS number, nothing proved.",
      givenName: "Tom",
      familyName: "Hughes",
      birthdate: "1975-01-08",
      email: "tom.hughes@example.org",
      phoneNumber: "+447700900104",
      identityProofingLevel: "P0",
      vot: "P0.Cp",
    },
    {
      id: "p9-aged-15",
      description: "P9, identity proved, aged 15.",
      nhsNumber: "9991235647",
      givenName: "Maya",
      familyName: "Ellis",
      birthdate: birthdateForAge(15, today),
      email: "maya.ellis@example.org",
      phoneNumber: "+447700900105",
      identityProofingLevel: "P9",
      vot: "P9.Cp.Cd",
    },
  ];
}

export type StaffTestUser = {
  id: string;
  description: string;
  name: string;
  email: string;
  /** The values of the `roles` claim (as Entra ID app roles would carry them). */
  roles: string[];
  /** Authentication methods: "mfa" present means a second factor was used. */
  amr: string[];
};

/** The `roles` claim values the local staff client maps to the register's roles. */
export const LOCAL_STAFF_ROLE_VALUES = { caseworker: "Register.Caseworker", supervisor: "Register.Supervisor", admin: "Register.Admin" } as const;

export const STAFF_TEST_USERS: readonly StaffTestUser[] = [
  { id: "staff-caseworker", description: "Caseworker, signed in with a second factor", name: "Casey Worker (SSO demo)", email: "sso.caseworker@example.org", roles: [LOCAL_STAFF_ROLE_VALUES.caseworker], amr: ["pwd", "mfa"] },
  { id: "staff-supervisor", description: "Supervisor, signed in with a second factor", name: "Sam Supervisor (SSO demo)", email: "sso.supervisor@example.org", roles: [LOCAL_STAFF_ROLE_VALUES.supervisor], amr: ["pwd", "mfa"] },
  { id: "staff-admin", description: "Admin, signed in with a second factor", name: "Alex Admin (SSO demo)", email: "sso.admin@example.org", roles: [LOCAL_STAFF_ROLE_VALUES.admin], amr: ["pwd", "mfa"] },
  { id: "staff-no-role", description: "No register role (refused)", name: "Nora Norole (SSO demo)", email: "sso.norole@example.org", roles: ["Trust.Receptionist"], amr: ["pwd", "mfa"] },
  { id: "staff-no-mfa", description: "Caseworker, password only, no second factor (refused)", name: "Pat Password (SSO demo)", email: "sso.nomfa@example.org", roles: [LOCAL_STAFF_ROLE_VALUES.caseworker], amr: ["pwd"] },
];
