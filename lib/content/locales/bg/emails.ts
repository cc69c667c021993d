import type * as English from "../../emails";
import { renderCallbackRequestEmail as renderCallbackRequestEmailInEnglish } from "../../emails";
import type { Localised } from "../../../i18n/localised";
import { CONTACT_DETAILS } from "./contact-details";
import { emailLayout } from "../../email-layout";

// The emails residents receive, in Bulgarian, marked lang="bg" so mail
// programs and screen readers read them in Bulgarian.

/**
 * The call-back request goes to the joined-up record team, not to a resident,
 * and staff work in English (issue #17: "Staff pages stay English"), so the
 * team gets it in English whatever language the resident asked in.
 */

/** The service's email layout (lib/content/email-layout.ts), marked as this language. */
const LAYOUT = emailLayout({ lang: "bg" });
export const { renderPlainEmail, renderFactsEmail } = LAYOUT;

export const renderCallbackRequestEmail: Localised<typeof English.renderCallbackRequestEmail> = renderCallbackRequestEmailInEnglish;

/** Sent to every address that proved an earlier opt-out when someone asks to opt that person back in. It carries nothing the requester typed. */
export const renderOptInAttemptNotice: Localised<typeof English.renderOptInAttemptNotice> = (input) => {
  const title = "Някой е поискал повторно включване в обединеното досие за грижи";
  const why =
    input.basis.kind === "opt-out"
      ? `Пишем ви, защото този имейл адрес е бил използван за отказ от участие на човек в обединеното досие за грижи в Северен Лондон (референтен номер ${input.basis.reference}, от ${input.basis.decidedOn}). Сега някой е поискал същият човек да бъде включен отново.`
      : "Пишем ви, защото сте влезли с NHS login, за да направите избор за своето обединено досие за грижи в Северен Лондон. Сега някой е поискал да бъдете включени отново.";
  const whatHappens =
    input.outcome === "EFFECTIVE"
      ? "Молбата е влязла в сила. Здравните и социалните работници отново могат да виждат информацията на човека в обединеното досие за грижи."
      : "Молбата не е влязла в сила. Първо нашият екип ще я провери. Дотогава човекът остава с отказ от участие.";
  const rows: [string, string][] = [
    ["Референтен номер на молбата", input.requestReference],
    ["Молбата е получена на", input.receivedAt],
  ];
  const closing = [
    whatHappens,
    "Ако вие сте подали тази молба или сте съгласни с нея, не е нужно да правите нищо.",
    [`Ако не сте, обадете ни се на ${CONTACT_DETAILS.phone} и посочете референтния номер на молбата. `, CONTACT_DETAILS.marked.phoneHours, `.`],
    ["Можете също да откажете участие отново по всяко време на нашия уебсайт: ", { href: input.links.site }],
    "Отказът от участие влиза в сила веднага.",
    "Не ви казваме кой е подал молбата. Никога не искаме кода ви за сигурност по телефона или по имейл.",
  ];
  // The subject names no one: subjects show in notifications and mail logs.
  return renderFactsEmail({ subject: `Молба за повторно включване: референтен номер ${input.requestReference}`, title, intro: [why], rows, closing });
};
