import { describe, expect, it } from "vitest";

import { emailLayout } from "../content/email-layout";
import { contentFor } from "../content/locales";
import { LOCALE_INFO, type Locale } from "../i18n/locales";
import { PUBLISHED_LOCALES } from "../i18n/published";
import { renderDecisionConfirmationEmail, type DecisionConfirmation } from "./decision-confirmation-email";
import { siteLinksFor } from "./site-links";

// Every email that sends a resident to the website or its contact page gives the
// address, in the email's language: written out in the plain text (so it works
// when pasted or when a mail reader makes it a link: nothing glued to its end),
// and a real link in the HTML whose text is the address.

/** The public address the emails are rendered with; the trailing slash must not double. */
const SITE_URL = "https://joined-up-record.nhs.example/";

/** What a resident in each published locale must be sent to: written out by hand, not derived. */
const EXPECTED: Record<string, { site: string; contact: string }> = {
  en: { site: "https://joined-up-record.nhs.example", contact: "https://joined-up-record.nhs.example/contact" },
  bn: { site: "https://joined-up-record.nhs.example/bn", contact: "https://joined-up-record.nhs.example/bn/contact" },
  bg: { site: "https://joined-up-record.nhs.example/bg", contact: "https://joined-up-record.nhs.example/bg/contact" },
  so: { site: "https://joined-up-record.nhs.example/so", contact: "https://joined-up-record.nhs.example/so/contact" },
  es: { site: "https://joined-up-record.nhs.example/es", contact: "https://joined-up-record.nhs.example/es/contact" },
  tr: { site: "https://joined-up-record.nhs.example/tr", contact: "https://joined-up-record.nhs.example/tr/contact" },
  "en-easy": { site: "https://joined-up-record.nhs.example/en-easy", contact: "https://joined-up-record.nhs.example/en-easy/contact" },
};

const CONFIRMATION: DecisionConfirmation = {
  reference: "ABCDEFGHJ",
  choice: "OPT_OUT",
  status: "EFFECTIVE",
  givenName: "Zoë",
  familyName: "Example",
  madeBy: "SELF",
  recordedAt: "1 December 2026 at 10:00am",
};

/** Every web address in a plain text, as a mail reader or a person copying it would take it: up to the next white space. */
const addressesIn = (text: string) => text.match(/https?:\/\/\S+/g) ?? [];
/** Every link in an HTML body, with its text. */
const linksIn = (html: string) => [...html.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map((match) => ({ href: match[1]!, text: match[2]! }));

function expectLinks(email: { text: string; html: string }, locale: Locale, wanted: readonly ("site" | "contact")[]): void {
  const expected = EXPECTED[locale]!;
  const addresses = wanted.map((name) => expected[name]);
  // The text names each address whole; nothing else in it looks like one, so no full stop or bracket is glued on.
  expect(addressesIn(email.text).sort()).toEqual([...addresses].sort());
  // The HTML links to each, with the address as the link's text, and to nothing else.
  expect(linksIn(email.html).sort((a, b) => a.href.localeCompare(b.href))).toEqual(addresses.map((href) => ({ href, text: href })).sort((a, b) => a.href.localeCompare(b.href)));
  expect(email.html).toContain(`<html lang="${LOCALE_INFO[locale].htmlLang}">`);
}

describe("the addresses emails send residents to", () => {
  it("lists every published locale", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...PUBLISHED_LOCALES].sort());
  });

  it("are the public site and its contact page in the email's language", () => {
    for (const locale of PUBLISHED_LOCALES) expect(siteLinksFor(locale, SITE_URL), locale).toEqual(EXPECTED[locale]);
    expect(siteLinksFor("bn", "http://localhost:3000")).toEqual({ site: "http://localhost:3000/bn", contact: "http://localhost:3000/bn/contact" });
    // A site served under a path keeps it.
    expect(siteLinksFor("tr", "https://example.nhs.uk/opt-out/")).toEqual({ site: "https://example.nhs.uk/opt-out/tr", contact: "https://example.nhs.uk/opt-out/tr/contact" });
  });
});

describe("every email that points to the website, in every published locale", () => {
  for (const locale of PUBLISHED_LOCALES) {
    const content = contentFor(locale);
    const links = siteLinksFor(locale, SITE_URL);

    it(`(${locale}) the confirmation of an opt-out and of an opt-in give the site's and the contact page's addresses`, () => {
      expectLinks(renderDecisionConfirmationEmail(CONFIRMATION, locale, { siteUrl: SITE_URL }), locale, ["site", "contact"]);
      expectLinks(renderDecisionConfirmationEmail({ ...CONFIRMATION, choice: "OPT_IN", status: "AWAITING_REVIEW" }, locale, { siteUrl: SITE_URL }), locale, ["site", "contact"]);
      // A proxy posting evidence: the postal address lines do not disturb the links.
      const proxy = renderDecisionConfirmationEmail({ ...CONFIRMATION, madeBy: "ATTORNEY", proxyName: "Pat <Okafor> & Co", postsEvidence: true }, locale, { siteUrl: SITE_URL });
      expectLinks(proxy, locale, ["site", "contact"]);
      expect(proxy.html).toContain("Pat &lt;Okafor&gt; &amp; Co");
    });

    it(`(${locale}) the email when a decision is not accepted gives the site's address`, () => {
      const email = content.evidenceRejectedEmail.renderDecisionRejectedEmail({
        reference: "ABC-DEF-GHJ", choice: "OPT_OUT", decidedAt: new Date("2026-11-20T10:00:00Z"), reason: "See https://not-a-link.example", isProxy: true, links,
      });
      // The reviewer's words are quoted as written, never made a link.
      expect(email.text).toContain("See https://not-a-link.example");
      expect(addressesIn(email.text)).toEqual(["https://not-a-link.example", EXPECTED[locale]!.site]);
      expect(linksIn(email.html)).toEqual([{ href: EXPECTED[locale]!.site, text: EXPECTED[locale]!.site }]);
      expect(email.html).toContain(`<html lang="${LOCALE_INFO[locale].htmlLang}">`);
    });

    it(`(${locale}) the notice that someone asked to opt back in gives the site's address, for both reasons and outcomes`, () => {
      for (const basis of [{ kind: "nhs-login" as const }, { kind: "opt-out" as const, reference: "ABC-DEF-GHJ", decidedOn: "1 July 2026" }]) {
        for (const outcome of ["EFFECTIVE", "AWAITING_REVIEW"] as const) {
          const email = content.emails.renderOptInAttemptNotice({ requestReference: "KLM-NPQ-RST", receivedAt: "1 December 2026", outcome, basis, links });
          expectLinks(email, locale, ["site"]);
          // Why we are writing comes before the facts, in the HTML as in the text.
          expect(email.html.indexOf("<table>")).toBeGreaterThan(email.html.indexOf("<p>"));
        }
      }
    });
  }
});

describe("a link in the email layout", () => {
  const { renderPlainEmail, renderFactsEmail } = emailLayout({ lang: "bn" });
  const href = 'https://example.org/?a=1&b="2"';

  it("is escaped in the HTML and written out as it is in the text", () => {
    const plain = renderPlainEmail({ subject: "S", lines: [["See ", { href }], "", "Next"] });
    expect(plain.text).toBe(`See ${href}\n\nNext`);
    expect(plain.html).toContain('<p>See <a href="https://example.org/?a=1&amp;b=&quot;2&quot;">https://example.org/?a=1&amp;b=&quot;2&quot;</a></p><p>Next</p>');
  });

  it("ends its paragraph in a facts email, each closing line a paragraph as in the text", () => {
    const facts = renderFactsEmail({ subject: "S", title: "T", intro: ["Why"], rows: [["K", "V"]], closing: [["Site: ", { href: "https://example.org/bn" }], "Call us."] });
    expect(facts.text).toBe("T\n\nWhy\n\nK: V\n\nSite: https://example.org/bn\n\nCall us.");
    expect(facts.html).toMatch(/<h1[^>]*>T<\/h1><p>Why<\/p><table>.*<\/table><p>Site: <a href="https:\/\/example\.org\/bn">https:\/\/example\.org\/bn<\/a><\/p><p>Call us\.<\/p><\/body>/);
  });
});
