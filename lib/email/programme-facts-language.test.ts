import { describe, expect, it } from "vitest";

import type { RenderedEmail } from "../content/email-layout";
import type { Locale } from "../i18n/locales";
import { PUBLISHED_LOCALES } from "../i18n/published";
import { OPERATOR_WORDS, operatorFacts, useProgrammeFacts, restoreProgrammeFactsAfterAll } from "../i18n/testing/operator-english";
import type { DecisionConfirmation } from "./decision-confirmation-email";

// WCAG 2.2 SC 3.1.2 (Language of Parts) in the emails, as on the pages and PDFs: a programme
// fact the operator has changed is their English (lib/i18n/programme-text.ts), so in a translated
// email it sits in <span lang="en-GB">, or a screen reader reads it with the email's voice. Facts
// still at their default are translated and unmarked; English and Easy Read emails carry no mark.

const TRANSLATED = PUBLISHED_LOCALES.filter((locale) => locale !== "en" && locale !== "en-easy");
restoreProgrammeFactsAfterAll();

const PROXY_POSTING_EVIDENCE: DecisionConfirmation = {
  reference: "ABCDEFGHJ",
  choice: "OPT_OUT",
  status: "AWAITING_REVIEW",
  givenName: "Zoë",
  familyName: "Example",
  madeBy: "ATTORNEY",
  proxyName: "Pat Example",
  recordedAt: "1 December 2026 at 10:00am",
  postsEvidence: true,
};

/** The confirmation for a proxy posting evidence (phone hours and return address) and the opt-in notice (phone hours), with the facts in force. */
async function emailsIn(locale: Locale): Promise<RenderedEmail[]> {
  const { renderDecisionConfirmationEmail } = await import("./decision-confirmation-email");
  const { contentFor } = await import("../content/locales");
  const links = { site: "https://joined-up-record.nhs.example", contact: "https://joined-up-record.nhs.example/contact" };
  return [
    renderDecisionConfirmationEmail(PROXY_POSTING_EVIDENCE, locale, { siteUrl: links.site }),
    contentFor(locale).emails.renderOptInAttemptNotice({ requestReference: "KLM-NPQ-RST", receivedAt: "1 December 2026", outcome: "EFFECTIVE", basis: { kind: "nhs-login" }, links }),
  ];
}

const marked = (words: string) => `<span lang="en-GB" style="white-space:pre-wrap">${words}</span>`;

describe("the operator's English in a translated email", () => {
  for (const locale of TRANSLATED) {
    it(`(${locale}) is marked lang="en-GB": the phone hours in every email, and each line of the return address`, async () => {
      useProgrammeFacts(operatorFacts());
      const [confirmation, notice] = await emailsIn(locale);
      for (const email of [confirmation!, notice!]) {
        expect(email.html).toContain(marked(OPERATOR_WORDS.phoneHours));
        expect(email.text).toContain(OPERATOR_WORDS.phoneHours);
      }
      // Each line of the address marked, and on a line of its own in the HTML too.
      expect(confirmation!.html).toContain(OPERATOR_WORDS.postalAddress.map(marked).join("<br>"));
      // The address is still written a line at a time in the plain text.
      expect(confirmation!.text).toContain(OPERATOR_WORDS.postalAddress.join("\n"));
    });

    it(`(${locale}) is not there while the facts are the defaults: nothing is marked`, async () => {
      useProgrammeFacts(structuredClone((await import("../content/programme-schema")).DEFAULT_PROGRAMME_FACTS));
      for (const email of await emailsIn(locale)) expect(email.html).not.toContain('<span lang="');
    });
  }

  for (const locale of ["en", "en-easy"] as const) {
    it(`(${locale}) needs no mark: the email is English already`, async () => {
      useProgrammeFacts(operatorFacts());
      const emails = await emailsIn(locale);
      for (const email of emails) {
        expect(email.html).toContain(OPERATOR_WORDS.phoneHours);
        expect(email.html).not.toContain('<span lang="');
      }
      // The return address keeps its lines in the HTML, as on an envelope.
      expect(emails[0]!.html).toContain(OPERATOR_WORDS.postalAddress.join("<br>"));
    });
  }
});
