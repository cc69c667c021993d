import { renderPlainEmail, type RenderedEmail } from "./emails";
import { formatCalendarDate } from "./dates";
import { SITE_TITLE } from "./site";

// Sent to the person who made a decision for someone else (or to the person
// themself, for an opt-in awaiting review) when staff do not accept it.

export function renderDecisionRejectedEmail(input: {
  reference: string;
  choice: "OPT_OUT" | "OPT_IN";
  decidedAt: Date;
  reason: string;
  isProxy: boolean;
}): RenderedEmail {
  const what = input.choice === "OPT_OUT" ? "opt out of" : "opt back in to";
  return renderPlainEmail({
    subject: `We could not accept your decision ${input.reference}`,
    lines: [
      `You asked on ${formatCalendarDate(input.decidedAt)} to ${what} the joined-up care record (reference ${input.reference}).`,
      "",
      input.isProxy
        ? "We checked the evidence that you can make this decision for the person, and we could not accept it. The decision has been withdrawn."
        : "We checked your request and could not accept it. The decision has been withdrawn.",
      "",
      `Why: ${input.reason}`,
      "",
      "You can make the decision again with the right evidence, on our website, on the paper form or by phone. Quote your reference if you contact us.",
      "",
      `${SITE_TITLE}`,
    ],
  });
}
