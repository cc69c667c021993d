import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import type * as Locales from "@/lib/content/locales";
import { DEFAULT_PROGRAMME_FACTS } from "@/lib/content/programme-schema";
import type { InformationPage } from "@/lib/content/types";
import type { Locale } from "@/lib/i18n/locales";
import { PUBLISHED_LOCALES } from "@/lib/i18n/published";
import { OPERATOR_WORDS, operatorFacts, useProgrammeFacts, restoreProgrammeFactsAfterAll } from "@/lib/i18n/testing/operator-english";

import { AddressLines } from "./address-lines";
import { ContentBlocks } from "./content-blocks";

// WCAG 2.2 SC 3.1.2 (Language of Parts), found by an outside tester: on a
// translated page, a programme fact the operator has changed is shown in their
// English (lib/i18n/programme-text.ts), so it must sit in an element with
// lang="en-GB", or a screen reader reads English words with a Bengali voice.
// Facts still at their default are shown translated and carry no mark; English
// and Easy Read pages are en-GB already and carry none.

const TRANSLATED = PUBLISHED_LOCALES.filter((locale) => locale !== "en" && locale !== "en-easy");
restoreProgrammeFactsAfterAll();

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#x27": "'", "#39": "'", nbsp: "\u00a0" };

/** Every text node of some markup with the lang in force there (undefined: the page's own). */
function textLanguages(markup: string): { text: string; lang: string | undefined }[] {
  const open: { tag: string; lang: string | undefined }[] = [];
  const texts: { text: string; lang: string | undefined }[] = [];
  for (const match of markup.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*?)(\/?)>|([^<]+)/g)) {
    const [, closing, tag, attributes, selfClosing, text] = match;
    if (text !== undefined) {
      texts.push({ text: text.replace(/&(#?\w+);/g, (entity, name: string) => ENTITIES[name] ?? entity), lang: open.at(-1)?.lang });
    } else if (closing) {
      while (open.length > 0 && open.pop()!.tag !== tag);
    } else if (!selfClosing && !VOID.has(tag!.toLowerCase())) {
      open.push({ tag: tag!, lang: /\slang="([^"]*)"/.exec(attributes!)?.[1] ?? open.at(-1)?.lang });
    }
  }
  return texts;
}

/** The languages of the text nodes holding some words; fails when no text node holds them. */
function languagesOf(markup: string, words: string): (string | undefined)[] {
  const found = textLanguages(markup).filter((node) => node.text.includes(words));
  expect(found.length, `"${words}" on the page`).toBeGreaterThan(0);
  return found.map((node) => node.lang);
}

/** The pages that show programme facts, rendered as the information pages render their sections. */
function renderPages(locale: Locale, content: ReturnType<typeof Locales.contentFor>): string {
  const pages: InformationPage[] = [
    content.whatsLeftOut.WHATS_LEFT_OUT_PAGE,
    content.whoCanSeeIt.WHO_CAN_SEE_IT_PAGE,
    content.privacy.PRIVACY_PAGE,
    content.contact.CONTACT_PAGE,
    content.yourChoice.YOUR_CHOICE_PAGE,
  ];
  return pages
    .flatMap((page) => page.sections)
    .map((section) =>
      renderToStaticMarkup(
        <NextIntlClientProvider locale={locale}>
          <ContentBlocks blocks={section.blocks} idPrefix={section.id} insetPrefix={content.site.INSET_TEXT_PREFIX} warningPrefix={content.site.WARNING_CALLOUT_PREFIX} />
        </NextIntlClientProvider>,
      ),
    )
    .join("\n");
}

describe("an operator's English programme facts on translated pages", () => {
  for (const locale of TRANSLATED) {
    it(`are marked lang="en-GB" on the ${locale} pages, and the translated facts are not`, async () => {
      useProgrammeFacts(operatorFacts());
      const { contentFor } = (await import("@/lib/content/locales")) as typeof Locales;
      const content = contentFor(locale);
      const markup = renderPages(locale, content);
      const translation = content.programmeText.PROGRAMME_TEXT;

      // The operator's words: the phone hours (contact page and "Your choice"), the officer's name
      // inside a translated sentence, a table row of the left-out list, a role's list item.
      expect(languagesOf(markup, OPERATOR_WORDS.phoneHours)).toEqual(["en-GB", "en-GB"]);
      expect(languagesOf(markup, OPERATOR_WORDS.dataProtectionOfficerName)).toEqual(["en-GB"]);
      expect(markup).toContain(`<span lang="en-GB">${OPERATOR_WORDS.dataProtectionOfficerName}</span>`);
      expect(languagesOf(markup, OPERATOR_WORDS.excludedIncludes)).toEqual(["en-GB"]);
      expect(markup).toMatch(new RegExp(`<td class="nhsuk-table__cell" lang="en-GB">${OPERATOR_WORDS.excludedIncludes}</td>`));
      expect(markup).toMatch(/<th class="nhsuk-table__header" scope="row" lang="en-GB">Sexual health<\/th>/);
      expect(markup).toMatch(new RegExp(`<li lang="en-GB">GPs: ${OPERATOR_WORDS.roleSees} `));

      expect(markup).toContain(`<p lang="en-GB">${OPERATOR_WORDS.postalAddress.join(", ")}</p>`);

      // Facts still at their default are in the page's language, unmarked.
      const unchanged = [translation.excludedInformation.FERTILITY!.includes, translation.roles[1]!.sees, ...translation.dataControllers];
      for (const words of unchanged) expect(languagesOf(markup, words), words).toEqual(languagesOf(markup, words).map(() => undefined));
      // Nothing else is marked.
      expect(markup.match(/ lang="/g)).toHaveLength(7);
    });

    it(`mark the operator's English address where to post evidence, and the hours after a call-back request, on the ${locale} pages`, async () => {
      useProgrammeFacts(operatorFacts());
      const { contentFor } = (await import("@/lib/content/locales")) as typeof Locales;
      const { browserJourneyWords } = await import("@/lib/choice/journey-words");
      const content = contentFor(locale);
      // The evidence step's address, from the words its form gets in the browser.
      const address = renderToStaticMarkup(<AddressLines lines={browserJourneyWords(content).RETURN_ADDRESS} />);
      for (const line of OPERATOR_WORDS.postalAddress) expect(languagesOf(address, line)).toEqual(["en-GB"]);
      // The call-back page says when to ring if the team cannot reach you.
      expect(content.contact.CALLBACK_REQUESTED_PAGE.next[0]).toContainEqual({ text: OPERATOR_WORDS.phoneHours, lang: "en-GB" });
    });
  }

  for (const locale of ["en", "en-easy"] as const) {
    it(`are not marked on the ${locale} pages, which are English already`, async () => {
      useProgrammeFacts(operatorFacts());
      const { contentFor } = (await import("@/lib/content/locales")) as typeof Locales;
      const markup = renderPages(locale, contentFor(locale));
      expect(languagesOf(markup, OPERATOR_WORDS.phoneHours).length).toBeGreaterThan(0);
      expect(markup).not.toContain(" lang=");
    });
  }

  it("leave every page unmarked while every fact is its default", async () => {
    useProgrammeFacts(DEFAULT_PROGRAMME_FACTS);
    const { contentFor } = (await import("@/lib/content/locales")) as typeof Locales;
    for (const locale of PUBLISHED_LOCALES) expect(renderPages(locale, contentFor(locale)), locale).not.toContain(" lang=");
  });
});
