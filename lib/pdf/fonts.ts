import { readFileSync } from "node:fs";

// The PDFs' fonts: Noto Sans for Latin, Cyrillic (Bulgarian) and Turkish, and
// Noto Sans Bengali, from Debian's fonts-noto-core, embedded (subset) in every
// PDF whatever its language. Noto Sans Bengali has no Latin letters and Noto
// Sans no Bengali, so text is split into runs by script and each run is drawn
// in the font that has its glyphs (lib/pdf/rich-text.ts). pdfkit shapes the
// Bengali runs (conjuncts, reph, pre-base vowel signs) with fontkit.

export const FONT_DIRECTORY = "/usr/share/fonts/truetype/noto";

export type Script = "latin" | "bengali";
export type Weight = "regular" | "bold";
export type FontName = `${Script}-${Weight}`;

const FILES: Readonly<Record<FontName, string>> = {
  "latin-regular": "NotoSans-Regular.ttf",
  "latin-bold": "NotoSans-Bold.ttf",
  "bengali-regular": "NotoSansBengali-Regular.ttf",
  "bengali-bold": "NotoSansBengali-Bold.ttf",
};

/**
 * Each font's ascender, as a fraction of the font size (the fonts' hhea
 * ascent over 1000 units): text of both scripts on one line is drawn on the
 * Latin baseline, so runs in different fonts line up.
 */
export const LATIN_ASCENT = 1.069;

let loaded: Readonly<Record<FontName, Buffer>> | undefined;

/** The font files, read once per process; a clear message when the package is missing. */
function fontFiles(): Readonly<Record<FontName, Buffer>> {
  if (!loaded) {
    const files = {} as Record<FontName, Buffer>;
    for (const [name, file] of Object.entries(FILES) as [FontName, string][]) {
      try {
        files[name] = readFileSync(`${FONT_DIRECTORY}/${file}`);
      } catch {
        throw new Error(`The PDFs need the Noto fonts (${FONT_DIRECTORY}/${file} is missing): sudo apt-get install -y fonts-noto-core`);
      }
    }
    loaded = files;
  }
  return loaded;
}

/** Registers the four fonts with a pdfkit document under their FontName. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const [name, data] of Object.entries(fontFiles())) doc.registerFont(name, data);
}

export const fontName = (script: Script, weight: Weight): FontName => `${script}-${weight}`;

// The Bengali block, the dandas (in the Devanagari block, shared by Bengali)
// and the zero-width (non-)joiners that steer conjunct forms.
const BENGALI = /[\u0980-\u09FF\u0964\u0965\u200C\u200D]/u;
// White space belongs to the run it sits in, so a Bengali phrase stays one run.
const NEUTRAL = /\s/u;

export type ScriptRun = { text: string; script: Script };

/** The text split into runs, each drawable in one font. */
export function splitByScript(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  for (const character of text) {
    const last = runs.at(-1);
    const script: Script | undefined = NEUTRAL.test(character) ? last?.script : BENGALI.test(character) ? "bengali" : "latin";
    if (last && (script === undefined || script === last.script)) last.text += character;
    else runs.push({ text: character, script: script ?? "latin" });
  }
  return runs;
}

