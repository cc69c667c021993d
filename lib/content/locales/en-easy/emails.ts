import type * as English from "../../emails";
import { renderCallbackRequestEmail as renderEnglishCallbackRequestEmail, renderFactsEmail } from "../../emails";
import type { Localised } from "../../../i18n/localised";
import { asSentence, CONTACT_DETAILS } from "./contact-details";

/**
 * Sent to the joined-up record team, not to the resident, when someone asks
 * for a call back: staff read English, so it is the English email whatever
 * language the resident used (issue #17: staff pages stay English).
 */
export const renderCallbackRequestEmail: Localised<typeof English.renderCallbackRequestEmail> = (input) =>
  renderEnglishCallbackRequestEmail(input);

// PRODUCT.md, "Rules": this notice goes to every address that proved an
// earlier opt-out. It carries nothing the requester gave (no name, email or
// anything typed), only our reference and date, and what to do if it was not them.
/** Sent to every address that proved an earlier opt-out when someone asks to opt that person back in. */
export const renderOptInAttemptNotice: Localised<typeof English.renderOptInAttemptNotice> = (input) => {
  const title = "Someone has asked to opt back in to the joined-up care record";
  const why =
    input.basis.kind === "opt-out"
      ? `This email address was used to opt someone out of the North London joined-up care record. The reference number was ${input.basis.reference}. It was on ${input.basis.decidedOn}. Now someone has asked to opt the same person back in. That is why we are writing to you.`
      : "You made a choice about your joined-up care record with NHS login. Now someone has asked to opt you back in. That is why we are writing to you.";
  const whatHappens =
    input.outcome === "EFFECTIVE"
      ? "The request has started. Health and care staff can see the person's information in the record again."
      : "The request has not started. Our team will check it first. Until then, the person stays opted out.";
  const rows: [string, string][] = [
    ["Request reference number", input.requestReference],
    ["We got the request", input.receivedAt],
  ];
  const closing = [
    whatHappens,
    "Did you make this request, or agree to it? Then you do not need to do anything.",
    `Did you not? Then phone us on ${CONTACT_DETAILS.phone}. We answer ${asSentence(CONTACT_DETAILS.phoneHours)} Tell us the request reference number.`,
    ["You can also opt out again at any time on our website: ", { href: input.links.site }],
    "An opt-out starts straight away.",
    "We do not tell you who made the request.",
    "We never ask for your security code by phone or email.",
  ];
  // The subject names no one: subjects show in notifications and mail logs.
  return renderFactsEmail({ subject: `Request to opt back in: reference number ${input.requestReference}`, title, intro: [why], rows, closing });
};

/** Easy Read is English: its emails are laid out and marked as the English ones are (lang="en-GB"). */
export { renderFactsEmail, renderPlainEmail } from "../../emails";
