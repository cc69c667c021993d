import type * as English from "../../evidence-rejected-email";
import { REASON_LANG } from "../../evidence-rejected-email";
import type { Localised } from "../../../i18n/localised";
import { formatCalendarDate } from "./dates";
import { renderPlainEmail } from "./emails";
import { SITE_TITLE } from "./site";

// Sent to the person who made a decision for someone else (or to the person
// themself, for an opt-in awaiting review) when staff do not accept it. The
// reason is staff's own words, as they wrote them.

export const renderDecisionRejectedEmail: Localised<typeof English.renderDecisionRejectedEmail> = (input) => {
  const what = input.choice === "OPT_OUT" ? "excluirse del" : "volver a incluirse en el";
  return renderPlainEmail({
    subject: `No hemos podido aceptar su decisión ${input.reference}`,
    lines: [
      `El ${formatCalendarDate(input.decidedAt)} pidió ${what} registro integrado de salud y asistencia social (referencia ${input.reference}).`,
      "",
      input.isProxy
        ? "Hemos revisado los documentos que demuestran que puede tomar esta decisión en nombre de la persona, y no hemos podido aceptarlos. La decisión se ha retirado."
        : "Hemos revisado su solicitud y no hemos podido aceptarla. La decisión se ha retirado.",
      "",
      ["El motivo, en palabras de nuestro equipo (en inglés): ", { text: input.reason, lang: REASON_LANG }],
      "",
      ["Puede volver a tomar la decisión con los documentos justificativos correctos, con el formulario en papel, por teléfono o en nuestro sitio web: ", { href: input.links.site }],
      "",
      "Indique su referencia si se pone en contacto con nosotros.",
      "",
      `${SITE_TITLE}`,
    ],
  });
};
