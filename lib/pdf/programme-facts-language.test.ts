import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { DEFAULT_PROGRAMME_FACTS } from "../content/programme-schema";
import { LOCALE_INFO } from "../i18n/locales";
import { PUBLISHED_LOCALES } from "../i18n/published";
import { OPERATOR_WORDS, operatorFacts, useProgrammeFacts, restoreProgrammeFactsAfterAll } from "../i18n/testing/operator-english";
import { taggedTexts } from "./testing/read-pdf";

// WCAG 2.2 SC 3.1.2 in the PDFs (PDF/UA: a change of language is marked with
// /Lang): in a translated leaflet, left-out list or paper form, the operator's
// English programme facts are in structure elements whose /Lang is en-GB (the
// P, LI, TH or TD holding only them, or a Span inside a translated sentence),
// and nothing else is, but the paper form's English line for the post room.
// Read from the saved file with poppler-utils, as the other PDF tests do.

const TRANSLATED = PUBLISHED_LOCALES.filter((locale) => locale !== "en" && locale !== "en-easy");
const SITE_URL = "https://joined-up-record.example.org";
const work = mkdtempSync(path.join(tmpdir(), "programme-facts-language-"));
restoreProgrammeFactsAfterAll();

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** The document's text as runs in one language: neighbouring pieces of text in the same language joined. */
function languageRuns(pdf: Buffer, name: string): { text: string; lang: string }[] {
  const file = path.join(work, name);
  writeFileSync(file, pdf);
  const runs: { text: string; lang: string }[] = [];
  for (const piece of taggedTexts(pdf, file)) {
    const last = runs.at(-1);
    if (last && last.lang === piece.lang) last.text += piece.text;
    else runs.push({ text: piece.text, lang: piece.lang });
  }
  return runs.map((run) => ({ text: squash(run.text), lang: run.lang }));
}

/** The PDFs in a locale, rendered with the facts in force now (modules loaded afresh). */
async function renderPdfs(locale: (typeof TRANSLATED)[number]): Promise<Record<"leaflet" | "left-out list" | "paper form", Buffer>> {
  const { contentFor } = await import("../content/locales");
  const { renderLeafletPdf } = await import("./render-leaflet-pdf");
  const { renderExcludedInformationPdf } = await import("./render-excluded-information-pdf");
  const { renderPaperFormPdf } = await import("./render-paper-form-pdf");
  const options = { siteUrl: SITE_URL, locale, content: contentFor(locale) };
  return {
    leaflet: await renderLeafletPdf(options),
    "left-out list": await renderExcludedInformationPdf(options),
    "paper form": (await renderPaperFormPdf(options)).pdf,
  };
}

const OFFICE_USE = /^Office use: this form is in [A-Za-z]+\.$/;

describe("an operator's English programme facts in translated PDFs", () => {
  const gp = DEFAULT_PROGRAMME_FACTS.roles.items[0]!;
  const sexualHealth = DEFAULT_PROGRAMME_FACTS.excludedInformation.items[0]!;
  /** Every run of the operator's English, as printed: the whole changed role and left-out row. */
  const operatorEnglish = [
    OPERATOR_WORDS.phoneHours,
    `${gp.role}: ${OPERATOR_WORDS.roleSees} ${gp.why}`,
    sexualHealth.category,
    OPERATOR_WORDS.excludedIncludes,
    ...OPERATOR_WORDS.postalAddress,
  ];
  const expected = {
    leaflet: [OPERATOR_WORDS.phoneHours, OPERATOR_WORDS.roleSees, OPERATOR_WORDS.excludedIncludes, OPERATOR_WORDS.postalAddress.join(", ")],
    "left-out list": [OPERATOR_WORDS.excludedIncludes],
    // The return address line by line, as pdfinfo reads lines broken at "\n" (with no space between).
    "paper form": [OPERATOR_WORDS.phoneHours, ...OPERATOR_WORDS.postalAddress],
  };

  for (const locale of TRANSLATED) {
    it(`are tagged /Lang en-GB in the ${locale} leaflet, left-out list and paper form, and nothing else is`, async () => {
      useProgrammeFacts(operatorFacts());
      const pdfs = await renderPdfs(locale);
      const documentLang = LOCALE_INFO[locale].htmlLang;
      for (const [name, pdf] of Object.entries(pdfs) as [keyof typeof pdfs, Buffer][]) {
        const runs = languageRuns(pdf, `${locale}-${name}.pdf`);
        for (const words of expected[name]) {
          const holding = runs.filter((run) => run.text.includes(words));
          expect(holding.length, `${locale} ${name}: "${words}"`).toBeGreaterThan(0);
          expect(holding.map((run) => run.lang), `${locale} ${name}: "${words}"`).toEqual(holding.map(() => "en-GB"));
        }
        // Everything marked English is the operator's words (or the post room's line), with punctuation between.
        for (const run of runs.filter((each) => each.lang === "en-GB")) {
          const rest = operatorEnglish.reduce((text, words) => text.replaceAll(words, ""), run.text);
          expect(rest.replace(/[\s:,.()]/g, "") === "" || OFFICE_USE.test(run.text), `${locale} ${name}: "${run.text}" marked as English`).toBe(true);
        }
        expect(runs.filter((run) => run.lang !== "en-GB").every((run) => run.lang === documentLang), `${locale} ${name}: other languages`).toBe(true);
      }
    }, 60_000);
  }

  it("leave every translated PDF in its own language while every fact is its default", async () => {
    useProgrammeFacts(DEFAULT_PROGRAMME_FACTS);
    for (const locale of TRANSLATED) {
      for (const [name, pdf] of Object.entries(await renderPdfs(locale))) {
        const english = languageRuns(pdf, `${locale}-${name}-defaults.pdf`).filter((run) => run.lang !== LOCALE_INFO[locale].htmlLang);
        expect(english.filter((run) => !OFFICE_USE.test(run.text)), `${locale} ${name}`).toEqual([]);
      }
    }
  }, 120_000);
});
