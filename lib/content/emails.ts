import { CONTACT_DETAILS } from "./contact-details";
import { emailLayout, type RenderedEmail, type SiteLinks } from "./email-layout";
import { PROGRAMME, withinWorkingDays } from "./programme";
import { SITE_TITLE } from "./site";

// Every email the service sends, rendered from here so its words sit with the
// rest of the content source. Each returns plain text and simple HTML.

export type { RenderedEmail } from "./email-layout";

/** The layout of every email (lib/content/email-layout.ts), in English. */
const LAYOUT = emailLayout({ lang: "en-GB" });
const { renderRows } = LAYOUT;

/** A short email of plain paragraphs (blank lines separate them), such as a security code; an email with a heading, a table of facts and closing paragraphs, such as a decision's confirmation. */
export const { renderPlainEmail, renderFactsEmail } = LAYOUT;

export type CallbackRequestEmailInput = {
  name: string;
  phone: string;
  preferredTime: string | null;
  message: string | null;
  /** The language the resident asked in, by its English name ("Somali"), so the team rings back in it; "Not known" when not kept. */
  language: string;
  /** When the resident asked, already formatted for London. */
  requestedAt: string;
  reference: string;
};

/** Sent to the team when a resident asks for a call back on the contact page. */
export function renderCallbackRequestEmail(input: CallbackRequestEmailInput): RenderedEmail {
  const title = "A resident has asked for a call back";
  const rows: [string, string][] = [
    ["Name", input.name],
    ["Phone number", input.phone],
    ["Language", input.language],
    ["Best time to call", input.preferredTime ?? "Not given"],
    ["What it is about", input.message ?? "Not given"],
    ["Asked at", input.requestedAt],
    ["Request reference", input.reference],
  ];
  // The promise residents were given, when the programme has set one (lib/content/programme.ts).
  const within = withinWorkingDays(PROGRAMME.responseTimes.callbackWorkingDays);
  const footer = `Sent by the ${SITE_TITLE} website. Please call back${within ? ` ${within}` : " as soon as you can"} and mark the request as handled.`;
  return {
    // The subject names no one: subjects show in notifications and mail logs.
    subject: `Call-back request ${input.reference}`,
    text: [title, "", ...rows.map(([key, value]) => `${key}: ${value}`), "", footer].join("\n"),
    html: renderRows(title, rows, footer),
  };
}


export type OptInAttemptNoticeInput = {
  /** The reference of the request to opt back in, for the recipient to quote. */
  requestReference: string;
  /** When the request was received, already formatted for London. */
  receivedAt: string;
  /** Whether the request took effect at once or waits for our team to check it. */
  outcome: "EFFECTIVE" | "AWAITING_REVIEW";
  /** Why this address is told: the opt-out it made (its own reference and date), or NHS login. */
  basis: { kind: "opt-out"; reference: string; decidedOn: string } | { kind: "nhs-login" };
  /** The site's addresses in the notice's language (lib/email/site-links.ts). */
  links: SiteLinks;
};

// PRODUCT.md, "Rules": an opt-in that would reverse an opt-out is told to
// "those who proved the earlier opt-outs", and "nothing an unproved requester
// sees reveals another person's current choice". So this notice carries
// nothing the requester gave (no name, email or anything typed), only our
// reference and date, and what to do if it was not them.
/** Sent to every address that proved an earlier opt-out when someone asks to opt that person back in. */
export function renderOptInAttemptNotice(input: OptInAttemptNoticeInput): RenderedEmail {
  const title = "Someone has asked to opt back in to the joined-up care record";
  const why =
    input.basis.kind === "opt-out"
      ? `We are writing because this email address was used to opt someone out of the North London joined-up care record (reference ${input.basis.reference}, on ${input.basis.decidedOn}). Someone has now asked to opt the same person back in.`
      : "We are writing because you signed in with NHS login to make a choice about your North London joined-up care record. Someone has now asked to opt you back in.";
  const whatHappens =
    input.outcome === "EFFECTIVE"
      ? "The request has taken effect. Health and care staff can see the person's information in the joined-up care record again."
      : "The request has not taken effect. Our team will check it first. Until then, the person stays opted out.";
  const rows: [string, string][] = [
    ["Request reference", input.requestReference],
    ["Request received", input.receivedAt],
  ];
  const closing = [
    whatHappens,
    "If you made this request, or agreed to it, you do not need to do anything.",
    `If you did not, call us on ${CONTACT_DETAILS.phone} (${CONTACT_DETAILS.phoneHours}) and quote the request reference.`,
    ["You can also opt out again at any time on our website: ", { href: input.links.site }],
    "An opt-out takes effect at once.",
    "We do not tell you who made the request. We never ask for your security code by phone or email.",
  ];
  // The subject names no one: subjects show in notifications and mail logs.
  return renderFactsEmail({ subject: `Request to opt back in: reference ${input.requestReference}`, title, intro: [why], rows, closing });
}
