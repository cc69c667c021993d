import type * as English from "../../contact-details";
import { PROGRAMME, phoneHref } from "../../programme";
import type { Localised } from "../../../i18n/localised";
import { programmeText } from "../../../i18n/programme-text";
import { withinWorkingDays } from "./dates";
import { PROGRAMME_TEXT } from "./programme-text";
import { inlineToPlainText } from "../../types";

// How residents reach the joined-up record team, in Turkish, from the
// programme's facts (lib/content/programme.ts).

const { contact } = PROGRAMME;
const text = programmeText(PROGRAMME_TEXT);
const emailReply = withinWorkingDays(PROGRAMME.responseTimes.emailReplyWorkingDays);

export const CONTACT_DETAILS: Localised<typeof English.CONTACT_DETAILS> = {
  teamName: inlineToPlainText(text.teamName),
  phone: contact.phone,
  phoneHref: phoneHref(contact.phone),
  phoneHours: inlineToPlainText(text.phoneHours),
  textRelay: `İşitme ya da konuşma güçlüğünüz varsa, bizi Relay UK ile arayabilirsiniz. ${contact.textRelay} numarasını çevirin.`,
  textRelayNumber: contact.textRelay,
  email: contact.email,
  postalAddress: text.postalAddress.map(inlineToPlainText),
  postage: contact.postageFree ? "Pul yapıştırmanız gerekmez." : undefined,
  emailReply: emailReply ? `E-postalara ${emailReply} yanıt veririz.` : undefined,
  otherFormats: "Bu bilgileri iri puntolu baskı ya da başka bir dil gibi farklı bir biçimde istiyorsanız bize ulaşın.",
  marked: { teamName: text.teamName, phoneHours: text.phoneHours, postalAddress: text.postalAddress },
};
