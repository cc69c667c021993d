import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { contentFor } from "@/lib/content/locales";
import { PUBLISHED_LOCALES } from "@/lib/i18n/published";

import { SummaryList } from "./summary-list";

// A screen reader hears each "Change" link with the answer it changes. The answer's label is said as
// written: lowercased, "NHS number" became "nhs number", and Turkish "İ" lowercases wrongly without a locale.

const hiddenTexts = (markup: string) => [...markup.matchAll(/<span class="nhsuk-u-visually-hidden">([^<]*)<\/span>/g)].map((match) => match[1]!.trim());

describe("the summary list's Change links", () => {
  for (const locale of PUBLISHED_LOCALES) {
    it(`name the answer they change with its label as written in ${locale}`, () => {
      const rows = Object.values(contentFor(locale).choice.CHECK_ANSWERS.rows).filter((label): label is string => typeof label === "string");
      expect(rows.length).toBeGreaterThan(3);
      const markup = renderToStaticMarkup(
        <NextIntlClientProvider locale={locale}>
          <SummaryList rows={rows.map((key) => ({ key, value: "x", change: { href: "/choice/opt-out/name?change=1", text: "Change" } }))} />
        </NextIntlClientProvider>,
      );
      expect(hiddenTexts(markup)).toEqual(rows);
    });
  }
});
