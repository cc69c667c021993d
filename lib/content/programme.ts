import { EXAMPLE_PUBLIC_SITE_URL, resolveProgrammeFacts, type ProgrammeFacts, type ResolvedProgramme } from "./programme-schema";

// The programme's facts as every page, PDF, email and the film script read
// them. next.config.ts resolves them once at build time (PROGRAMME_FILE and
// PROGRAMME_* variables, validated) and compiles the result in as
// PROGRAMME_FACTS_JSON, so server pages, browser code and PDFs all show the
// same; instrumentation.ts refuses to start a build whose facts differ from
// the configuration it runs with. Outside Next.js (tests, scripts) they are
// resolved from the environment here.

function readProgramme(): ResolvedProgramme {
  // Written out in full so Next.js can compile the value in.
  const compiled = process.env.PROGRAMME_FACTS_JSON;
  if (compiled) return JSON.parse(compiled) as ResolvedProgramme;
  if (process.env.PROGRAMME_FILE) {
    throw new Error("PROGRAMME_FILE is read by the build (next.config.ts) and by scripts through loadProgrammeFacts(); set PROGRAMME_FACTS_JSON from it first.");
  }
  return resolveProgrammeFacts(process.env);
}

const RESOLVED = readProgramme();

export const PROGRAMME: ProgrammeFacts = RESOLVED.facts;

/** Facts still holding their example defaults; empty in a production configuration. */
export const PROGRAMME_EXAMPLE_FIELDS: readonly string[] = RESOLVED.exampleFields;

export { EXAMPLE_PUBLIC_SITE_URL };

/** The phone number as a tel: link, such as "tel:+442079460321". */
export function phoneHref(phone: string): string {
  return `tel:+44${phone.replace(/\s/g, "").replace(/^0/, "")}`;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** The start month as residents read it, such as "April 2019". */
export function formatStartMonth(month: string = PROGRAMME.start.month): string {
  const [year, monthNumber] = month.split("-");
  return `${MONTHS[Number(monthNumber) - 1]} ${year}`;
}

/** "within 5 working days", or undefined when the programme promises no time. */
export function withinWorkingDays(days: number | undefined): string | undefined {
  if (days === undefined) return undefined;
  return `within ${days} working ${days === 1 ? "day" : "days"}`;
}

/** True for an address on this machine or a private network: never printed for residents. */
export function isLocalSiteUrl(siteUrl: string): boolean {
  let host: string;
  try {
    host = new URL(siteUrl).hostname.replace(/^\[|\]$/g, "").toLowerCase();
  } catch {
    return true;
  }
  return (
    host === "localhost" ||
    host.endsWith(".localhost") ||
    host.endsWith(".local") ||
    host === "::1" ||
    host === "0.0.0.0" ||
    /^127\./.test(host) ||
    /^10\./.test(host) ||
    /^192\.168\./.test(host) ||
    /^172\.(1[6-9]|2\d|3[01])\./.test(host)
  );
}

/** The web address printed on the leaflet and forms: SITE_URL when it is public, otherwise the example address. */
export function printedSiteUrl(siteUrl: string): string {
  return isLocalSiteUrl(siteUrl) ? EXAMPLE_PUBLIC_SITE_URL : siteUrl.replace(/\/$/, "");
}

/** Every example value residents would see with this SITE_URL. */
export function exampleFieldsFor(siteUrl: string): readonly string[] {
  return isLocalSiteUrl(siteUrl) ? [...PROGRAMME_EXAMPLE_FIELDS, "web address"] : PROGRAMME_EXAMPLE_FIELDS;
}

function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** The small notice shown on every page and PDF while any example value is in use; undefined when none is. */
export function exampleDetailsNotice(siteUrl: string): { heading: string; text: string } | undefined {
  const fields = exampleFieldsFor(siteUrl);
  if (fields.length === 0) return undefined;
  return {
    heading: "Example contact details",
    text: `This is a demonstration. The ${joinWithAnd(fields)} shown here are examples, not yet the programme's own. Do not use them.`,
  };
}
