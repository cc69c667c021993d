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
