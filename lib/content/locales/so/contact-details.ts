import type * as English from "../../contact-details";
import { PROGRAMME, phoneHref } from "../../programme";
import type { Localised } from "../../../i18n/localised";
import { programmeText } from "../../../i18n/programme-text";
import { PROGRAMME_TEXT } from "./programme-text";
import { withinWorkingDays } from "./programme-words";
import { inlineToPlainText } from "../../types";

const { contact } = PROGRAMME;
const text = programmeText(PROGRAMME_TEXT);
const emailReply = withinWorkingDays(PROGRAMME.responseTimes.emailReplyWorkingDays);

export const CONTACT_DETAILS: Localised<typeof English.CONTACT_DETAILS> = {
  teamName: inlineToPlainText(text.teamName),
  phone: contact.phone,
  phoneHref: phoneHref(contact.phone),
  phoneHours: inlineToPlainText(text.phoneHours),
  textRelay: `Haddii aad leedahay dhibaato xagga maqalka ama hadalka ah, waxaad nagu soo wici kartaa adigoo adeegsanaya Relay UK. Garaac ${contact.textRelay}.`,
  textRelayNumber: contact.textRelay,
  email: contact.email,
  postalAddress: text.postalAddress.map(inlineToPlainText),
  postage: contact.postageFree ? "Uma baahnid shaambad." : undefined,
  emailReply: emailReply ? `Iimaylada waxaan ka jawaabnaa ${emailReply}.` : undefined,
  otherFormats: "Nala soo xiriir haddii aad u baahan tahay macluumaadkan oo qaab kale ah, sida far waaweyn ama luqad kale.",
  marked: { teamName: text.teamName, phoneHours: text.phoneHours, postalAddress: text.postalAddress },
};
