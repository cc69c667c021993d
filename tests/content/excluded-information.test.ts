import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";

import { contentFor } from "@/lib/content/locales";
import { EXCLUDED_INFORMATION } from "@/lib/content/whats-left-out";
import { renderExcludedInformationCsv } from "@/lib/downloads/render-excluded-information-csv";
import { PUBLISHED_LOCALES } from "@/lib/i18n/published";

const renderEnglishCsv = () => renderExcludedInformationCsv(contentFor("en"));

describe("the list of information left out", () => {
  for (const locale of PUBLISHED_LOCALES) {
    it(`is the same in the ${locale} CSV as on the ${locale} page, with the same codes as in English`, () => {
      const { EXCLUDED_INFORMATION_DOWNLOAD, WHATS_LEFT_OUT_PAGE } = contentFor(locale).whatsLeftOut;
      const rows: string[][] = parse(renderExcludedInformationCsv(contentFor(locale)), { bom: true });
      expect(rows[0]).toEqual([...EXCLUDED_INFORMATION_DOWNLOAD.csvHeader]);
      const pageTable = WHATS_LEFT_OUT_PAGE.sections.flatMap((section) => section.blocks).find((block) => block.kind === "table");
      expect(pageTable?.kind === "table" && pageTable.rows).toEqual(rows.slice(1).map(([, category, includes]) => [category, includes]));
      expect(rows.slice(1).map(([code]) => code)).toEqual(EXCLUDED_INFORMATION.map((item) => item.code));
    });
  }

  it("names the four examples the residents' page gives", () => {
    const categories = EXCLUDED_INFORMATION.map((item) => item.category.toLowerCase());
    for (const required of ["sexual health", "fertility treatment", "domestic violence", "criminal records"]) {
      expect(categories).toContain(required);
    }
    expect(new Set(EXCLUDED_INFORMATION.map((item) => item.code)).size).toBe(EXCLUDED_INFORMATION.length);
  });

  it("quotes fields so commas and quotes survive a spreadsheet", () => {
    const rows: string[][] = parse(renderEnglishCsv(), { bom: true });
    expect(rows.slice(1).every((row) => row.length === 4)).toBe(true);
  });

  it("says on every row of the CSV that the default list is an example, not yet confirmed", () => {
    const rows: string[][] = parse(renderEnglishCsv(), { bom: true });
    expect(new Set(rows.slice(1).map((row) => row[3]))).toEqual(new Set(["example, not yet confirmed"]));
  });
});
