import bwipjs from "bwip-js/node";

// The paper form's reference as a Code 128 barcode, so the post room scans it
// instead of typing nine characters (issue #16, ADR 031). Code 128 is read by
// every handheld scanner, linear or 2D, and a scanner set up as a keyboard
// types exactly the printed reference ("PF-ABC-DEF-GHJ") into the keying
// form's "Form reference" box, which takes it with or without "PF-" and the
// hyphens. bwip-js encodes it (start code, the characters, the check symbol
// and stop code); this module only turns its bar widths into rectangles.

/** One dark bar, in modules (the narrowest bar's width) from the left of the symbol. */
export type Bar = { x: number; width: number };

/** The bars of `text` as Code 128 (start, data, check and stop symbols; quiet zones not included). */
export function code128Bars(text: string): Bar[] {
  const [symbol] = bwipjs.raw("code128", text, {});
  if (!symbol || !("sbs" in symbol)) throw new Error("bwip-js gave no Code 128 symbol");
  // Alternating bar and space widths, starting with a bar.
  const bars: Bar[] = [];
  let x = 0;
  symbol.sbs.forEach((width, i) => {
    if (i % 2 === 0) bars.push({ x, width });
    x += width;
  });
  return bars;
}

/** Code 128 needs at least ten modules of blank paper either side to be read. */
export const QUIET_ZONE_MODULES = 10;
