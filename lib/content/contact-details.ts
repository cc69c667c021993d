import { PROGRAMME, phoneHref, withinWorkingDays } from "./programme";

// How residents reach the joined-up record team, from the programme's facts
// (lib/content/programme.ts), so the web pages, the leaflet, the paper form,
// the emails and the film never disagree.

const { contact } = PROGRAMME;
const emailReply = withinWorkingDays(PROGRAMME.responseTimes.emailReplyWorkingDays);

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
} as const;
