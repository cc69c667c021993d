import { execFileSync } from "node:child_process";
import { inflateSync } from "node:zlib";

// Reads pdfkit's output the way the PDF tests need: the content streams, the
// size of every piece of text, and glyphs no font had. For tests only.

/** Every stream in the PDF, inflated where it is compressed. */
export function pdfStreams(pdf: Buffer): string[] {
  const found: string[] = [];
  for (const match of pdf.toString("latin1").matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    const bytes = Buffer.from(match[1] ?? "", "latin1");
    try {
      found.push(inflateSync(bytes).toString("latin1"));
    } catch {
      found.push(bytes.toString("latin1"));
    }
  }
  return found;
}

/** The font size of every text-showing operator, in points, in drawing order. */
export function textSizes(pdf: Buffer): number[] {
  const sizes: number[] = [];
  for (const stream of pdfStreams(pdf)) {
    let size: number | undefined;
    for (const match of stream.matchAll(/\/F\d+ ([\d.]+) Tf|\] TJ|\) Tj|> Tj/g)) {
      if (match[1]) size = Number(match[1]);
      else if (size !== undefined) sizes.push(size);
    }
  }
  return sizes;
}

/**
 * How many glyphs were drawn as .notdef (an empty box), because the font had
 * no glyph for the character: pdfkit writes each glyph of its font subsets as
 * four hex digits, and the subset's glyph 0 is .notdef.
 */
export function missingGlyphs(pdf: Buffer): number {
  let missing = 0;
  for (const stream of pdfStreams(pdf)) {
    for (const array of stream.matchAll(/\[([^\]]*)\] TJ/g)) {
      for (const hex of array[1]!.matchAll(/<([0-9a-f]*)>/g)) {
        for (let index = 0; index < hex[1]!.length; index += 4) if (hex[1]!.slice(index, index + 4) === "0000") missing++;
      }
    }
  }
  return missing;
}

/** A PDF literal string's text: "(...)" with its escapes, or "<FEFF...>" in UTF-16. */
function pdfString(raw: string): string {
  if (raw.startsWith("<")) {
    const bytes = Buffer.from(raw.slice(1, -1).replace(/\s+/g, ""), "hex");
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString("utf16le");
    return bytes.toString("latin1");
  }
  const escapes: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f", "(": "(", ")": ")", "\\": "\\" };
  return raw
    .slice(1, -1)
    .replace(/\\([0-7]{1,3}|.)/gs, (_, code: string) => (/^[0-7]/.test(code) ? String.fromCharCode(parseInt(code, 8)) : (escapes[code] ?? code)));
}

/** One element of the PDF's structure tree, as pdfkit writes it (uncompressed objects). */
export type StructureElementObject = {
  id: number;
  /** The structure type: Figure, P, H2 and so on. */
  type: string;
  alt?: string;
  /** Its own /Lang, where it has one. */
  lang?: string;
  /** The page object it is drawn on (its /Pg), if any. */
  page?: number;
  /** Its child elements' object numbers, in order. */
  children: number[];
  /** How many marked-content sequences (MCIDs) it holds directly. */
  markedContent: number;
};

/** Every structure element of the PDF by object number, in the order the objects were written. */
export function structureElements(pdf: Buffer): Map<number, StructureElementObject> {
  const elements = new Map<number, StructureElementObject>();
  for (const match of pdf.toString("latin1").matchAll(/(\d+) 0 obj\s*<<([\s\S]*?)>>\s*endobj/g)) {
    const body = match[2]!;
    const type = /^\s*\/S \/(\w+)/m.exec(body)?.[1];
    if (!type || !/\/P \d+ 0 R/.test(body)) continue;
    const alt = /\/Alt (\((?:\\.|[^\\)])*\)|<[0-9a-fA-F\s]*>)/.exec(body)?.[1];
    const lang = /^\/Lang (\((?:\\.|[^\\)])*\))/m.exec(body)?.[1];
    const page = /^\/Pg (\d+) 0 R/m.exec(body)?.[1];
    const kids = /\/K \[([\s\S]*?)\]\s*(?:\/|$)/.exec(body)?.[1] ?? "";
    const withoutDictionaries = kids.replace(/<<[\s\S]*?>>/g, " ");
    elements.set(Number(match[1]), {
      id: Number(match[1]),
      type,
      ...(alt ? { alt: pdfString(alt) } : {}),
      ...(lang ? { lang: pdfString(lang) } : {}),
      ...(page ? { page: Number(page) } : {}),
      children: [...withoutDictionaries.matchAll(/(\d+) 0 R/g)].map((ref) => Number(ref[1])),
      markedContent: withoutDictionaries.replace(/\d+ 0 R/g, " ").trim().split(/\s+/).filter((token) => /^\d+$/.test(token)).length + [...kids.matchAll(/\/MCID \d+/g)].length,
    });
  }
  return elements;
}

/** A piece of text in the structure tree, with the language a reader takes it to be in. */
export type TaggedText = { text: string; type: string; lang: string };

/**
 * Every piece of text in the structure tree (as poppler's `pdfinfo -struct-text`
 * reads it from the saved file), each with its element's type and the /Lang in
 * force there: its own element's, else the nearest parent's, else the document's.
 */
export function taggedTexts(pdf: Buffer, file: string): TaggedText[] {
  const documentLang = /\/Lang (\((?:\\.|[^\\)])*\))/.exec(/\/Type \/Catalog[\s\S]*?>>/.exec(pdf.toString("latin1"))?.[0] ?? "")?.[1];
  const elements = structureElements(pdf);
  const root = [...elements.values()].find((element) => element.type === "Document");
  if (!root) throw new Error("No Document element in the structure tree");
  // The elements in document order, each with the language in force.
  const ordered: { type: string; lang: string }[] = [];
  const visit = (element: StructureElementObject, inherited: string) => {
    const lang = element.lang ?? inherited;
    ordered.push({ type: element.type, lang });
    for (const child of element.children) {
      const next = elements.get(child);
      if (next) visit(next, lang);
    }
  };
  visit(root, documentLang ? pdfString(documentLang) : "");
  // poppler prints the same tree: an element per line, its text in quotes below it, indented one step further.
  const texts: TaggedText[] = [];
  const open: { indent: number; index: number }[] = [];
  let index = -1;
  for (const line of execFileSync("pdfinfo", ["-struct-text", file], { encoding: "utf8" }).split("\n")) {
    const indent = line.length - line.trimStart().length;
    const element = /^\s*([A-Za-z][A-Za-z0-9]*)(?: \((?:block|inline)\))?:?$/.exec(line);
    const quoted = /^\s*"([\s\S]*)"$/.exec(line);
    if (element) {
      index += 1;
      const expected = ordered[index];
      if (expected?.type !== element[1]) throw new Error(`Structure tree out of step at element ${index}: ${element[1]} against ${expected?.type}`);
      while (open.length > 0 && open.at(-1)!.indent >= indent) open.pop();
      open.push({ indent, index });
    } else if (quoted) {
      while (open.length > 0 && open.at(-1)!.indent >= indent) open.pop();
      const owner = ordered[open.at(-1)?.index ?? -1];
      if (owner) texts.push({ text: quoted[1]!, type: owner.type, lang: owner.lang });
    }
  }
  return texts;
}
