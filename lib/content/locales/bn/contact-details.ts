import type * as English from "../../contact-details";
import type { Localised } from "../../../i18n/localised";
import { programmeText } from "../../../i18n/programme-text";
import { PROGRAMME, phoneHref } from "../../programme";
import { withinWorkingDays } from "./programme";
import { PROGRAMME_TEXT } from "./programme-text";
import { inlineToPlainText } from "../../types";

// How residents reach the joined-up record team, in Bengali, from the
// programme's facts (lib/content/programme.ts). Numbers and addresses stay as
// they are; the team name, opening hours and the example address line are
// translated where the operator has not changed them.

const { contact } = PROGRAMME;
const text = programmeText(PROGRAMME_TEXT);
const emailReply = withinWorkingDays(PROGRAMME.responseTimes.emailReplyWorkingDays);

export const CONTACT_DETAILS: Localised<typeof English.CONTACT_DETAILS> = {
  teamName: inlineToPlainText(text.teamName),
  phone: contact.phone,
  phoneHref: phoneHref(contact.phone),
  phoneHours: inlineToPlainText(text.phoneHours),
  textRelay: `আপনার শুনতে বা কথা বলতে অসুবিধা হলে, Relay UK ব্যবহার করে আমাদের ফোন করতে পারেন। ডায়াল করুন ${contact.textRelay}।`,
  textRelayNumber: contact.textRelay,
  email: contact.email,
  postalAddress: text.postalAddress.map(inlineToPlainText),
  postage: contact.postageFree ? "আপনার কোনো স্ট্যাম্প লাগবে না।" : undefined,
  emailReply: emailReply ? `আমরা ${emailReply} ইমেইলের উত্তর দিই।` : undefined,
  otherFormats: "এই তথ্য অন্য কোনো আকারে দরকার হলে, যেমন বড় অক্ষরে ছাপা বা অন্য কোনো ভাষায়, আমাদের সাথে যোগাযোগ করুন।",
  marked: { teamName: text.teamName, phoneHours: text.phoneHours, postalAddress: text.postalAddress },
};
