import { PROGRAMME, phoneHref, withinWorkingDays } from "./programme";
import type { Words } from "./types";

// How residents reach the joined-up record team, from the programme's facts
// (lib/content/programme.ts), so the web pages, the leaflet, the paper form,
// the emails and the film never disagree.

const { contact } = PROGRAMME;
const emailReply = withinWorkingDays(PROGRAMME.responseTimes.emailReplyWorkingDays);

/** The facts in words that may be marked with their language (lib/content/types.ts). */
export type ContactWords = { teamName: Words; phoneHours: Words; postalAddress: readonly Words[] };

const marked: ContactWords = { teamName: contact.teamName, phoneHours: contact.phoneHours, postalAddress: contact.postalAddress };

export const CONTACT_DETAILS = {
  teamName: contact.teamName,
  phone: contact.phone,
  /** The href form of the phone number. */
  phoneHref: phoneHref(contact.phone),
  phoneHours: contact.phoneHours,
  textRelay: `If you have hearing or speech difficulties, you can call us using Relay UK. Dial ${contact.textRelay}.`,
  textRelayNumber: contact.textRelay,
  email: contact.email,
  postalAddress: contact.postalAddress,
  /** "You do not need a stamp." only for a Freepost address. */
  postage: contact.postageFree ? "You do not need a stamp." : undefined,
  /** Said after the email address, when the programme has set a reply time. */
  emailReply: emailReply ? `We reply to emails ${emailReply}.` : undefined,
  otherFormats: "Contact us if you need this information in another format, such as large print or another language.",
  /**
   * The team name, phone hours and address for pages and PDFs: on a translated
   * page, an operator's change is their English, marked as English. (The plain
   * strings above are for words that cannot carry a mark.)
   */
  marked,
} as const;
