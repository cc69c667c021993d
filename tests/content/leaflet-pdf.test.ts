import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { CONTACT_DETAILS } from "@/lib/content/contact-details";
import { LEAFLET } from "@/lib/content/leaflet";
import { DOWNLOADS } from "@/lib/content/routes";
import { ORGANISATION_NAME } from "@/lib/content/site";
import { EXCLUDED_INFORMATION, EXCLUDED_INFORMATION_DOWNLOAD } from "@/lib/content/whats-left-out";
import { CONTENT } from "@/lib/content/locales/en";
import { getDownload } from "@/lib/downloads/get-download";
import { renderExcludedInformationPdf } from "@/lib/pdf/render-excluded-information-pdf";
import { PDF_LANGUAGE } from "@/lib/pdf/tagged-document";

// Reads the PDFs as a person's tools would: pdftotext for the words (poppler-utils),
// pdfinfo for the title and tagging, and the catalog for the language.

const ENGLISH = { locale: "en" as const, content: CONTENT };
const work = mkdtempSync(path.join(tmpdir(), "leaflet-test-"));

beforeAll(() => {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
  } catch {
    throw new Error("These tests read PDFs with poppler-utils: sudo apt-get install -y poppler-utils");
  }
});

function saveAndRead(name: string, pdf: Buffer): { text: string; info: string; raw: string } {
  const file = path.join(work, name);
  writeFileSync(file, pdf);
  return {
    text: execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }),
    info: execFileSync("pdfinfo", [file], { encoding: "utf8" }),
    raw: pdf.toString("latin1"),
  };
}

/** pdftotext joins a word broken at a line-end hyphen and splits lines anywhere: compare words only. */
function normalise(text: string): string {
  return text.replace(/-\s*\n\s*/g, "").replace(/[-\s]+/g, " ").trim().toLowerCase();
}

describe("the leaflet PDF", () => {
  let leaflet: ReturnType<typeof saveAndRead>;

  beforeAll(async () => {
    const download = await getDownload("leaflet-pdf", ENGLISH);
    expect(download.contentType).toBe("application/pdf");
    leaflet = saveAndRead("leaflet.pdf", download.body);
  });

  it("is a tagged A4 PDF with its title shown and its language set", () => {
    expect(leaflet.info).toMatch(new RegExp(`^Title:\\s+${LEAFLET.title}$`, "m"));
    expect(leaflet.info).toMatch(/^Tagged:\s+yes$/m);
    expect(leaflet.info).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m);
    expect(leaflet.raw).toContain(`/Lang (${PDF_LANGUAGE})`);
    expect(leaflet.raw).toContain("/DisplayDocTitle true");
    expect(leaflet.raw).toContain("/StructTreeRoot");
  });

  it("has the programme's name, every page's title and every section heading of the web pages, as real text", () => {
    const text = normalise(leaflet.text);
    expect(text).toContain(normalise(ORGANISATION_NAME));
    expect(text).toContain(normalise(LEAFLET.title));
    for (const page of LEAFLET.pages) {
      expect(text, page.title).toContain(normalise(page.title));
      for (const section of page.sections) expect(text, `${page.title}: ${section.heading}`).toContain(normalise(section.heading));
    }
  });

  it("gives the contact details", () => {
    const text = normalise(leaflet.text);
    expect(text).toContain(normalise(CONTACT_DETAILS.phone));
    expect(text).toContain(normalise(CONTACT_DETAILS.email));
    expect(text).toContain(normalise(CONTACT_DETAILS.postalAddress.join(", ")));
  });

  it("is made once and then served from the cache", async () => {
    expect(await getDownload("leaflet-pdf", ENGLISH)).toBe(await getDownload("leaflet-pdf", ENGLISH));
  });

  it("comes in large print too, under its own name, with the same words", async () => {
    const large = await getDownload("leaflet-large-print-pdf", ENGLISH);
    expect(large.fileName).toBe(DOWNLOADS.leafletLargePrintPdf.split("/").at(-1));
    expect(large.body).not.toBe((await getDownload("leaflet-pdf", ENGLISH)).body);
    const read = saveAndRead("leaflet-large-print.pdf", large.body);
    expect(read.info).toMatch(/^Tagged:\s+yes$/m);
    const text = normalise(read.text);
    for (const page of LEAFLET.pages) expect(text, page.title).toContain(normalise(page.title));
    expect(Number(/^Pages:\s+(\d+)$/m.exec(read.info)?.[1])).toBeGreaterThan(Number(/^Pages:\s+(\d+)$/m.exec(leaflet.info)?.[1]));
  });
});

describe("the list of information left out, as a PDF", () => {
  it("is titled, tagged and lists every item", async () => {
    const pdf = saveAndRead("left-out.pdf", await renderExcludedInformationPdf({ siteUrl: "https://example.org", ...ENGLISH }));
    expect(pdf.info).toMatch(new RegExp(`^Title:\\s+${EXCLUDED_INFORMATION_DOWNLOAD.title}$`, "m"));
    expect(pdf.info).toMatch(/^Tagged:\s+yes$/m);
    expect(pdf.raw).toContain(`/Lang (${PDF_LANGUAGE})`);
    const text = normalise(pdf.text);
    for (const item of EXCLUDED_INFORMATION) {
      expect(text).toContain(normalise(item.category));
      expect(text).toContain(normalise(item.includes));
    }
  });
});
