import type * as English from "../../contact-details";
import { PROGRAMME, phoneHref } from "../../programme";
import { programmeText } from "../../../i18n/programme-text";
import type { Localised } from "../../../i18n/localised";
import { PROGRAMME_TEXT } from "./programme-text";
import { withinWorkingDays } from "./working-days";
import { inlineToPlainText } from "../../types";

// How residents reach the joined-up record team, in Spanish: the numbers and
// addresses from the programme's facts, its words from ./programme-text.

const { contact } = PROGRAMME;
const text = programmeText(PROGRAMME_TEXT);
const emailReply = withinWorkingDays(PROGRAMME.responseTimes.emailReplyWorkingDays);

export const CONTACT_DETAILS: Localised<typeof English.CONTACT_DETAILS> = {
  teamName: inlineToPlainText(text.teamName),
  phone: contact.phone,
  phoneHref: phoneHref(contact.phone),
  phoneHours: inlineToPlainText(text.phoneHours),
  textRelay: `Si tiene dificultades auditivas o del habla, puede llamarnos a través de Relay UK. Marque el ${contact.textRelay}.`,
  textRelayNumber: contact.textRelay,
  email: contact.email,
  postalAddress: text.postalAddress.map(inlineToPlainText),
  postage: contact.postageFree ? "No necesita poner sello." : undefined,
  emailReply: emailReply ? `Respondemos a los correos electrónicos ${emailReply}.` : undefined,
  otherFormats: "Póngase en contacto con nosotros si necesita esta información en otro formato, como letra grande u otro idioma.",
  marked: { teamName: text.teamName, phoneHours: text.phoneHours, postalAddress: text.postalAddress },
};
