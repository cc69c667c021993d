import type * as English from "../../emails";
import { CALLBACK_FORM as ENGLISH_CALLBACK_FORM } from "../../contact";
import { PROGRAMME } from "../../programme";
import type { Localised } from "../../../i18n/localised";
import { CALLBACK_FORM } from "./contact";
import { CONTACT_DETAILS } from "./contact-details";
import { withinWorkingDays } from "./programme-words";
import { SITE_TITLE } from "./site";
import { emailLayout } from "../../email-layout";

// The service's emails in Somali (lib/content/emails.ts): the same facts, the
// same shapes (plain text and simple HTML), with the HTML marked lang="so".

/** The Somali label of a preferred call-back time, which the form sends as its English value. */
function preferredTimeLabel(value: string): string {
  const index = ENGLISH_CALLBACK_FORM.preferredTime.options.findIndex((option) => option.value === value);
  return CALLBACK_FORM.preferredTime.options[index]?.label ?? value;
}

const NOT_GIVEN = "Lama bixin";

/** Sent to the team when a resident asks for a call back on the contact page. */

/** The service's email layout (lib/content/email-layout.ts), marked as this language. */
const LAYOUT = emailLayout({ lang: "so" });
const { renderRows } = LAYOUT;
export const { renderPlainEmail, renderFactsEmail } = LAYOUT;

export const renderCallbackRequestEmail: Localised<typeof English.renderCallbackRequestEmail> = (input) => {
  const title = "Qof deegaanka ah ayaa codsaday in dib loogu soo waco";
  const rows: [string, string][] = [
    ["Magaca", input.name],
    ["Lambarka taleefanka", input.phone],
    ["Wakhtiga ugu habboon in la waco", input.preferredTime === null ? NOT_GIVEN : preferredTimeLabel(input.preferredTime)],
    ["Waxa uu ku saabsan yahay", input.message ?? NOT_GIVEN],
    ["Waqtiga la codsaday", input.requestedAt],
    ["Tixraaca codsiga", input.reference],
  ];
  const within = withinWorkingDays(PROGRAMME.responseTimes.callbackWorkingDays);
  const footer = `Waxaa soo diray websaydhka ${SITE_TITLE}. Fadlan dib u wac${within ? ` ${within}` : " sida ugu dhaqsaha badan"}, oo codsiga u calaamadee mid la qabtay.`;
  return {
    subject: `Codsi dib-u-wac ${input.reference}`,
    text: [title, "", ...rows.map(([key, value]) => `${key}: ${value}`), "", footer].join("\n"),
    html: renderRows(title, rows, footer),
  };
};

// Carries nothing the requester gave, only our reference and date, and what to
// do if it was not them (lib/content/emails.ts, PRODUCT.md "Rules").
/** Sent to every address that proved an earlier opt-out when someone asks to opt that person back in. */
export const renderOptInAttemptNotice: Localised<typeof English.renderOptInAttemptNotice> = (input) => {
  const title = "Qof ayaa codsaday dib ugu soo biirid diiwaanka daryeelka ee isku xiran";
  const why =
    input.basis.kind === "opt-out"
      ? `Waxaan kuu soo qoraynaa sababtoo ah cinwaankan iimaylka waxaa loo isticmaalay in qof looga saaro diiwaanka daryeelka ee isku xiran ee Waqooyiga London (tixraac ${input.basis.reference}, taariikhda ${input.basis.decidedOn}). Hadda qof ayaa codsaday in isla qofkaas dib loogu soo biiriyo.`
      : "Waxaan kuu soo qoraynaa sababtoo ah waxaad ku gashay NHS login si aad doorasho uga samayso diiwaankaaga daryeelka ee isku xiran ee Waqooyiga London. Hadda qof ayaa codsaday in adiga dib laguugu soo biiriyo.";
  const whatHappens =
    input.outcome === "EFFECTIVE"
      ? "Codsigu wuu dhaqan galay. Shaqaalaha caafimaadka iyo daryeelku mar kale ayay macluumaadka qofka ku arki karaan diiwaanka daryeelka ee isku xiran."
      : "Codsigu ma dhaqan gelin. Kooxdayadu marka hore ayay hubin doontaa. Ilaa markaas, qofku wuu ka baxsanaanayaa.";
  const rows: [string, string][] = [
    ["Tixraaca codsiga", input.requestReference],
    ["Waqtiga codsiga la helay", input.receivedAt],
  ];
  const closing = [
    whatHappens,
    "Haddii adigu samaysay codsigan, ama aad oggolaatay, waxba uma baahnid inaad samayso.",
    [`Haddii aadan samayn, nagu soo wac ${CONTACT_DETAILS.phone} (`, CONTACT_DETAILS.marked.phoneHours, `) oo sheeg tixraaca codsiga.`],
    ["Waxaad sidoo kale mar kale ka bixi kartaa wakhti kasta websaydhkayaga: ", { href: input.links.site }],
    "Ka-bixiddu isla markiiba way dhaqan gashaa.",
    "Kuuma sheegno cidda samaysay codsiga. Weligeen kuuma weydiinno koodhkaaga amniga taleefan ama iimayl.",
  ];
  // The subject names no one: subjects show in notifications and mail logs.
  return renderFactsEmail({ subject: `Codsi dib ugu soo biirid: tixraac ${input.requestReference}`, title, intro: [why], rows, closing });
};
