import type * as English from "../../contact-details";
import { PROGRAMME, phoneHref } from "../../programme";
import type { Localised } from "../../../i18n/localised";
import { programmeText } from "../../../i18n/programme-text";
import { PROGRAMME_TEXT, withinWorkingDays } from "./programme-text";
import { inlineToPlainText } from "../../types";

// How residents reach the joined-up record team, in Bulgarian.

const { contact } = PROGRAMME;
const text = programmeText(PROGRAMME_TEXT);
const emailReply = withinWorkingDays(PROGRAMME.responseTimes.emailReplyWorkingDays);

export const CONTACT_DETAILS: Localised<typeof English.CONTACT_DETAILS> = {
  teamName: inlineToPlainText(text.teamName),
  phone: contact.phone,
  phoneHref: phoneHref(contact.phone),
  phoneHours: inlineToPlainText(text.phoneHours),
  textRelay: `Ако имате затруднения със слуха или говора, можете да ни се обадите чрез Relay UK. Наберете ${contact.textRelay}.`,
  textRelayNumber: contact.textRelay,
  email: contact.email,
  postalAddress: text.postalAddress.map(inlineToPlainText),
  postage: contact.postageFree ? "Не е нужно да слагате марка." : undefined,
  emailReply: emailReply ? `Отговаряме на имейли ${emailReply}.` : undefined,
  otherFormats: "Свържете се с нас, ако имате нужда от тази информация в друг формат, например с едър шрифт или на друг език.",
  marked: { teamName: text.teamName, phoneHours: text.phoneHours, postalAddress: text.postalAddress },
};
