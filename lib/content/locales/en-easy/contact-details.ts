import type * as English from "../../contact-details";
import { CONTACT_DETAILS as ENGLISH_CONTACT_DETAILS } from "../../contact-details";
import { PROGRAMME } from "../../programme";
import { icu } from "../../../i18n/icu";
import type { Localised } from "../../../i18n/localised";
import { programmeText } from "../../../i18n/programme-text";
import { PROGRAMME_TEXT } from "./programme-text";
import { inlineToPlainText } from "../../types";

// How to reach the joined-up record team, in Easy Read. Phone numbers, the
// email address and the address's names come from the programme's facts.

const { contact } = PROGRAMME;
const text = programmeText(PROGRAMME_TEXT, { isEnglishPage: true });
const emailDays = PROGRAMME.responseTimes.emailReplyWorkingDays;

/** "within 5 working days" in Easy Read, or undefined when the programme promises no time. */
export function withinWorkingDays(days: number | undefined): string | undefined {
  if (days === undefined) return undefined;
  return icu("en-easy", "within {days, plural, one {# working day} other {# working days}}", { days });
}

const emailReply = withinWorkingDays(emailDays);

/** Text ending with a full stop, so an operator's words ("9am to 5pm") read as a sentence. */
export function asSentence(text: string): string {
  return /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

export const CONTACT_DETAILS: Localised<typeof English.CONTACT_DETAILS> = {
  teamName: inlineToPlainText(text.teamName),
  phone: contact.phone,
  phoneHref: ENGLISH_CONTACT_DETAILS.phoneHref,
  phoneHours: inlineToPlainText(text.phoneHours),
  textRelay: `Do you find it hard to hear or speak? You can call us using Relay UK. Dial ${contact.textRelay}.`,
  textRelayNumber: contact.textRelay,
  email: contact.email,
  postalAddress: text.postalAddress.map(inlineToPlainText),
  postage: contact.postageFree ? "You do not need a stamp." : undefined,
  emailReply: emailReply ? `We answer emails ${emailReply}.` : undefined,
  otherFormats: "Do you need this information in a different way? For example, in large print or another language. Please contact us.",
  marked: { teamName: text.teamName, phoneHours: text.phoneHours, postalAddress: text.postalAddress },
};
