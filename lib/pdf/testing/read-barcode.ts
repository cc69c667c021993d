import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import zxing from "@zxing/library";

// A CommonJS package whose names Node's ESM loader cannot see (tsx scripts), so taken from its default export.
const { BinaryBitmap, Code128Reader, DecodeHintType, HybridBinarizer, NotFoundException, RGBLuminanceSource } = zxing;

// Reads the barcodes printed on a PDF page as a scanner would see them: the
// page printed to pixels by poppler's pdftoppm (greyscale, at a resolution
// like a cheap printer's), then decoded by ZXing. For tests only.

/** The Code 128 barcode on `page` (1-based) of the PDF, as text, or null when there is none. */
export function readCode128(pdf: Buffer, page = 1, dpi = 150): string | null {
  const work = mkdtempSync(path.join(tmpdir(), "barcode-"));
  try {
    const file = path.join(work, "page.pdf");
    writeFileSync(file, pdf);
    execFileSync("pdftoppm", ["-gray", "-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", file, path.join(work, "page")]);
    const { width, height, pixels } = readPgm(readFileSync(path.join(work, "page.pgm")));
    const reader = new Code128Reader();
    const hints = new Map<zxing.DecodeHintType, unknown>([[DecodeHintType.TRY_HARDER, true]]);
    try {
      return reader.decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, width, height))), hints).getText();
    } catch (error) {
      if (error instanceof NotFoundException) return null;
      throw error;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A binary PGM ("P5", 8-bit) as its size and grey levels. */
function readPgm(bytes: Buffer): { width: number; height: number; pixels: Uint8ClampedArray } {
  const header = /^P5\s+(?:#[^\n]*\n\s*)*(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString("latin1"));
  if (!header || header[3] !== "255") throw new Error("pdftoppm did not give an 8-bit greyscale PGM");
  const width = Number(header[1]);
  const height = Number(header[2]);
  const start = header[0].length;
  return { width, height, pixels: new Uint8ClampedArray(bytes.subarray(start, start + width * height)) };
}
