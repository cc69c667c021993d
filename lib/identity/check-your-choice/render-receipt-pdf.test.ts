import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { contentFor } from "../../content/locales";
import { LOCALE_INFO } from "../../i18n/locales";
import { PUBLISHED_LOCALES } from "../../i18n/published";
import type { ResidentChoice } from "./get-resident-choice";
import { renderReceiptPdf } from "./render-receipt-pdf";

// The receipt on "Check your choice" says what the page says, in the page's language.

const choice: ResidentChoice = {
  nhsNumber: "9990000018",
  consent: { nhsNumber: "9990000018", status: "opted-out", shareable: false, decidedAt: new Date("2026-03-02T10:05:00Z"), source: "ONLINE", seq: 1n },
  decisions: [{ reference: "ABCDEFGH2", decidedAt: new Date("2026-03-02T10:05:00Z"), choice: "OPT_OUT", channel: "ONLINE", madeBy: { kind: "SELF" }, status: "EFFECTIVE" }],
  carriedAcross: null,
  hasAwaitingReview: false,
};

const work = mkdtempSync(path.join(tmpdir(), "receipt-"));
const squash = (text: string) => text.replace(/\s+/g, " ").trim();

describe("the Check your choice receipt", () => {
  for (const locale of PUBLISHED_LOCALES) {
    it(`is in ${LOCALE_INFO[locale].englishName}, with its language set`, async () => {
      const content = contentFor(locale);
      const C = content.nhsLogin.CHECK_YOUR_CHOICE;
      const pdf = await renderReceiptPdf({ choice, name: "Ada Example", siteUrl: "https://joined-up-record.example.org", locale, content });
      const file = path.join(work, `${locale}.pdf`);
      writeFileSync(file, pdf);
      const text = squash(execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"], { encoding: "utf8" }));
      expect(pdf.toString("latin1")).toContain(`/Lang (${LOCALE_INFO[locale].htmlLang})`);
      expect(text).toContain(squash(C.receiptTitle));
      expect(text).toContain(squash(C.current["opted-out"]));
      expect(text).toContain(squash(C.statusLabel.EFFECTIVE));
      if (locale !== "en" && locale !== "en-easy") expect(text).not.toContain(squash(contentFor("en").nhsLogin.CHECK_YOUR_CHOICE.current["opted-out"]));
    }, 30_000);
  }
});
