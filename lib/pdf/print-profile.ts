import type { Locale } from "../i18n/locales";

// Type sizes of the printed documents (issue #17 point 5). Normal print: body
// text and notes at 12 pt or more. Large print follows RNIB's clear print
// guidance: body 16 pt or more, headings larger and bold, left aligned, a
// sans serif (Noto Sans), generous line spacing, matt black-on-white text and
// nothing printed over pictures. Easy Read print needs 14 pt or more, so the
// smallest body size is also set per locale, and a profile never goes below it.

export type PrintSizes = {
  h1: number;
  h2: number;
  h3: number;
  body: number;
  /** Notes, table notes, the footer and page numbers: never smaller than body text's minimum. */
  small: number;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  /** The paper form's boxes to write in by hand, in points (1 pt = 0.35 mm). */
  writingBox: number;
  tickBox: number;
  /** Easy Read: the side of the square picture beside each idea, in points. */
  picture: number;
};

export type PrintOptions = {
  /** RNIB clear print: 16 pt body text and bigger boxes to write in. */
  largePrint?: boolean;
};

/** The smallest body text each locale's PDFs may use, in points. */
export const MINIMUM_BODY_SIZE: Readonly<Record<Locale, number>> = {
  en: 12,
  bn: 12,
  bg: 12,
  so: 12,
  es: 12,
  tr: 12,
  "en-easy": 14,
  // The pseudo-locale, for layout tests: English's sizes.
  "en-XA": 12,
};

export const LARGE_PRINT_MINIMUM = 16;

/** Millimetres in points. */
const mm = (millimetres: number) => (millimetres * 72) / 25.4;

const NORMAL = { h1: 26, h2: 19, h3: 15, body: 12, small: 12, lineHeight: 1.45, writingBox: 30, tickBox: 14, picture: mm(20) } as const;
// Clear print: headings at least 2 pt larger than text, boxes about 15 mm high for handwriting.
const LARGE = { h1: 32, h2: 24, h3: 20, body: LARGE_PRINT_MINIMUM, small: LARGE_PRINT_MINIMUM, lineHeight: 1.5, writingBox: 44, tickBox: 22, picture: mm(26) } as const;

/** The sizes for a locale's document: the profile's, scaled up where the locale needs bigger body text. */
export function printSizes(locale: Locale, options: PrintOptions = {}): PrintSizes {
  const profile = options.largePrint ? LARGE : NORMAL;
  const minimum = MINIMUM_BODY_SIZE[locale];
  if (profile.body >= minimum) return { ...profile };
  const scale = minimum / profile.body;
  return {
    ...profile,
    h1: Math.round(profile.h1 * scale),
    h2: Math.round(profile.h2 * scale),
    h3: Math.round(profile.h3 * scale),
    body: minimum,
    small: Math.max(profile.small, minimum),
    writingBox: Math.round(profile.writingBox * scale),
    tickBox: Math.round(profile.tickBox * scale),
    // The Easy Read picture is sized for Easy Read's own 14 pt text: about 20 mm square.
    picture: profile.picture,
  };
}
