import type * as English from "../../evidence-rejected-email";
import { REASON_LANG } from "../../evidence-rejected-email";
import type { Localised } from "../../../i18n/localised";
import { formatCalendarDate } from "./dates";
import { renderPlainEmail } from "./emails";
import { SITE_TITLE } from "./site";

// Sent when staff do not accept a decision, in Bulgarian. The reason is what
// the member of staff wrote, quoted as they wrote it.

export const renderDecisionRejectedEmail: Localised<typeof English.renderDecisionRejectedEmail> = (input) => {
  const what = input.choice === "OPT_OUT" ? "откажете участие в" : "се включите отново в";
  return renderPlainEmail({
    subject: `Не можахме да приемем вашето решение ${input.reference}`,
    lines: [
      `На ${formatCalendarDate(input.decidedAt)} поискахте да ${what} обединеното досие за грижи (референтен номер ${input.reference}).`,
      "",
      input.isProxy
        ? "Проверихме доказателството, че можете да вземете това решение вместо човека, и не можахме да го приемем. Решението е оттеглено."
        : "Проверихме молбата ви и не можахме да я приемем. Решението е оттеглено.",
      "",
      ["Причината, с думите на нашия екип (на английски): ", { text: input.reason, lang: REASON_LANG }],
      "",
      ["Можете да вземете решението отново с правилното доказателство – с хартиения формуляр, по телефона или на нашия уебсайт: ", { href: input.links.site }],
      "",
      "Посочете референтния си номер, ако се свържете с нас.",
      "",
      `${SITE_TITLE}`,
    ],
  });
};
