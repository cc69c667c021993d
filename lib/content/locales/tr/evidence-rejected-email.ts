import type * as English from "../../evidence-rejected-email";
import { REASON_LANG } from "../../evidence-rejected-email";
import type { Localised } from "../../../i18n/localised";
import { formatCalendarDate } from "./dates";
import { renderPlainEmail } from "./emails";
import { SITE_TITLE } from "./site";

// Sent when staff do not accept a decision (the English: lib/content/evidence-rejected-email.ts).

export const renderDecisionRejectedEmail: Localised<typeof English.renderDecisionRejectedEmail> = (input) => {
  const what = input.choice === "OPT_OUT" ? "birleşik bakım kaydından çıkmak" : "birleşik bakım kaydına yeniden katılmak";
  return renderPlainEmail({
    subject: `Kararınızı kabul edemedik (referans ${input.reference})`,
    lines: [
      `${formatCalendarDate(input.decidedAt)} tarihinde ${what} için istekte bulundunuz (referans ${input.reference}).`,
      "",
      input.isProxy
        ? "Kişi adına bu kararı verebileceğinizi gösteren belgeyi kontrol ettik ve kabul edemedik. Karar geri çekildi."
        : "İsteğinizi kontrol ettik ve kabul edemedik. Karar geri çekildi.",
      "",
      ["Nedeni, ekibimizin yazdığı şekliyle (İngilizce): ", { text: input.reason, lang: REASON_LANG }],
      "",
      ["Kararı doğru belgeyle yeniden verebilirsiniz: web sitemizde, kâğıt formla ya da telefonla. Web sitemiz: ", { href: input.links.site }],
      "",
      "Bize ulaşırsanız referans numaranızı belirtin.",
      "",
      SITE_TITLE,
    ],
  });
};
