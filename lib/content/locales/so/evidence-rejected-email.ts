import type * as English from "../../evidence-rejected-email";
import { REASON_LANG } from "../../evidence-rejected-email";
import type { Localised } from "../../../i18n/localised";
import { formatCalendarDate } from "./dates";
import { renderPlainEmail } from "./emails";
import { SITE_TITLE } from "./site";

// Sent to the person who made a decision for someone else (or to the person
// themself, for an opt-in awaiting review) when staff do not accept it. The
// reason is the staff member's own words, quoted as they wrote them.

export const renderDecisionRejectedEmail: Localised<typeof English.renderDecisionRejectedEmail> = (input) => {
  const what = input.choice === "OPT_OUT" ? "inaad ka baxdo" : "inaad dib ugu soo biirto";
  return renderPlainEmail({
    subject: `Ma aqbali karin go'aankaaga ${input.reference}`,
    lines: [
      `${formatCalendarDate(input.decidedAt)} waxaad codsatay ${what} diiwaanka daryeelka ee isku xiran (tixraac ${input.reference}).`,
      "",
      input.isProxy
        ? "Waxaan hubinnay caddaynta ah inaad qofka u samayn karto go'aankan, mana aqbali karin. Go'aanka waa laga noqday."
        : "Waxaan hubinnay codsigaaga, mana aqbali karin. Go'aanka waa laga noqday.",
      "",
      ["Sababta, sida kooxdayadu u qortay (af-Ingiriisi): ", { text: input.reason, lang: REASON_LANG }],
      "",
      ["Waxaad mar kale samayn kartaa go'aanka adigoo haysta caddaynta saxda ah, foomka warqadda ah, taleefan ama websaydhkayaga: ", { href: input.links.site }],
      "",
      "Sheeg tixraacaaga haddii aad nala soo xiriirto.",
      "",
      `${SITE_TITLE}`,
    ],
  });
};
