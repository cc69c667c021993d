import { fontName, LATIN_ASCENT, splitByScript, type Script, type Weight } from "./fonts";

// Lays out and draws text in any of the site's scripts. pdfkit's own line
// wrapper draws a string in one font, but a Bengali sentence can hold Latin
// names (NHS, CareMyWay) that Noto Sans Bengali has no glyphs for, and a
// table cell can hold both. So lines are broken here, at spaces, measuring
// each run in its own font; every run is drawn on one shared baseline; and
// each Bengali run is wrapped in a marked-content Span whose ActualText is its
// text, because pdfkit writes shaped Bengali glyphs in drawn order (ি before
// its consonant) and text extraction, copying and screen readers would
// otherwise read them in that order (../shared/ENVIRONMENT.md, "fonts").

/** Words to lay out: `lang` marks words in another language than their element's (lib/pdf/tagged-document.ts gives them a Span with that /Lang). */
export type Fragment = { text: string; link?: string; lang?: string };

export type TextStyle = { size: number; weight: Weight; colour: string };

type Piece = { text: string; script: Script; link?: string; lang?: string };

/** One laid-out line: its pieces in order (spaces included) and its width in points. */
export type Line = { pieces: readonly Piece[]; width: number };

type Token = { kind: "word"; pieces: Piece[] } | { kind: "space" } | { kind: "break" };

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

function measure(doc: PDFKit.PDFDocument, text: string, script: Script, style: TextStyle): number {
  return doc.font(fontName(script, style.weight)).fontSize(style.size).widthOfString(text);
}

function tokenise(fragments: readonly Fragment[]): Token[] {
  const tokens: Token[] = [];
  for (const fragment of fragments) {
    for (const part of fragment.text.split(/(\n|[^\S\n]+)/u)) {
      if (part === "") continue;
      if (part === "\n") tokens.push({ kind: "break" });
      else if (/^\s+$/u.test(part)) tokens.push({ kind: "space" });
      else {
        const pieces = splitByScript(part).map((run) => ({ ...run, ...(fragment.link ? { link: fragment.link } : {}), ...(fragment.lang ? { lang: fragment.lang } : {}) }));
        const last = tokens.at(-1);
        // Text of two fragments with no space between them is one word ("choice" and ".").
        if (last?.kind === "word") last.pieces.push(...pieces);
        else tokens.push({ kind: "word", pieces });
      }
    }
  }
  return tokens;
}

/** Breaks a word wider than a line into pieces that fit, between graphemes (never inside a Bengali cluster). */
function splitLongWord(doc: PDFKit.PDFDocument, pieces: readonly Piece[], style: TextStyle, width: number): Piece[][] {
  const chunks: Piece[][] = [[]];
  let used = 0;
  for (const piece of pieces) {
    for (const { segment } of graphemes.segment(piece.text)) {
      const segmentWidth = measure(doc, segment, piece.script, style);
      if (used + segmentWidth > width && chunks.at(-1)!.length > 0) {
        chunks.push([]);
        used = 0;
      }
      const chunk = chunks.at(-1)!;
      const last = chunk.at(-1);
      if (last && last.script === piece.script && last.link === piece.link && last.lang === piece.lang) last.text += segment;
      else chunk.push({ ...piece, text: segment });
      used += segmentWidth;
    }
  }
  return chunks;
}

/** The text broken into lines no wider than `width`, at spaces and at "\n". */
export function layoutLines(doc: PDFKit.PDFDocument, fragments: readonly Fragment[], style: TextStyle, width: number): Line[] {
  const lines: Line[] = [];
  let pieces: Piece[] = [];
  let used = 0;
  let pendingSpace = false;
  const endLine = () => {
    lines.push({ pieces, width: used });
    pieces = [];
    used = 0;
    pendingSpace = false;
  };
  for (const token of tokenise(fragments)) {
    if (token.kind === "break") {
      endLine();
    } else if (token.kind === "space") {
      pendingSpace = pieces.length > 0;
    } else {
      const wordWidth = token.pieces.reduce((sum, piece) => sum + measure(doc, piece.text, piece.script, style), 0);
      const previous = pieces.at(-1);
      const next = token.pieces[0];
      // A space keeps the run it sits in: inside a link, a Bengali phrase or words in another language.
      const space: Piece | undefined =
        pendingSpace && previous
          ? {
              text: " ",
              script: previous.script,
              ...(previous.link && previous.link === next?.link ? { link: previous.link } : {}),
              ...(previous.lang && previous.lang === next?.lang ? { lang: previous.lang } : {}),
            }
          : undefined;
      const spaceWidth = space ? measure(doc, " ", space.script, style) : 0;
      if (pieces.length > 0 && used + spaceWidth + wordWidth > width) {
        // The space stays at the end of the line it was broken at (drawn, not
        // measured), so text read from the page or the tags keeps the two words apart.
        if (space) pieces.push(space);
        endLine();
      } else if (space) {
        pieces.push(space);
        used += spaceWidth;
      }
      pendingSpace = false;
      if (pieces.length === 0 && wordWidth > width) {
        const chunks = splitLongWord(doc, token.pieces, style, width);
        for (const chunk of chunks.slice(0, -1)) {
          pieces = chunk;
          used = chunk.reduce((sum, piece) => sum + measure(doc, piece.text, piece.script, style), 0);
          endLine();
        }
        pieces = [...chunks.at(-1)!];
        used = pieces.reduce((sum, piece) => sum + measure(doc, piece.text, piece.script, style), 0);
      } else {
        pieces.push(...token.pieces.map((piece) => ({ ...piece })));
        used += wordWidth;
      }
    }
  }
  if (pieces.length > 0 || lines.length === 0) endLine();
  return lines;
}

/** The line's pieces joined into runs of one font, one link and one language, as they are drawn. */
function runsOf(line: Line): Piece[] {
  const runs: Piece[] = [];
  for (const piece of line.pieces) {
    const last = runs.at(-1);
    if (last && last.script === piece.script && last.link === piece.link && last.lang === piece.lang) last.text += piece.text;
    else runs.push({ ...piece });
  }
  return runs;
}

/** The line's text as written (the space it was broken at included), for ActualText. */
export const lineText = (line: Line): string => line.pieces.map((piece) => piece.text).join("");

/** True when the line holds words marked with another language than their element's. */
export const hasOtherLanguage = (line: Line): boolean => line.pieces.some((piece) => piece.lang !== undefined);

/** The line cut where the language changes, each part with its language (undefined: the element's). */
export function languageRuns(line: Line): { line: Line; lang?: string }[] {
  const parts: { pieces: Piece[]; lang?: string }[] = [];
  for (const piece of line.pieces) {
    const last = parts.at(-1);
    if (last && last.lang === piece.lang) last.pieces.push(piece);
    else parts.push({ pieces: [piece], ...(piece.lang ? { lang: piece.lang } : {}) });
  }
  // Widths are measured again as each part is drawn (drawLine returns where it ended).
  return parts.map((part) => ({ line: { pieces: part.pieces, width: 0 }, ...(part.lang ? { lang: part.lang } : {}) }));
}

/** True when the line holds Bengali, whose drawn glyph order differs from its reading order. */
export const needsActualText = (line: Line): boolean => line.pieces.some((piece) => piece.script === "bengali");

export type DrawLineOptions = {
  /**
   * "own": a line holding Bengali is wrapped in a Span with its ActualText
   * here (for artifacts: footers, repeated table headers). "caller": the
   * caller has opened marked content with the ActualText (a structure
   * element's Span with an MCID) and this ends it.
   */
  actualText?: "own" | "caller";
};

/** Draws one line with its top at y, inside marked content the caller opened (a structure element's, or an artifact); returns the x it ended at. */
export function drawLine(doc: PDFKit.PDFDocument, line: Line, x: number, y: number, style: TextStyle, options: DrawLineOptions = {}): number {
  const runs = runsOf(line);
  const own = options.actualText !== "caller" && needsActualText(line);
  // One Span for the whole line, so its words extract in reading order with any Latin words among them.
  if (own) doc.markContent("Span", { actual: lineText(line) } as never);
  let cursor = x;
  for (const run of runs) {
    doc.font(fontName(run.script, style.weight)).fontSize(style.size).fillColor(style.colour);
    const width = doc.widthOfString(run.text);
    doc.text(run.text, cursor, y, {
      lineBreak: false,
      // Both fonts on the Latin baseline, so a line mixing them is level.
      baseline: -LATIN_ASCENT * style.size,
      ...(run.link ? { link: run.link, underline: true } : {}),
    } as PDFKit.Mixins.TextOptions);
    cursor += width;
  }
  if (own || options.actualText === "caller") {
    // poppler places a span's ActualText with the graphics state in force at
    // its end, but pdfkit draws each run inside a q/Q of its own (a flipped
    // matrix, the font and size), restored by then. So the span is ended in
    // the glyphs' own state: the matrix flipped back to the page's, and the
    // line's font, size and text position set by an empty text object;
    // without this every line extracts in reverse order with no height.
    const internal = doc as unknown as { _font: { id: string } };
    const flip = `1 0 0 -1 0 ${number(doc.page.height)} cm`;
    doc.addContent(flip);
    doc.addContent(`BT /${internal._font.id} ${number(style.size)} Tf 1 0 0 1 ${number(cursor)} ${number(doc.page.height - y - LATIN_ASCENT * style.size)} Tm ET`);
    endSpan(doc);
    doc.addContent(flip);
  }
  doc.x = x;
  return cursor;
}

/** A number as pdfkit writes it into a content stream. */
const number = (value: number) => String(Math.round(value * 1e4) / 1e4);

/** pdfkit's endMarkedContent also drops the link and underline of text being continued; none is, but keep them safe. */
function endSpan(doc: PDFKit.PDFDocument): void {
  const internal = doc as unknown as { _textOptions: unknown };
  const continued = internal._textOptions;
  internal._textOptions = null;
  doc.endMarkedContent();
  internal._textOptions = continued;
}
