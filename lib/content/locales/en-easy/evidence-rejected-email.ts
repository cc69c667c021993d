import type * as English from "../../evidence-rejected-email";
import { REASON_LANG } from "../../evidence-rejected-email";
import { renderPlainEmail } from "../../emails";
import type { Localised } from "../../../i18n/localised";
import { formatCalendarDate } from "./dates";
import { SITE_TITLE } from "./site";

// Sent to the person who made a choice for someone else (or to the person
// themself, for an opt-in waiting to be checked) when staff do not accept it.

export const renderDecisionRejectedEmail: Localised<typeof English.renderDecisionRejectedEmail> = (input) => {
  const what = input.choice === "OPT_OUT" ? "opt out of" : "opt back in to";
  return renderPlainEmail({
    subject: `We could not accept your choice ${input.reference}`,
    lines: [
      `On ${formatCalendarDate(input.decidedAt)} you asked to ${what} the joined-up care record.`,
      `The reference number is ${input.reference}.`,
      "",
      input.isProxy
        ? "We checked your proof that you can make this choice for the person. We could not accept it. We have cancelled the choice."
        : "We checked your request. We could not accept it. We have cancelled the choice.",
      "",
      ["Why, in our team's words: ", { text: input.reason, lang: REASON_LANG }],
      "",
      ["You can make the choice again with the right proof. You can do it on the paper form, by phone or on our website: ", { href: input.links.site }],
      "",
      "If you contact us, tell us your reference number.",
      "",
      `${SITE_TITLE}`,
    ],
  });
};
