import type * as English from "../../emails";
import { PROGRAMME } from "../../programme";
import type { Localised } from "../../../i18n/localised";
import { CONTACT_DETAILS } from "./contact-details";
import { withinWorkingDays } from "./dates";
import { SITE_TITLE } from "./site";
import { emailLayout } from "../../email-layout";

// The service's emails in Turkish, plain text and simple HTML in the same
// layout as the English (lib/content/emails.ts), marked as Turkish (lang="tr").

/** Sent to the team when a resident asks for a call back on the contact page. */

/** The service's email layout (lib/content/email-layout.ts), marked as this language. */
const LAYOUT = emailLayout({ lang: "tr" });
const { renderRows } = LAYOUT;
export const { renderPlainEmail, renderFactsEmail } = LAYOUT;

export const renderCallbackRequestEmail: Localised<typeof English.renderCallbackRequestEmail> = (input) => {
  const title = "Bir bölge sakini geri aranmak istedi";
  const notGiven = "Verilmedi";
  const rows: [string, string][] = [
    ["Ad", input.name],
    ["Telefon numarası", input.phone],
    ["Aranmak için en uygun zaman", input.preferredTime ?? notGiven],
    ["Konu", input.message ?? notGiven],
    ["İsteğin zamanı", input.requestedAt],
    ["İstek referansı", input.reference],
  ];
  const within = withinWorkingDays(PROGRAMME.responseTimes.callbackWorkingDays);
  const footer = `${SITE_TITLE} web sitesi tarafından gönderildi. Lütfen kişiyi ${within ?? "en kısa sürede"} geri arayın ve isteği tamamlandı olarak işaretleyin.`;
  return {
    // The subject names no one: subjects show in notifications and mail logs.
    subject: `Geri arama isteği ${input.reference}`,
    text: [title, "", ...rows.map(([key, value]) => `${key}: ${value}`), "", footer].join("\n"),
    html: renderRows(title, rows, footer),
  };
};

/** Sent to every address that proved an earlier opt-out when someone asks to opt that person back in. */
export const renderOptInAttemptNotice: Localised<typeof English.renderOptInAttemptNotice> = (input) => {
  const title = "Birisi birleşik bakım kaydına yeniden katılmak için istekte bulundu";
  const why =
    input.basis.kind === "opt-out"
      ? `Size yazıyoruz, çünkü bu e-posta adresi birini Kuzey Londra birleşik bakım kaydından çıkarmak için kullanıldı (referans ${input.basis.reference}, tarih: ${input.basis.decidedOn}). Şimdi birisi aynı kişinin kayda yeniden katılmasını istedi.`
      : "Size yazıyoruz, çünkü Kuzey Londra birleşik bakım kaydınızla ilgili bir tercih yapmak için NHS login ile giriş yaptınız. Şimdi birisi sizin kayda yeniden katılmanızı istedi.";
  const whatHappens =
    input.outcome === "EFFECTIVE"
      ? "İstek geçerli oldu. Sağlık ve bakım çalışanları, kişinin bilgilerini birleşik bakım kaydında yeniden görebilir."
      : "İstek geçerli olmadı. Ekibimiz önce isteği kontrol edecek. O zamana kadar kişi kayıt dışında kalır.";
  const rows: [string, string][] = [
    ["İstek referansı", input.requestReference],
    ["İsteğin alındığı zaman", input.receivedAt],
  ];
  const closing = [
    whatHappens,
    "Bu isteği siz yaptıysanız ya da buna onay verdiyseniz, hiçbir şey yapmanız gerekmez.",
    [`Siz yapmadıysanız, bizi ${CONTACT_DETAILS.phone} numaralı telefondan arayın (`, CONTACT_DETAILS.marked.phoneHours, `) ve istek referansını belirtin.`],
    ["Ayrıca istediğiniz zaman web sitemizde yeniden kayıttan çıkabilirsiniz: ", { href: input.links.site }],
    "Kayıttan çıkma kararı hemen geçerli olur.",
    "İsteği kimin yaptığını size söylemeyiz. Güvenlik kodunuzu asla telefonla ya da e-postayla istemeyiz.",
  ];
  // The subject names no one: subjects show in notifications and mail logs.
  return renderFactsEmail({ subject: `Kayda yeniden katılma isteği: referans ${input.requestReference}`, title, intro: [why], rows, closing });
};

