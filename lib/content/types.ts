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
 * Text that may hold links: plain words, or words and links in reading order.
 * Web pages render the links as links; the PDF prints the link text (and the
 * web address for links to other pages).
 */
export type InlineText = string | readonly (string | ContentLink)[];

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
      rows: readonly (readonly string[])[];
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

/** Plain text of inline text, for the PDF, the CSV, emails and tests. */
export function inlineToPlainText(text: InlineText): string {
  if (typeof text === "string") return text;
  return text.map((part) => (typeof part === "string" ? part : part.text)).join("");
}
