// Shapes shared by the content modules, so pages, PDFs and emails read the same structure.

export type ContentLink = {
  text: string;
  href: string;
};

export type ContentCard = ContentLink & {
  description: string;
};

export type ContentSection = {
  heading: string;
  paragraphs: readonly string[];
  bullets?: readonly string[];
  /** Paragraphs that follow the bullet list. */
  afterBullets?: readonly string[];
};

/** A sentence with one link inside it, kept in order so it reads the same everywhere. */
export type ContentSentenceWithLink = {
  before: string;
  link: ContentLink;
  after: string;
};

/**
 * Words in another language than the page's: the operator's English programme
 * facts on a translated page (lib/i18n/programme-text.ts). Web pages put `lang`
 * on the smallest element holding them; the PDFs give their structure element
 * that /Lang (WCAG 2.2 SC 3.1.2).
 */
export type TextInLanguage = { text: string; lang: string };

/** A phrase in the page's language, or marked as in another. */
export type Words = string | TextInLanguage;

/**
 * Text that may hold links: plain words, words in another language, or words,
 * links and words in another language in reading order. Web pages render the
 * links as links; the PDF prints the link text (and the web address for links
 * to other pages).
 */
export type InlineText = Words | readonly (string | ContentLink | TextInLanguage)[];

/** One block of a page section, rendered the same way by the web page and the PDF. */
export type ContentBlock =
  /**
   * `picture`: Easy Read only, the name of the simple picture shown beside this idea
   * (components/easy-read/pictures.tsx, each with its own text alternative).
   */
  | { kind: "paragraph"; text: InlineText; picture?: string }
  | { kind: "list"; items: readonly InlineText[]; numbered?: boolean; picture?: string }
  | { kind: "inset"; text: InlineText }
  | { kind: "warning"; heading: string; paragraphs: readonly InlineText[]; picture?: string }
  | { kind: "subheading"; text: string }
  /** Terms with their explanations, such as each role and why it sees what it does. */
  | { kind: "definitions"; items: readonly { term: string; text: string }[] }
  | {
      kind: "table";
      caption: string;
      head: readonly string[];
      rows: readonly (readonly Words[])[];
      /** Said after the table, for example what a short answer in a cell means. */
      note?: string;
    };

/** A titled part of a page: an h2 on the web, a heading in the leaflet. */
export type PageSection = {
  /** Fragment id for the contents list and links. */
  id: string;
  heading: string;
  blocks: readonly ContentBlock[];
  /** What the printed leaflet says instead, where the web page shows something live (such as a list from the database). */
  printBlocks?: readonly ContentBlock[];
};

/** A resident information page: one h1, an optional lede, then sections. */
export type InformationPage = {
  href: string;
  /** The h1 and the page title. */
  title: string;
  /** Shorter name for contents lists and pagination, when the title is long. */
  shortTitle: string;
  /** The meta description search engines show. */
  description: string;
  lede?: string;
  sections: readonly PageSection[];
};

/** True for words marked with their own language. */
export function isTextInLanguage(value: unknown): value is TextInLanguage {
  return typeof value === "object" && value !== null && "lang" in value;
}

/** The language a whole piece of text is marked as in, for the element holding it; undefined when in the page's. */
export function languageOf(text: InlineText): string | undefined {
  return isTextInLanguage(text) ? text.lang : undefined;
}

/**
 * Phrases joined into one text (an address's lines with ", "): one marked
 * phrase when all are in the same other language, plain words when none is,
 * otherwise each phrase keeping its own mark.
 */
export function joinWords(phrases: readonly Words[], separator: string): InlineText {
  const text = phrases.map((phrase) => (typeof phrase === "string" ? phrase : phrase.text)).join(separator);
  const langs = new Set(phrases.map((phrase) => (typeof phrase === "string" ? undefined : phrase.lang)));
  if (langs.size !== 1) return phrases.flatMap((phrase, index) => (index === 0 ? [phrase] : [separator, phrase]));
  const [lang] = langs;
  return lang === undefined ? text : { text, lang };
}

/** Plain text of inline text, for the PDF, the CSV, emails and tests. */
export function inlineToPlainText(text: InlineText): string {
  if (typeof text === "string") return text;
  if (isTextInLanguage(text)) return text.text;
  return text.map((part) => (typeof part === "string" ? part : part.text)).join("");
}
