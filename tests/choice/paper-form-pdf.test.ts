import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { isValidReferenceNumber, normaliseReferenceNumber } from "@/lib/consent/reference-number";
import { DECISION, PAPER_FORM, RETURN_ADDRESS, WHO_FOR } from "@/lib/content/choice";
import { CONTENT } from "@/lib/content/locales/en";
import { CONTENT as BENGALI } from "@/lib/content/locales/bn";
import { renderPaperFormPdf } from "@/lib/pdf/render-paper-form-pdf";
import { readCode128 } from "@/lib/pdf/testing/read-barcode";
import { PDF_LANGUAGE } from "@/lib/pdf/tagged-document";

// Read with poppler-utils, as the leaflet's tests do.
const work = mkdtempSync(path.join(tmpdir(), "paper-form-test-"));

function read(pdf: Buffer, name: string) {
  const file = path.join(work, name);
  writeFileSync(file, pdf);
  return {
    text: execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " "),
    info: execFileSync("pdfinfo", [file], { encoding: "utf8" }),
    raw: pdf.toString("latin1"),
  };
}

describe("the paper form", () => {
  it("is a tagged A4 PDF with the journey's questions, a signature, the return address and its own reference", async () => {
    const { pdf, formReference } = await renderPaperFormPdf({ siteUrl: "https://example.org", locale: "en", content: CONTENT });
    const { text, info, raw } = read(pdf, "form.pdf");
    expect(info).toMatch(new RegExp(`^Title:\\s+${PAPER_FORM.title}$`, "m"));
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m);
    expect(raw).toContain(`/Lang (${PDF_LANGUAGE})`);
    for (const words of [
      ...DECISION.options.map((o) => o.label),
      ...WHO_FOR.options.map((o) => o.label),
      ...Object.values(PAPER_FORM.fields),
      ...RETURN_ADDRESS,
    ]) {
      expect(text).toContain(words.replace(/\s+/g, " "));
    }
    expect(formReference).toMatch(/^PF-[2-9A-HJ-NP-TV-Y]{3}-[2-9A-HJ-NP-TV-Y]{3}-[2-9A-HJ-NP-TV-Y]{3}$/);
    expect(isValidReferenceNumber(normaliseReferenceNumber(formReference.slice(3)))).toBe(true);
    expect(text).toContain(`${PAPER_FORM.formReferenceLabel}: ${formReference}`);
  });

  it("carries a different reference on every copy", async () => {
    const references = new Set<string>();
    for (let i = 0; i < 5; i++) references.add((await renderPaperFormPdf({ siteUrl: "https://example.org", locale: "en", content: CONTENT })).formReference);
    expect(references.size).toBe(5);
  });

  it("prints its reference as a barcode on the first page that a scanner reads back exactly, in every print and language", async () => {
    for (const options of [
      { locale: "en" as const, content: CONTENT },
      { locale: "en" as const, content: CONTENT, largePrint: true },
      { locale: "bn" as const, content: BENGALI },
    ]) {
      const { pdf, formReference } = await renderPaperFormPdf({ siteUrl: "https://example.org", ...options });
      // Printed at 150 dpi, a cheap printer's resolution, and read as a handheld scanner would.
      expect(readCode128(pdf, 1, 150)).toBe(formReference);
      // Only on the cover: the other pages carry the reference as text in their footer.
      expect(readCode128(pdf, 2, 150)).toBeNull();
    }
  });
});
