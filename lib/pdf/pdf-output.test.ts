import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { CONTENT } from "../content/locales/en";
import { LOCALE_INFO, LOCALES, type Locale } from "../i18n/locales";
import { LARGE_PRINT_MINIMUM, MINIMUM_BODY_SIZE, printSizes } from "./print-profile";
import { renderExcludedInformationPdf } from "./render-excluded-information-pdf";
import { renderLeafletPdf } from "./render-leaflet-pdf";
import { renderPaperFormPdf } from "./render-paper-form-pdf";
import { TaggedDocument } from "./tagged-document";
import { missingGlyphs, pdfStreams, textSizes } from "./testing/read-pdf";

// The PDFs as their readers get them (issue #17 points 5 and 6), read from
// pdfkit's real output with poppler-utils (pdftotext, pdffonts): the size of
// every piece of text from the content streams' Tf operators, the language,
// the embedded fonts, and Bengali text extracted as written.

const work = mkdtempSync(path.join(tmpdir(), "pdf-output-"));
const SITE_URL = "https://joined-up-record.example.org";
const ENGLISH = { siteUrl: SITE_URL, locale: "en" as const, content: CONTENT };

function save(name: string, pdf: Buffer): string {
  const file = path.join(work, name);
  writeFileSync(file, pdf);
  return file;
}

/** The size most text is set in: the body text's. */
function commonest(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

/** Every rectangle drawn (x y width height re), in points. */
function rectangles(pdf: Buffer): { width: number; height: number }[] {
  return pdfStreams(pdf).flatMap((stream) =>
    [...stream.matchAll(/(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re/g)].map((match) => ({ width: Number(match[3]), height: Math.abs(Number(match[4])) })),
  );
}

function fonts(file: string): { name: string; embedded: boolean }[] {
  return execFileSync("pdffonts", [file], { encoding: "utf8" })
    .split("\n")
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name, type (one or two words), encoding, emb, sub, uni, object, id
      return { name: columns[0]!, embedded: columns.at(-5) === "yes" };
    });
}

const pdftotext = (file: string, ...args: string[]) => execFileSync("pdftotext", ["-enc", "UTF-8", ...args, file, "-"], { encoding: "utf8" });
const words = (text: string) => text.replace(/\s+/g, " ").trim();
const pages = (file: string) => Number(/^Pages:\s+(\d+)$/m.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);

beforeAll(() => {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
  } catch {
    throw new Error("These tests read PDFs with poppler-utils: sudo apt-get install -y poppler-utils");
  }
});

describe("type sizes", () => {
  const rendered: Record<string, Buffer> = {};

  beforeAll(async () => {
    rendered.leaflet = await renderLeafletPdf(ENGLISH);
    rendered.leafletLarge = await renderLeafletPdf({ ...ENGLISH, largePrint: true });
    rendered.leftOut = await renderExcludedInformationPdf(ENGLISH);
    rendered.form = (await renderPaperFormPdf(ENGLISH)).pdf;
    rendered.formLarge = (await renderPaperFormPdf({ ...ENGLISH, largePrint: true })).pdf;
  }, 60_000);

  it("sets every piece of text in the normal PDFs at 12 pt or more, body text at 12 pt", () => {
    for (const name of ["leaflet", "leftOut", "form"]) {
      const sizes = textSizes(rendered[name]!);
      expect(sizes.length, name).toBeGreaterThan(50);
      expect(Math.min(...sizes), `${name}: smallest text`).toBeGreaterThanOrEqual(12);
      expect(commonest(sizes), `${name}: body text`).toBe(12);
    }
  });

  it("sets every piece of text in large print at 16 pt or more, with headings larger", () => {
    for (const name of ["leafletLarge", "formLarge"]) {
      const sizes = textSizes(rendered[name]!);
      expect(Math.min(...sizes), `${name}: smallest text`).toBeGreaterThanOrEqual(LARGE_PRINT_MINIMUM);
      expect(commonest(sizes), `${name}: body text`).toBe(LARGE_PRINT_MINIMUM);
      expect(Math.max(...sizes), `${name}: largest heading`).toBeGreaterThanOrEqual(LARGE_PRINT_MINIMUM + 8);
    }
  });

  it("gives the large-print paper form boxes big enough to write in by hand", () => {
    const writingBoxes = (pdf: Buffer) => rectangles(pdf).filter((box) => box.width > 400);
    const normal = writingBoxes(rendered.form!);
    const large = writingBoxes(rendered.formLarge!);
    // Given and family name, date of birth, NHS number, postcode, GP, proxy name and relationship, email, phone, signature, date.
    expect(normal).toHaveLength(12);
    expect(large).toHaveLength(12);
    expect(Math.min(...normal.map((box) => box.height))).toBeGreaterThanOrEqual(30);
    // About 15 mm: room for handwriting at large-print size.
    expect(Math.min(...large.map((box) => box.height))).toBeGreaterThanOrEqual(44);
  });

  it("fills the leaflet's first page instead of leaving it mostly blank", () => {
    const file = save("leaflet.pdf", rendered.leaflet!);
    const boxes = [...pdftotext(file, "-f", "1", "-l", "1", "-bbox").matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g)].map((match) => ({
      top: Number(match[1]),
      bottom: Number(match[2]),
    }));
    const footerTop = 841.89 - 100;
    const lowestBodyText = Math.max(...boxes.filter((box) => box.top < footerTop).map((box) => box.bottom));
    expect(lowestBodyText).toBeGreaterThan(841.89 * 0.75);
  });

  it("keeps the leaflet a leaflet: normal print on 13 pages or fewer", () => {
    expect(pages(save("leaflet-count.pdf", rendered.leaflet!))).toBeLessThanOrEqual(13);
  });

  it("never goes below a locale's minimum: Easy Read at 14 pt", async () => {
    expect(MINIMUM_BODY_SIZE["en-easy"]).toBeGreaterThanOrEqual(14);
    for (const locale of LOCALES) {
      expect(printSizes(locale).body, locale).toBeGreaterThanOrEqual(Math.max(12, MINIMUM_BODY_SIZE[locale]));
      expect(printSizes(locale, { largePrint: true }).body, locale).toBeGreaterThanOrEqual(LARGE_PRINT_MINIMUM);
    }
    const pdf = new TaggedDocument({ title: "Easy Read", subject: "Sizes", author: "Test", siteUrl: SITE_URL, locale: "en-easy" });
    const section = pdf.section();
    pdf.heading(section, 1, "Your joined-up record");
    pdf.paragraph(section, "Your doctor can see your record.");
    pdf.blocks(section, [{ kind: "table", caption: "Who", head: ["Who", "What"], rows: [["Doctor", "Your record"]], note: "A note." }]);
    section.end();
    const sizes = textSizes(await pdf.finish("Footer", "Page"));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14);
  }, 60_000);
});

/** A small document in a locale's own words, as its translated PDFs are drawn. */
async function renderSample(locale: Locale, heading: string, paragraph: string, listItems: readonly string[], table: readonly [string, string]): Promise<Buffer> {
  const pdf = new TaggedDocument({ title: heading, subject: paragraph, author: "North London Partners in health and care", siteUrl: SITE_URL, locale });
  const section = pdf.section();
  pdf.heading(section, 1, heading);
  pdf.paragraph(section, paragraph);
  pdf.blocks(section, [
    { kind: "list", items: listItems },
    { kind: "table", caption: heading, head: ["A", "B"], rows: [table] },
  ]);
  section.end();
  return pdf.finish(`North London Partners in health and care: ${heading}`, "Page");
}

// Conjuncts (স্ব, স্থ্য, ক্ষ, ষ্ঠ, ত্ন), reph (র্ in কর্মী, পূর্ণ), pre-base vowel signs (ি, ে, ৈ)
// and two-part vowels (ো, ৌ), with Latin names among them as translations have.
const BENGALI = {
  heading: "আপনার যৌথ স্বাস্থ্য ও সামাজিক যত্ন রেকর্ড",
  paragraph:
    "আপনার স্বাস্থ্য ও সামাজিক যত্নের তথ্য একসাথে রাখা হয়। প্রতিষ্ঠান এবং কর্মীরা NHS নম্বর দিয়ে রেকর্ড খোঁজেন। যৌথ রেকর্ড থেকে বের হতে চাইলে ফর্মটি পূর্ণ করুন। কোনো ক্ষতি নেই, কৈফিয়ত দিতে হবে না।",
  list: ["সামাজিক যত্ন", "স্বাস্থ্য", "ক্ষ", "প্রতিষ্ঠান"],
  table: ["যৌন স্বাস্থ্য", "HIV পরীক্ষা এবং চিকিৎসা"] as const,
};

/** A PDF literal string's text: its escapes undone, then UTF-16BE after the byte order mark, as pdfkit writes non-ASCII text. */
function pdfString(literal: string): string {
  const escapes: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f", "(": "(", ")": ")", "\\": "\\" };
  const bytes = Buffer.from(literal.replace(/\\([nrtbf()\\])/g, (_, escape: string) => escapes[escape]!), "latin1");
  if (bytes[0] !== 0xfe || bytes[1] !== 0xff) return bytes.toString("latin1");
  const swapped = Buffer.from(bytes.subarray(2));
  swapped.swap16();
  return swapped.toString("utf16le");
}

describe("PDFs in every script", () => {
  let englishLeaflet: Buffer | undefined;
  beforeAll(async () => {
    englishLeaflet = await renderLeafletPdf(ENGLISH);
  }, 60_000);

  it("sets /Lang to each locale's language", async () => {
    for (const locale of LOCALES) {
      const pdf = await renderSample(locale, "Title", "Text.", ["One"], ["A", "B"]);
      expect(pdf.toString("latin1"), locale).toContain(`/Lang (${LOCALE_INFO[locale].htmlLang})`);
    }
    expect(englishLeaflet!.toString("latin1")).toContain("/Lang (en-GB)");
  }, 60_000);

  it("embeds Noto Sans and Noto Sans Bengali, and no other font", async () => {
    const english = fonts(save("english.pdf", (await renderPaperFormPdf(ENGLISH)).pdf));
    const bengali = fonts(save("bengali-fonts.pdf", await renderSample("bn", BENGALI.heading, BENGALI.paragraph, BENGALI.list, BENGALI.table)));
    for (const list of [english, bengali]) {
      expect(list.length).toBeGreaterThan(0);
      for (const font of list) {
        expect(font.embedded, font.name).toBe(true);
        expect(font.name, font.name).toMatch(/^[A-Z]{6}\+NotoSans(Bengali)?-(Regular|Bold)$/);
      }
    }
    expect(bengali.map((font) => font.name.split("+")[1]).sort()).toEqual(["NotoSans-Bold", "NotoSans-Regular", "NotoSansBengali-Bold", "NotoSansBengali-Regular"]);
  }, 60_000);

  it("gives Bengali back from pdftotext as written, in reading order, Latin names included", async () => {
    const file = save("bengali.pdf", await renderSample("bn", BENGALI.heading, BENGALI.paragraph, BENGALI.list, BENGALI.table));
    const text = words(pdftotext(file));
    const expected = [BENGALI.heading, BENGALI.paragraph, ...BENGALI.list, BENGALI.heading, "A", "B", ...BENGALI.table].join(" ");
    // The bullets are list labels, drawn before each item.
    expect(text.replace(/ ?• ?/g, " ")).toContain(expected);
    for (const word of ["সামাজিক", "যত্ন", "স্বাস্থ্য", "ক্ষ", "প্রতিষ্ঠান", "কর্মীরা", "রেকর্ড", "খোঁজেন", "যৌথ", "কোনো", "কৈফিয়ত"]) {
      expect(text.split(/[\s,।]+/), word).toContain(word);
    }
  }, 60_000);

  it("tags each line of Bengali with its words as written, for screen readers reading the tags", async () => {
    const pdf = await renderSample("bn", BENGALI.heading, BENGALI.paragraph, BENGALI.list, BENGALI.table);
    const actualTexts = [...pdf.toString("latin1").matchAll(/\/S \/Span\n\/ActualText \(((?:\\.|[^\\)])*)\)/g)].map((match) => pdfString(match[1]!));
    expect(words(actualTexts.join(" "))).toBe(words([BENGALI.heading, BENGALI.paragraph, ...BENGALI.list, BENGALI.heading, ...BENGALI.table].join(" ")));
  }, 60_000);

  it("keeps the space between words where a line breaks, in the tags as on the page", () => {
    const tags = execFileSync("pdfinfo", ["-struct-text", save("tags.pdf", englishLeaflet!)], { encoding: "utf8" });
    expect(tags).toContain(`"${CONTENT.home.HOME_PAGE.lede}"`);
  });

  it("draws no empty box for a character the fonts lack, and would notice one", async () => {
    expect(missingGlyphs(await renderSample("bn", BENGALI.heading, BENGALI.paragraph, BENGALI.list, BENGALI.table))).toBe(0);
    // A snowman: in neither Noto Sans nor Noto Sans Bengali.
    expect(missingGlyphs(await renderSample("en", "Title", "Winter \u2603 here.", ["One"], ["A", "B"]))).toBe(1);
  }, 60_000);

  it("renders Bulgarian and Turkish letters in Noto Sans and gives them back", async () => {
    const samples: [Locale, string][] = [
      ["bg", "Вашият съвместен здравен и социален запис. Можете да се откажете по всяко време."],
      ["tr", "Ortak sağlık ve bakım kaydınız. İstediğiniz zaman çıkabilirsiniz: ğüşöçİı ĞÜŞÖÇ."],
    ];
    for (const [locale, sentence] of samples) {
      const file = save(`${locale}.pdf`, await renderSample(locale, sentence.split(".")[0]!, sentence, [sentence], [sentence, sentence]));
      expect(words(pdftotext(file)), locale).toContain(sentence);
      expect(fonts(file).every((font) => font.embedded && font.name.includes("NotoSans-"))).toBe(true);
    }
  }, 60_000);
});
