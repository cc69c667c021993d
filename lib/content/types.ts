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
