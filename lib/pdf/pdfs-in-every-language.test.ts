import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { contentFor, LOCALES_WITH_CONTENT } from "../content/locales";
import { LOCALE_INFO } from "../i18n/locales";
import { renderExcludedInformationPdf } from "./render-excluded-information-pdf";
import { renderLeafletPdf } from "./render-leaflet-pdf";
import { renderPaperFormPdf } from "./render-paper-form-pdf";
import { LARGE_PRINT_MINIMUM, MINIMUM_BODY_SIZE } from "./print-profile";
import { missingGlyphs, textSizes } from "./testing/read-pdf";

// Every published language's leaflet, left-out list and paper form (issue #17
// "Done when"): tagged in its language, its own words given back by pdftotext
// (the translation's titles, headings, table and questions), every font
// embedded, no text below the locale's smallest size. Read with poppler-utils,
// as the other PDF tests do.

const work = mkdtempSync(path.join(tmpdir(), "pdfs-in-every-language-"));
const SITE_URL = "https://joined-up-record.example.org";

function read(name: string, pdf: Buffer, smallest: number): { text: string; drawnText: string; fonts: string; raw: string } {
  const file = path.join(work, name);
  // No text smaller than the locale's minimum (14 pt for Easy Read) or, in large print, 16 pt.
  expect(Math.min(...textSizes(pdf)), `${name}: smallest text`).toBeGreaterThanOrEqual(smallest);
  writeFileSync(file, pdf);
  // Every character of the translation drawn with a real glyph, none as an empty box.
  expect(missingGlyphs(pdf), `${name}: characters with no glyph`).toBe(0);
  return {
    text: execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " "),
    // In the order drawn: a table's wrapped cell stays whole rather than interleaved with its neighbour's lines.
    drawnText: execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " "),
    fonts: execFileSync("pdffonts", [file], { encoding: "utf8" }),
    raw: pdf.toString("latin1"),
  };
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** Every font pdffonts lists is embedded Noto Sans. */
function expectOnlyEmbeddedNoto(fonts: string, label: string): void {
  const rows = fonts.split("\n").slice(2).filter((line) => line.trim());
  expect(rows.length, label).toBeGreaterThan(0);
  for (const row of rows) expect(row, label).toMatch(/^[A-Z]{6}\+NotoSans(Bengali)?-(Regular|Bold)\s.*\byes\s+yes\s+yes\b/);
}

describe.each(LOCALES_WITH_CONTENT.map((locale) => [locale]))("the PDFs in %s", (locale) => {
  const content = contentFor(locale);
  /** Every address of the site printed in the document leads to the page in the document's language ("…/bn/your-choice"). */
  const expectSiteAddressesInTheLanguage = (text: string, label: string) => {
    const printed = [...text.matchAll(new RegExp(`${SITE_URL.replace(/[.]/g, "\\.")}(/[^\\s)]*)?`, "g"))].map((match) => match[1] ?? "");
    expect(printed.length, label).toBeGreaterThan(0);
    const prefix = LOCALE_INFO[locale].prefix;
    for (const path of printed) {
      if (prefix) expect(path === prefix || path.startsWith(`${prefix}/`), `${label}: ${SITE_URL}${path}`).toBe(true);
      else expect(path, `${label}: ${SITE_URL}${path}`).not.toMatch(/^\/(bn|bg|so|es|tr|en-easy|en-xa)(\/|$)/);
    }
  };
  const options = { siteUrl: SITE_URL, locale, content };

  it("the leaflet: its language, its title, every page's title and section heading, and the contact details", async () => {
    const { LEAFLET } = content.leaflet;
    const pdf = read(`${locale}-leaflet.pdf`, await renderLeafletPdf(options), MINIMUM_BODY_SIZE[locale]);
    expect(pdf.raw).toContain(`/Lang (${LOCALE_INFO[locale].htmlLang})`);
    expect(pdf.text).toContain(squash(LEAFLET.title));
    for (const page of LEAFLET.pages) {
      expect(pdf.text, page.title).toContain(squash(page.title));
      for (const section of page.sections) expect(pdf.text, section.heading).toContain(squash(section.heading));
    }
    expect(pdf.text).toContain(content.contactDetails.CONTACT_DETAILS.phone);
    expectSiteAddressesInTheLanguage(pdf.text, `${locale} leaflet`);
    expectOnlyEmbeddedNoto(pdf.fonts, `${locale} leaflet`);
  }, 60_000);

  it("the left-out list: its title and every row of its table", async () => {
    const { EXCLUDED_INFORMATION, EXCLUDED_INFORMATION_DOWNLOAD } = content.whatsLeftOut;
    const pdf = read(`${locale}-left-out.pdf`, await renderExcludedInformationPdf(options), MINIMUM_BODY_SIZE[locale]);
    expect(pdf.raw).toContain(`/Lang (${LOCALE_INFO[locale].htmlLang})`);
    expect(pdf.text).toContain(squash(EXCLUDED_INFORMATION_DOWNLOAD.title));
    for (const item of EXCLUDED_INFORMATION) {
      expect(pdf.drawnText, item.code).toContain(squash(item.category));
      expect(pdf.drawnText, item.code).toContain(squash(item.includes));
    }
    expectOnlyEmbeddedNoto(pdf.fonts, `${locale} left-out list`);
  }, 60_000);

  it("the paper form, normal and large print: its questions, choices and boxes' labels", async () => {
    const { DECISION, PAPER_FORM, WHO_FOR } = content.choice;
    for (const largePrint of [false, true]) {
      const pdf = read(`${locale}-form.pdf`, (await renderPaperFormPdf({ ...options, largePrint })).pdf, largePrint ? LARGE_PRINT_MINIMUM : MINIMUM_BODY_SIZE[locale]);
      expect(pdf.raw).toContain(`/Lang (${LOCALE_INFO[locale].htmlLang})`);
      for (const words of [PAPER_FORM.title, ...Object.values(PAPER_FORM.sections), ...Object.values(PAPER_FORM.fields), ...DECISION.options.map((option) => option.label), ...WHO_FOR.options.map((option) => option.label)]) {
        expect(pdf.text, words).toContain(squash(words));
      }
      expectSiteAddressesInTheLanguage(pdf.text, `${locale} paper form`);
      // The post room reads the form's language in English, under the barcode, and tagged as English.
      expect(pdf.text).toContain(`Office use: this form is in ${LOCALE_INFO[locale].englishName}.`);
      expect(pdf.raw).toContain("/Lang (en-GB)");
      expectOnlyEmbeddedNoto(pdf.fonts, `${locale} paper form`);
    }
  }, 60_000);
});
