import { z } from "zod";

// This module is in the browser's bundle (the contact page's call-back form shows the programme's
// facts). Zod otherwise probes for eval with a caught `new Function("")`, which the pages' strict
// Content-Security-Policy reports as a violation on every load: no eval-compiled parsers, ever.
z.config({ jitless: true });

// The programme's own facts: how residents reach the team, when the record
// starts, the full list of what is left out, what each role sees, who the data
// controllers are, and how quickly the team replies. None of these is in the
// residents' page the site was built from (../shared/source/residents-page.txt)
// except the start date, so the programme sets them; until it does, the
// defaults below are visibly example values (Ofcom's drama phone range,
// example.org, "Example" names, lists marked "not yet confirmed") and every
// page and PDF says so (EXAMPLE_DETAILS_NOTICE in programme.ts).
//
// Read from a JSON file named by PROGRAMME_FILE and from PROGRAMME_* variables
// (a variable wins over the file). Resolved once when the site is built
// (next.config.ts) and checked again when it starts (instrumentation.ts).

/** A UK phone number as residents dial it: 10 or 11 digits starting 0, spaces allowed. */
const ukPhone = z
  .string()
  .trim()
  .refine((value) => /^0\d{9,10}$/.test(value.replace(/\s/g, "")), "must be a UK phone number such as 020 7946 0321");

const line = z.string().trim().min(1).max(120);

const excludedItem = z.object({
  /** Stable code, kept in the CSV so other systems can match rows. */
  code: z.string().regex(/^[A-Z][A-Z0-9_]{1,40}$/, "must be an upper-case code such as SEXUAL_HEALTH"),
  category: line,
  /** Examples, in plain words. */
  includes: z.string().trim().min(1).max(400),
});

const roleItem = z.object({
  role: line,
  /** What this role can see, in plain words. */
  sees: z.string().trim().min(1).max(400),
  why: z.string().trim().min(1).max(400),
});

const workingDays = z.coerce.number().int().min(1).max(60);

export const programmeFactsSchema = z.object({
  contact: z.object({
    teamName: line,
    phone: ukPhone,
    phoneHours: line,
    /** The number to dial through Relay UK (text relay), such as "18001 020 7946 0321". */
    textRelay: z.string().trim().regex(/^18001 [0-9 ]{10,14}$/, "must be 18001 followed by the phone number"),
    email: z.email("must be an email address"),
    postalAddress: z.array(line).min(2).max(8),
    /** True only when letters to the address need no stamp (a Freepost address). */
    postageFree: z.boolean(),
  }),
  /** When the first partners have access to the record. The source page: planned for April 2019. */
  start: z.object({
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month as YYYY-MM, such as 2019-04"),
    status: z.enum(["planned", "started"]),
  }),
  /** The full downloadable list of sensitive information left out of the record. */
  excludedInformation: z.object({ confirmed: z.boolean(), items: z.array(excludedItem).min(1).max(60) }),
  /** What each role can see and why. */
  roles: z.object({ confirmed: z.boolean(), items: z.array(roleItem).min(1).max(30) }),
  dataControllers: z.array(line).min(1).max(40),
  dataProtectionOfficer: z.object({ name: line, email: z.email("must be an email address") }),
  /** Promised response times. Unset: the site promises none. */
  responseTimes: z.object({
    emailReplyWorkingDays: workingDays.optional(),
    callbackWorkingDays: workingDays.optional(),
    evidenceCheckWorkingDays: workingDays.optional(),
    optInReviewWorkingDays: workingDays.optional(),
    postedChoiceWorkingDays: workingDays.optional(),
  }),
});

export type ProgrammeFacts = z.infer<typeof programmeFactsSchema>;
export type ExcludedInformation = ProgrammeFacts["excludedInformation"]["items"][number];
export type RoleSummary = ProgrammeFacts["roles"]["items"][number];

/** The public address printed on paper when SITE_URL is this machine: never localhost on a leaflet. */
export const EXAMPLE_PUBLIC_SITE_URL = "https://joined-up-record.example.org";

export const DEFAULT_PROGRAMME_FACTS: ProgrammeFacts = {
  contact: {
    teamName: "Joined-up record team",
    // Ofcom keeps 020 7946 0000 to 0999 for drama and examples: no one's real line.
    phone: "020 7946 0321",
    phoneHours: "Monday to Friday, 9am to 5pm (example hours)",
    textRelay: "18001 020 7946 0321",
    email: "joined-up-record@example.org",
    postalAddress: ["Joined-up record team", "North London Partners in health and care", "Example address (not for post)", "London"],
    postageFree: false,
  },
  start: { month: "2019-04", status: "planned" },
  excludedInformation: {
    confirmed: false,
    items: [
      { code: "SEXUAL_HEALTH", category: "Sexual health", includes: "Visits to sexual health clinics, tests and treatment for sexually transmitted infections." },
      { code: "FERTILITY", category: "Fertility treatment", includes: "IVF and other fertility treatment." },
      { code: "DOMESTIC_ABUSE", category: "Domestic violence", includes: "Reports of domestic violence or abuse, and support from domestic abuse services." },
      { code: "CRIMINAL_JUSTICE", category: "Criminal records", includes: "Criminal records and information from the police, courts or probation." },
      { code: "HIV", category: "HIV and AIDS", includes: "HIV tests, results, treatment and care." },
      { code: "CONTRACEPTION", category: "Contraception", includes: "Contraception from a sexual health or family planning service." },
      { code: "TERMINATION", category: "Ending a pregnancy", includes: "Abortion and related care." },
      { code: "GENDER_IDENTITY", category: "Gender identity", includes: "Gender identity services, and any record of a change of gender." },
      { code: "SEXUAL_ASSAULT", category: "Sexual assault", includes: "Care after rape or sexual assault." },
      { code: "SAFEGUARDING", category: "Safeguarding", includes: "Concerns and plans to protect a child or an adult at risk of harm." },
      { code: "ADOPTION", category: "Adoption", includes: "Adoption records." },
      { code: "SUBSTANCE_USE", category: "Drug and alcohol services", includes: "Treatment and support from specialist drug and alcohol services." },
      { code: "GENETICS", category: "Genetic testing", includes: "Genetic test results." },
      { code: "THERAPY_NOTES", category: "Talking therapy notes", includes: "Notes of counselling or psychotherapy sessions." },
      { code: "COMPLAINTS_LEGAL", category: "Complaints and legal claims", includes: "Complaints and legal claims about care." },
      { code: "MARKED_PRIVATE", category: "Information marked as private", includes: "Anything a professional has marked as private in their own record." },
    ],
  },
  roles: {
    confirmed: false,
    items: [
      { role: "GPs", sees: "Your medicines, allergies, hospital summaries, test results and appointments.", why: "They look after your health over time." },
      { role: "Hospital clinicians", sees: "Your medicines, allergies, past hospital stays and test results.", why: "They assess and treat you, sometimes in an emergency." },
      { role: "Community health practitioners", sees: "Your medicines, allergies and the care you get at home.", why: "They care for you at home or in clinics." },
      { role: "Mental health staff", sees: "Your medicines, allergies and your mental health care.", why: "Your physical health can affect your mental health care." },
      { role: "Social workers", sees: "The support you get from adult social care, and some health information.", why: "They plan your care and support." },
      { role: "Occupational therapists", sees: "The parts of your record about daily living and support at home.", why: "They help you stay safe and independent." },
    ],
  },
  dataControllers: ["Example Hospital NHS Trust (example)", "Example Borough Council (example)"],
  dataProtectionOfficer: { name: "Data protection officer (example)", email: "dpo@example.org" },
  responseTimes: {},
};

/** Field names residents see as "example" while they hold the default. */
const EXAMPLE_CHECKS: readonly [string, (facts: ProgrammeFacts) => boolean][] = [
  ["phone number", (f) => f.contact.phone === DEFAULT_PROGRAMME_FACTS.contact.phone],
  ["opening hours", (f) => f.contact.phoneHours === DEFAULT_PROGRAMME_FACTS.contact.phoneHours],
  ["text relay number", (f) => f.contact.textRelay === DEFAULT_PROGRAMME_FACTS.contact.textRelay],
  ["email address", (f) => f.contact.email === DEFAULT_PROGRAMME_FACTS.contact.email],
  ["postal address", (f) => f.contact.postalAddress.join("\n") === DEFAULT_PROGRAMME_FACTS.contact.postalAddress.join("\n")],
  ["list of information left out", (f) => !f.excludedInformation.confirmed],
  ["list of what each role can see", (f) => !f.roles.confirmed],
  ["data controllers", (f) => f.dataControllers.join("\n") === DEFAULT_PROGRAMME_FACTS.dataControllers.join("\n")],
  ["data protection officer", (f) => f.dataProtectionOfficer.email === DEFAULT_PROGRAMME_FACTS.dataProtectionOfficer.email],
];

export type ResolvedProgramme = {
  facts: ProgrammeFacts;
  /** Which facts are still the example defaults (empty in a production configuration). */
  exampleFields: string[];
};

export class InvalidProgrammeConfigurationError extends Error {
  constructor(readonly issues: string[]) {
    super(
      `Invalid programme facts (PROGRAMME_FILE and PROGRAMME_* variables):\n${issues.map((issue) => `  - ${issue}`).join("\n")}\nSee .env.example and docs/OPERATIONS.md, "Programme facts".`,
    );
    this.name = "InvalidProgrammeConfigurationError";
  }
}

type Source = Record<string, string | undefined>;

const splitLines = (value: string) =>
  value
    .split("|")
    .map((part) => part.trim())
    .filter(Boolean);

const yesNo = (name: string, value: string): boolean => {
  if (/^(yes|true|on|1)$/i.test(value)) return true;
  if (/^(no|false|off|0)$/i.test(value)) return false;
  throw new InvalidProgrammeConfigurationError([`${name}: must be yes or no`]);
};

/** PROGRAMME_* variables, each overriding one fact. Lists of lines are separated by "|". */
function overridesFromVariables(env: Source): Record<string, unknown> {
  const get = (name: string) => {
    const value = env[name];
    return value === undefined || value.trim() === "" ? undefined : value.trim();
  };
  const contact: Record<string, unknown> = {};
  const start: Record<string, unknown> = {};
  const responseTimes: Record<string, unknown> = {};
  const out: Record<string, unknown> = {};
  const phone = get("PROGRAMME_PHONE");
  if (phone) contact.phone = phone;
  const hours = get("PROGRAMME_PHONE_HOURS");
  if (hours) contact.phoneHours = hours;
  const relay = get("PROGRAMME_TEXT_RELAY");
  if (relay) contact.textRelay = relay;
  const email = get("PROGRAMME_EMAIL");
  if (email) contact.email = email;
  const address = get("PROGRAMME_POSTAL_ADDRESS");
  if (address) contact.postalAddress = splitLines(address);
  const postageFree = get("PROGRAMME_POSTAGE_FREE");
  if (postageFree) contact.postageFree = yesNo("PROGRAMME_POSTAGE_FREE", postageFree);
  const team = get("PROGRAMME_TEAM_NAME");
  if (team) contact.teamName = team;
  const month = get("PROGRAMME_START_MONTH");
  if (month) start.month = month;
  const status = get("PROGRAMME_START_STATUS");
  if (status) start.status = status;
  const controllers = get("PROGRAMME_DATA_CONTROLLERS");
  if (controllers) out.dataControllers = splitLines(controllers);
  const dpoName = get("PROGRAMME_DPO_NAME");
  const dpoEmail = get("PROGRAMME_DPO_EMAIL");
  if (dpoName || dpoEmail) out.dataProtectionOfficer = { ...(dpoName ? { name: dpoName } : {}), ...(dpoEmail ? { email: dpoEmail } : {}) };
  const times: [string, string][] = [
    ["PROGRAMME_EMAIL_REPLY_WORKING_DAYS", "emailReplyWorkingDays"],
    ["PROGRAMME_CALLBACK_WORKING_DAYS", "callbackWorkingDays"],
    ["PROGRAMME_EVIDENCE_CHECK_WORKING_DAYS", "evidenceCheckWorkingDays"],
    ["PROGRAMME_OPT_IN_REVIEW_WORKING_DAYS", "optInReviewWorkingDays"],
    ["PROGRAMME_POSTED_CHOICE_WORKING_DAYS", "postedChoiceWorkingDays"],
  ];
  for (const [name, key] of times) {
    const value = get(name);
    if (value) responseTimes[key] = value;
  }
  if (Object.keys(contact).length) out.contact = contact;
  if (Object.keys(start).length) out.start = start;
  if (Object.keys(responseTimes).length) out.responseTimes = responseTimes;
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Objects merge key by key; arrays and values replace. */
function merge(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override === undefined ? base : override;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) out[key] = merge(base[key], value);
  return out;
}

/**
 * The programme's facts: defaults, then the JSON file's contents (already
 * parsed), then PROGRAMME_* variables. Throws InvalidProgrammeConfigurationError
 * naming each bad fact.
 */
export function resolveProgrammeFacts(env: Source, file?: { name: string; json: unknown }): ResolvedProgramme {
  if (file && !isPlainObject(file.json)) throw new InvalidProgrammeConfigurationError([`${file.name}: must hold a JSON object`]);
  const fromFile = file?.json as Record<string, unknown> | undefined;
  const overrides = overridesFromVariables(env);
  // A new phone number brings its text relay number with it, unless that is set too.
  const phone = (overrides.contact as { phone?: string } | undefined)?.phone ?? (fromFile?.contact as { phone?: string } | undefined)?.phone;
  const relaySet = (overrides.contact as { textRelay?: string } | undefined)?.textRelay ?? (fromFile?.contact as { textRelay?: string } | undefined)?.textRelay;
  const derived = phone && !relaySet ? { contact: { textRelay: `18001 ${phone.trim()}` } } : {};
  const merged = merge(merge(merge(DEFAULT_PROGRAMME_FACTS, fromFile ?? {}), derived), overrides);
  const result = programmeFactsSchema.safeParse(merged);
  if (!result.success) {
    throw new InvalidProgrammeConfigurationError(result.error.issues.map((issue) => `${issue.path.join(".") || "(file)"}: ${issue.message}`));
  }
  const facts = result.data;
  const codes = facts.excludedInformation.items.map((item) => item.code);
  if (new Set(codes).size !== codes.length) throw new InvalidProgrammeConfigurationError(["excludedInformation.items: every code must be different"]);
  return { facts, exampleFields: EXAMPLE_CHECKS.filter(([, isExample]) => isExample(facts)).map(([name]) => name) };
}
