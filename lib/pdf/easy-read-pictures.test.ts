import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { EASY_READ_PICTURES, easyReadPictureShapes, isEasyReadPictureName, type EasyReadPictureName } from "../../components/easy-read/pictures";
import { contentFor } from "../content/locales";
import { isTextInLanguage, type ContentBlock, type InlineText } from "../content/types";
import { LARGE_PRINT_MINIMUM, MINIMUM_BODY_SIZE, printSizes } from "./print-profile";
import { drawEasyReadPicture } from "./easy-read-picture";
import { renderLeafletPdf } from "./render-leaflet-pdf";
import { TaggedDocument } from "./tagged-document";
import { pdfStreams, structureElements, textSizes, type StructureElementObject } from "./testing/read-pdf";

// Easy Read on paper (issue #17 point 4): a simple picture beside each idea,
// drawn from the same shapes as the web pages' SVG, each a Figure in the
// structure tree with its text alternative as /Alt, and the words at 14 pt or
// more, one sentence to a line. Read from pdfkit's real output with poppler
// (pdfinfo -struct, pdftotext -bbox, pdftoppm).

const work = mkdtempSync(path.join(tmpdir(), "easy-read-pdf-"));
const SITE_URL = "https://joined-up-record.example.org";
const EASY = contentFor("en-easy");

function save(name: string, pdf: Buffer): string {
  const file = path.join(work, name);
  writeFileSync(file, pdf);
  return file;
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

type PictureBlock = Extract<ContentBlock, { kind: "paragraph" | "list" | "warning" }> & { picture: string };

/** Every block with a picture that the leaflet prints, in reading order. */
function printedPictureBlocks(): PictureBlock[] {
  return EASY.leaflet.LEAFLET.pages
    .flatMap((page) => page.sections)
    .flatMap((section) => section.printBlocks ?? section.blocks)
    .filter((block): block is PictureBlock => (block.kind === "paragraph" || block.kind === "list" || block.kind === "warning") && Boolean(block.picture));
}

/** The words of a block as they appear on paper: each sentence of plain text, each link's words (a link's address is printed after it). */
function printedWords(block: PictureBlock): string[] {
  const texts: readonly InlineText[] = block.kind === "paragraph" ? [block.text] : block.kind === "list" ? block.items : [block.heading, ...block.paragraphs];
  return texts.flatMap((text) =>
    (typeof text === "string" ? [text] : isTextInLanguage(text) ? [text.text] : text.map((part) => (typeof part === "string" ? part : part.text)))
      .flatMap((part) => part.split(/(?<=[.!?])\s+/))
      .map(squash)
      .filter((words) => words.length > 0),
  );
}

/** The structure types poppler reads from the document's structure tree, in order. */
const structureTypes = (file: string) =>
  execFileSync("pdfinfo", ["-struct", file], { encoding: "utf8" })
    .split("\n")
    .map((line) => line.trim().split(/\s+/)[0] ?? "")
    .filter(Boolean);

/** An element's first and last page: its own /Pg or its descendants'. */
function pagesOf(element: StructureElementObject, elements: Map<number, StructureElementObject>): number[] {
  const own = element.page === undefined ? [] : [element.page];
  return [...own, ...element.children.flatMap((child) => pagesOf(elements.get(child)!, elements))];
}

/** A page rendered by pdftoppm as RGB pixels. */
function rasterise(file: string, page: number, dpi: number): { width: number; height: number; pixel: (x: number, y: number) => [number, number, number] } {
  const prefix = path.join(work, `raster-${path.basename(file)}-${page}`);
  execFileSync("pdftoppm", ["-f", String(page), "-l", String(page), "-r", String(dpi), "-singlefile", file, prefix]);
  const data = readFileSync(`${prefix}.ppm`);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 40).toString("latin1"))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const offset = header[0].length;
  return { width, height, pixel: (x, y) => [...data.subarray(offset + (y * width + x) * 3, offset + (y * width + x) * 3 + 3)] as [number, number, number] };
}

const hex = ([r, g, b]: readonly number[]) => `#${[r, g, b].map((value) => value!.toString(16).padStart(2, "0")).join("")}`;

describe("the Easy Read leaflet's pictures", () => {
  const rendered: Record<string, Buffer> = {};
  beforeAll(async () => {
    rendered.easy = await renderLeafletPdf({ siteUrl: SITE_URL, locale: "en-easy", content: EASY });
    rendered.easyLarge = await renderLeafletPdf({ siteUrl: SITE_URL, locale: "en-easy", content: EASY, largePrint: true });
    rendered.english = await renderLeafletPdf({ siteUrl: SITE_URL, locale: "en", content: contentFor("en") });
    rendered.englishLarge = await renderLeafletPdf({ siteUrl: SITE_URL, locale: "en", content: contentFor("en"), largePrint: true });
  }, 120_000);

  it("prints pictures: the content has picture blocks, every one named after a real picture", () => {
    const blocks = printedPictureBlocks();
    expect(blocks.length).toBeGreaterThan(40);
    for (const block of blocks) expect(isEasyReadPictureName(block.picture), block.picture).toBe(true);
  });

  it.each([["easy"], ["easyLarge"]])("%s: tags one Figure per picture, in order, each with its text alternative as /Alt", (name) => {
    const pdf = rendered[name]!;
    const expected = printedPictureBlocks().map((block) => EASY_READ_PICTURES[block.picture as EasyReadPictureName]);
    const file = save(`${name}.pdf`, pdf);
    // poppler reads that many Figures from the structure tree.
    expect(structureTypes(file).filter((type) => type === "Figure")).toHaveLength(expected.length);
    const figures = [...structureElements(pdf).values()].filter((element) => element.type === "Figure");
    expect(figures.map((figure) => figure.alt)).toEqual(expected);
    // Each Figure holds the marked content its picture is drawn in, on a page.
    for (const figure of figures) {
      expect(figure.markedContent, figure.alt).toBe(1);
      expect(figure.page, figure.alt).toBeDefined();
    }
  });

  it.each([["easy"], ["easyLarge"]])("%s: draws the pictures as vector shapes inside the Figures' marked content, with no images", (name) => {
    const pdf = rendered[name]!;
    expect(pdf.toString("latin1")).not.toMatch(/\/Subtype \/Image/);
    const figureContent = pdfStreams(pdf).flatMap((stream) => [...stream.matchAll(/\/Figure <<\s*\/MCID \d+\s*>> BDC([\s\S]*?)EMC/g)].map((match) => match[1]!));
    expect(figureContent).toHaveLength(printedPictureBlocks().length);
    for (const content of figureContent) {
      // Paths painted (fill, stroke or both), no text, no XObjects.
      expect(content).toMatch(/\b(f|S|B)\n/);
      expect(content).not.toMatch(/\b(Tj|TJ|Do)\b/);
    }
  });

  it.each([["easy"], ["easyLarge"]])("%s: keeps each picture on the page of its words", (name) => {
    const elements = structureElements(rendered[name]!);
    for (const figure of [...elements.values()].filter((element) => element.type === "Figure")) {
      const group = [...elements.values()].find((element) => element.children.includes(figure.id))!;
      expect(group.type).toBe("Div");
      // The picture comes first, then its idea, all on one page.
      expect(group.children[0]).toBe(figure.id);
      expect(group.children.length, figure.alt).toBeGreaterThan(1);
      expect(new Set(pagesOf(group, elements)), figure.alt).toEqual(new Set([figure.page]));
    }
  });

  it("sets the words at 14 pt or more (16 pt in large print), and pdftotext gives back every sentence beside a picture", () => {
    expect(Math.min(...textSizes(rendered.easy!))).toBeGreaterThanOrEqual(MINIMUM_BODY_SIZE["en-easy"]);
    expect(MINIMUM_BODY_SIZE["en-easy"]).toBeGreaterThanOrEqual(14);
    expect(Math.min(...textSizes(rendered.easyLarge!))).toBeGreaterThanOrEqual(LARGE_PRINT_MINIMUM);
    for (const name of ["easy", "easyLarge"]) {
      const text = squash(execFileSync("pdftotext", ["-enc", "UTF-8", save(`${name}-text.pdf`, rendered[name]!), "-"], { encoding: "utf8" }));
      let from = 0;
      for (const words of printedPictureBlocks().flatMap(printedWords)) {
        // Every sentence, in the order the content gives them.
        const at = text.indexOf(words, from);
        expect(at, `${name}: "${words}"`).toBeGreaterThanOrEqual(0);
        from = at;
      }
    }
  });

  it("puts the picture on the left, about 20 mm square, and the words to its right, one sentence to a line", () => {
    const size = printSizes("en-easy").picture;
    expect(size * (25.4 / 72)).toBeCloseTo(20, 0);
    expect(printSizes("en-easy", { largePrint: true }).picture).toBeGreaterThan(size);
    const file = save("easy-bbox.pdf", rendered.easy!);
    const words = [...execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8" }).matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g)].map((match) => ({
      x: Number(match[1]),
      y: Number(match[2]),
      word: match[3]!,
    }));
    const margin = 56;
    const column = margin + size + printSizes("en-easy").body;
    // "Who it is for" (page 2): each sentence starts a line of its own in the column right of the picture.
    const [first, second] = ["It is for adults and children who live in these 5 areas.", "It is also for people whose GP is in one of these areas."].map((sentence) => {
      const start = words.findIndex((word, index) => sentence.split(" ").every((part, offset) => words[index + offset]?.word === part));
      expect(start, sentence).toBeGreaterThanOrEqual(0);
      return words[start]!;
    });
    expect(first!.x).toBeCloseTo(column, 0);
    expect(second!.x).toBeCloseTo(column, 0);
    expect(second!.y).toBeGreaterThan(first!.y);
    // The picture beside them: the house (where you live) in NHS blue, left of the words.
    const page = rasterise(file, 2, 72);
    const colours = new Set<string>();
    for (let y = Math.round(first!.y); y < Math.round(first!.y + size); y++) for (let x = margin; x < Math.round(margin + size); x++) colours.add(hex(page.pixel(x, y)));
    expect(colours).toContain("#005eb8");
  });

  it.each([["english"], ["englishLarge"]])("%s: adds no Figures to the English leaflet", (name) => {
    const pdf = rendered[name]!;
    expect(structureTypes(save(`${name}.pdf`, pdf))).not.toContain("Figure");
    expect([...structureElements(pdf).values()].filter((element) => element.type === "Figure")).toHaveLength(0);
  });
});

describe("drawing an Easy Read picture", () => {
  it("draws every picture in each of its own colours, scaled from its 100 × 100 grid", async () => {
    const names = Object.keys(EASY_READ_PICTURES) as EasyReadPictureName[];
    const pdf = new TaggedDocument({ title: "Pictures", subject: "Pictures", author: "Test", siteUrl: SITE_URL, locale: "en-easy" });
    // 100 pt squares, five to a row, rendered at 144 dpi: a 200 px picture.
    const cell = (index: number) => ({ x: 40 + (index % 5) * 105, y: 60 + Math.floor(index / 5) * 105 });
    pdf.artifact((doc) => names.forEach((name, index) => drawEasyReadPicture(doc, name, cell(index).x, cell(index).y, 100)));
    const file = save("pictures.pdf", await pdf.finish("Pictures", "Page"));
    const page = rasterise(file, 1, 144);
    names.forEach((name, index) => {
      const { x, y } = cell(index);
      const seen = new Set<string>();
      for (let py = y * 2; py < (y + 100) * 2; py++) for (let px = x * 2; px < (x + 100) * 2; px++) seen.add(hex(page.pixel(px, py)));
      const painted = new Set(
        easyReadPictureShapes(name)
          .flatMap(([, attributes]) => [attributes.fill, attributes.stroke])
          .filter((paint): paint is string => typeof paint === "string" && paint !== "none")
          .map((paint) => paint.toLowerCase()),
      );
      for (const colour of painted) expect(seen, `${name}: ${colour}`).toContain(colour);
      // Nothing drawn outside the picture's square.
      const outside = [hex(page.pixel(x * 2 - 2, y * 2 - 2)), hex(page.pixel((x + 100) * 2 + 2, (y + 100) * 2 + 2))];
      expect(outside, name).toEqual(["#ffffff", "#ffffff"]);
    });
  }, 60_000);
});
