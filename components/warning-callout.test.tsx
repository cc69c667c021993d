import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { contentFor } from "@/lib/content/locales";
import { PUBLISHED_LOCALES } from "@/lib/i18n/published";

import { ContentBlocks } from "./content-blocks";
import { WarningCallout } from "./warning-callout";

// Screen readers hear a hidden word before a warning callout's heading ("Important: "), and it
// must be in the page's language, as every other hidden word is (issue: English heard on translated pages).

/** The visually hidden texts in some markup. */
function hiddenTexts(markup: string): string[] {
  return [...markup.matchAll(/<span class="nhsuk-u-visually-hidden">([^<]*)<\/span>/g)].map((match) => match[1]!);
}

describe("the warning callout's hidden prefix", () => {
  for (const locale of PUBLISHED_LOCALES) {
    it(`is said in ${locale} on the ${locale} information pages' warnings`, () => {
      const content = contentFor(locale);
      const pages = [content.yourChoice.YOUR_CHOICE_PAGE, content.whatsLeftOut.WHATS_LEFT_OUT_PAGE, content.whoCanSeeIt.WHO_CAN_SEE_IT_PAGE, content.whenItStarts.WHEN_IT_STARTS_PAGE];
      const warnings = pages.flatMap((page) => page.sections.flatMap((section) => section.blocks)).filter((block) => block.kind === "warning");
      // The emergency warning on "Your choice", and the example-data warnings while the programme's lists are examples.
      expect(warnings.length).toBeGreaterThan(1);
      const word = content.site.WARNING_CALLOUT_PREFIX.replace(/[\s:]+$/u, "");
      for (const warning of warnings) {
        const markup = renderToStaticMarkup(
          <ContentBlocks blocks={[warning]} idPrefix="test" insetPrefix={content.site.INSET_TEXT_PREFIX} warningPrefix={content.site.WARNING_CALLOUT_PREFIX} />,
        );
        for (const hidden of hiddenTexts(markup)) expect(hidden).toBe(content.site.WARNING_CALLOUT_PREFIX);
        // What a screen reader reads as the heading: the word once, in the page's language.
        const heard = /<h3 class="nhsuk-card__heading">(.*?)<\/h3>/.exec(markup)![1]!.replace(/<[^>]+>/g, "");
        expect(heard.toLocaleLowerCase()).toContain(word.toLocaleLowerCase());
        if (locale !== "en" && locale !== "en-easy") expect(heard).not.toMatch(/\bimportant\b/i);
      }
    });
  }

  it("is translated in every language but the English ones", () => {
    const english = contentFor("en").site.WARNING_CALLOUT_PREFIX;
    expect(english).toBe("Important: ");
    for (const locale of PUBLISHED_LOCALES) {
      const prefix = contentFor(locale).site.WARNING_CALLOUT_PREFIX;
      if (locale === "en" || locale === "en-easy") expect(prefix).toBe(english);
      else expect(prefix, locale).not.toBe(english);
    }
  });

  it("is left out when the heading already says it, in the heading's language", () => {
    expect(hiddenTexts(renderToStaticMarkup(<WarningCallout heading="Önemli bilgi" visuallyHiddenPrefix="Önemli: ">x</WarningCallout>))).toEqual([]);
    expect(hiddenTexts(renderToStaticMarkup(<WarningCallout heading="Important information">x</WarningCallout>))).toEqual([]);
    expect(hiddenTexts(renderToStaticMarkup(<WarningCallout heading="Kişisel bilgiler" visuallyHiddenPrefix="Önemli: ">x</WarningCallout>))).toEqual(["Önemli: "]);
  });
});
