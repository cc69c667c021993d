import PDFDocument from "pdfkit";

import { LOCALE_INFO, type Locale } from "../i18n/locales";
import type { Localised } from "../i18n/localised";
import { absoluteHref, localiseHref } from "../i18n/paths";
import { exampleFieldsFor, printedSiteUrl } from "../content/programme";
import type { ExampleField, SITE_FRAME } from "../content/site-frame";
import { SITE_FRAME as ENGLISH_SITE_FRAME } from "../content/site-frame";
import { inlineToPlainText, isTextInLanguage, languageOf, type ContentBlock, type InlineText, type PageSection, type Words } from "../content/types";
import { EASY_READ_PICTURES, isEasyReadPictureName, type EasyReadPictureName } from "../../components/easy-read/pictures";
import { drawEasyReadPicture } from "./easy-read-picture";
import { registerFonts, type Weight } from "./fonts";
import { printSizes, type PrintSizes } from "./print-profile";
import { drawLine, hasOtherLanguage, languageRuns, layoutLines, lineText, needsActualText, type Fragment, type Line, type TextStyle } from "./rich-text";

// Draws content-source blocks into a tagged (accessible) A4 PDF in any of the
// site's languages: real text in embedded Noto Sans (lib/pdf/fonts.ts), a
// structure tree (H1, H2, P, L/LI, Table), the title shown in the window, the
// document language set, and page furniture marked as artifacts so screen
// readers skip it. Text is laid out by lib/pdf/rich-text.ts, which breaks
// pages only between lines. Words in another language than the document's (an
// operator's English fact in a translated leaflet) carry their /Lang: on the
// P, LBody, TH or TD holding only them, or on a Span of their own inside a paragraph.

type StructureElement = ReturnType<PDFKit.PDFDocument["struct"]>;

/** True for an Easy Read block drawn beside its picture. */
const isPictureBlock = (block: ContentBlock): block is PictureBlock =>
  (block.kind === "paragraph" || block.kind === "list" || block.kind === "warning") && typeof block.picture === "string" && block.picture.length > 0;

/** A column of the page that text is set in: its left edge and width, in points. */
type Column = { x: number; width: number };

/** An Easy Read block: an idea with the name of the picture drawn beside it. */
type PictureBlock = Extract<ContentBlock, { kind: "paragraph" | "list" | "warning" }> & { picture: string };


/**
 * Easy Read: one short sentence to a line, as the web pages set it
 * (components/content-blocks.tsx). A sentence ends at ".", "!" or "?" and a
 * space in the words between links; a link's own words are never split.
 */
function sentences(text: InlineText): InlineText[] {
  // Words in another language are one idea, never cut.
  if (isTextInLanguage(text)) return [text];
  const found: Exclude<InlineText, Words>[number][][] = [[]];
  for (const part of typeof text === "string" ? [text] : text) {
    if (typeof part !== "string") {
      found.at(-1)!.push(part);
      continue;
    }
    part.split(/(?<=[.!?])\s+/).forEach((piece, index) => {
      if (index > 0) found.push([]);
      if (piece.length > 0) found.at(-1)!.push(piece);
    });
  }
  return found.filter((sentence) => sentence.length > 0).map((sentence) => (sentence.length === 1 && typeof sentence[0] === "string" ? sentence[0] : sentence));
}

export type TaggedDocumentOptions = {
  title: string;
  subject: string;
  keywords?: string;
  author: string;
  /**
   * SITE_URL. Links to the site are printed with the public address: SITE_URL
   * when it is public, the example address when it is this machine (never localhost).
   */
  siteUrl: string;
  /** The document's language: its /Lang and number formats. English when not given. */
  locale?: Locale;
  /** RNIB clear print sizes (lib/pdf/print-profile.ts). */
  largePrint?: boolean;
  /** The locale's words for the example-details notice (its SiteContent's siteFrame.SITE_FRAME.exampleDetails); English when not given. */
  exampleDetails?: Localised<(typeof SITE_FRAME)["exampleDetails"]>;
};

/** The English documents' /Lang, as LOCALE_INFO.en.htmlLang. */
export const PDF_LANGUAGE = LOCALE_INFO.en.htmlLang;

/** The notice shown while any programme fact is still an example, in the document's language (as app/layout.tsx words it). */
function exampleNotice(siteUrl: string, words: Localised<(typeof SITE_FRAME)["exampleDetails"]>, locale: Locale): { heading: string; text: string } | undefined {
  const fields = exampleFieldsFor(siteUrl);
  if (fields.length === 0) return undefined;
  const names = fields.map((field) => words.fieldNames[field as ExampleField] ?? field);
  const list = new Intl.ListFormat(LOCALE_INFO[locale].htmlLang, { style: "long", type: "conjunction" }).format(names);
  return { heading: words.heading, text: words.text(list) };
}

const COLOURS = { text: "#212b32", blue: "#005eb8", secondary: "#4c6272", border: "#768692", insetBorder: "#005eb8", warning: "#ffeb3b" };
const MARGIN = 56;
/** The footer sits this far above the page's bottom edge. */
const FOOTER_GAP = 28;

export class TaggedDocument {
  readonly doc: PDFKit.PDFDocument;
  readonly locale: Locale;
  readonly sizes: PrintSizes;
  private readonly root: StructureElement;
  private readonly siteUrl: string;
  private readonly notice: { heading: string; text: string } | undefined;

  constructor(options: TaggedDocumentOptions) {
    this.locale = options.locale ?? "en";
    this.sizes = printSizes(this.locale, { largePrint: options.largePrint });
    this.siteUrl = printedSiteUrl(options.siteUrl);
    this.notice = exampleNotice(options.siteUrl, options.exampleDetails ?? ENGLISH_SITE_FRAME.exampleDetails, this.locale);
    // Room at the foot of each page for a footer of two lines.
    const bottom = FOOTER_GAP + 2 * this.lineHeight(this.sizes.small) + 14;
    this.doc = new PDFDocument({
      size: "A4",
      margins: { top: MARGIN, bottom, left: MARGIN, right: MARGIN },
      pdfVersion: "1.7",
      tagged: true,
      lang: LOCALE_INFO[this.locale].htmlLang,
      displayTitle: true,
      bufferPages: true,
      // Only the registered Noto fonts are used; without this pdfkit would embed Helvetica too.
      font: null,
      info: {
        Title: options.title,
        Subject: options.subject,
        Author: options.author,
        ...(options.keywords ? { Keywords: options.keywords } : {}),
        Creator: options.author,
      },
    } as unknown as PDFKit.PDFDocumentOptions);
    registerFonts(this.doc);
    this.doc.font("latin-regular").fontSize(this.sizes.body);
    this.root = this.doc.struct("Document");
    this.doc.addStructure(this.root);
    this.doc.x = MARGIN;
    this.doc.y = MARGIN;
  }

  get contentWidth(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  /** The lowest y a line of text may end at on this page. */
  get maxY(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** The site's public address as printed, in the document's language ("https://…/bn"), without a trailing slash. */
  get publicSiteUrl(): string {
    return absoluteHref(this.siteUrl, this.locale, "/");
  }

  /** The height of one line of text at a size. */
  lineHeight(size: number): number {
    return size * this.sizes.lineHeight;
  }

  /** Moves down by a number of body lines. */
  gap(lines: number): void {
    this.doc.y += this.lineHeight(this.sizes.body) * lines;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.maxY) this.addPage();
  }

  addPage(): void {
    this.doc.addPage();
    this.doc.x = this.doc.page.margins.left;
    this.doc.y = this.doc.page.margins.top;
  }

  /** While example programme facts are in use, says so as real text (once, where called) and at the top of every page. */
  exampleNotice(parent: StructureElement): void {
    if (this.notice) this.inset(parent, [this.notice.text], this.notice.heading);
  }

  /** The web address of a site path, as printed in the PDF: a resident page in the document's language. */
  absoluteUrl(href: string): string {
    return href.startsWith("/") ? `${this.siteUrl}${localiseHref(this.locale, href)}` : href;
  }

  section(): StructureElement {
    const section = this.doc.struct("Sect");
    this.root.add(section);
    return section;
  }

  /**
   * A heading, kept on one page with the start of what follows it: three lines
   * of text or, given `next`, that block's first idea with its picture.
   */
  heading(parent: StructureElement, level: 1 | 2 | 3, text: string, next?: ContentBlock): void {
    const size = level === 1 ? this.sizes.h1 : level === 2 ? this.sizes.h2 : this.sizes.h3;
    const style: TextStyle = { size, weight: "bold", colour: level === 1 ? COLOURS.blue : COLOURS.text };
    const lines = this.layout([{ text }], style, this.contentWidth);
    // Keep a heading with the start of what follows it.
    if (this.doc.y > this.doc.page.margins.top) this.doc.y += level === 1 ? size * 0.4 : size * 0.6;
    const following = next && isPictureBlock(next) ? size * 0.3 + this.pictureBlockLayout(next).keep : this.lineHeight(this.sizes.body) * 3;
    this.ensureSpace(lines.length * size * 1.25 + following);
    this.write(this.element(parent, `H${level}`), lines, style, this.doc.page.margins.left, size * 1.25);
    this.doc.y += size * 0.3;
  }

  /**
   * A paragraph; `lang` marks one in another language than the document's (an
   * English line for staff on a translated form), as does text marked with its language.
   */
  paragraph(parent: StructureElement, text: InlineText, options: { size?: number; colour?: string; bold?: boolean; lang?: string } = {}): void {
    const style = this.style(options);
    const lang = options.lang ?? languageOf(text);
    this.write(this.element(parent, "P", lang ? { lang } : {}), this.layout(this.fragments(text), style, this.contentWidth), style);
    this.gap(0.5);
  }

  /** A paragraph in a narrower column (a label beside a box); leaves doc.y below it. */
  paragraphAt(parent: StructureElement, text: InlineText, x: number, width: number, options: { bold?: boolean } = {}): void {
    const style = this.style(options);
    const lang = languageOf(text);
    this.write(this.element(parent, "P", lang ? { lang } : {}), this.layout(this.fragments(text), style, width), style, x);
  }

  blocks(parent: StructureElement, blocks: readonly ContentBlock[]): void {
    blocks.forEach((block, index) => {
      if (isPictureBlock(block)) {
        this.pictureBlock(parent, block);
        return;
      }
      switch (block.kind) {
        case "paragraph":
          this.paragraph(parent, block.text);
          break;
        case "subheading":
          this.heading(parent, 3, block.text, blocks[index + 1]);
          break;
        case "list":
          this.list(parent, block.items, block.numbered ?? false);
          break;
        case "inset":
          this.inset(parent, [block.text]);
          break;
        case "warning":
          this.inset(parent, block.paragraphs, block.heading);
          break;
        case "definitions":
          for (const item of block.items) {
            this.ensureSpace(this.lineHeight(this.sizes.body) * 3);
            const style = this.style({ bold: true });
            this.write(this.element(parent, "H3"), this.layout([{ text: item.term }], style, this.contentWidth), style);
            this.paragraph(parent, item.text);
          }
          break;
        case "table":
          this.table(parent, block.caption, block.head, block.rows);
          if (block.note) this.paragraph(parent, block.note, { size: this.sizes.small });
          break;
      }
    });
  }

  pageSection(section: PageSection): void {
    const element = this.section();
    const blocks = section.printBlocks ?? section.blocks;
    this.heading(element, 2, section.heading, blocks[0]);
    this.blocks(element, blocks);
    element.end();
  }

  /** Draws page furniture (a box to write in, a rule) as an artifact, so screen readers skip it. */
  artifact(draw: (doc: PDFKit.PDFDocument) => void): void {
    this.doc.markContent("Artifact", { type: "Layout" } as never);
    draw(this.doc);
    this.doc.endMarkedContent();
  }

  /**
   * Ends the document: the footer and page numbers ("Page 2 / 13", the
   * locale's word for page) on every page, as artifacts, then the bytes.
   */
  async finish(footer: string, pageLabel: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on("data", (chunk: Buffer) => chunks.push(chunk));
      this.doc.on("end", () => resolve(Buffer.concat(chunks)));
      this.doc.on("error", reject);
    });
    this.root.end();
    const small: TextStyle = { size: this.sizes.small, weight: "regular", colour: COLOURS.secondary };
    const range = this.doc.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index++) {
      this.doc.switchToPage(index);
      const page = this.doc.page;
      const label = this.oneLine(`${pageLabel} ${index + 1 - range.start} / ${range.count}`, small);
      const footerLines = this.layout([{ text: footer }], small, this.contentWidth - label.width - 16);
      const lineHeight = this.lineHeight(small.size);
      const top = page.height - FOOTER_GAP - footerLines.length * lineHeight;
      this.artifact((doc) => {
        footerLines.forEach((line, lineIndex) => drawLine(doc, line, MARGIN, top + lineIndex * lineHeight, small, { actualText: "own" }));
        drawLine(doc, label, page.width - MARGIN - label.width, top + (footerLines.length - 1) * lineHeight, small, { actualText: "own" });
      });
      if (this.notice) {
        const banner: TextStyle = { ...small, weight: "bold" };
        // Every page says its contact details are examples, in the notice's own heading.
        const line = this.oneLine(this.notice.heading, banner);
        this.artifact((doc) => drawLine(doc, line, MARGIN, (MARGIN - lineHeight) / 2, banner, { actualText: "own" }));
      }
    }
    this.doc.end();
    return done;
  }

  private style(options: { size?: number; colour?: string; bold?: boolean }): TextStyle {
    return { size: options.size ?? this.sizes.body, weight: (options.bold ? "bold" : "regular") satisfies Weight, colour: options.colour ?? COLOURS.text };
  }

  private element(parent: StructureElement, type: string, options: { scope?: string; actual?: string; alt?: string; lang?: string } = {}): StructureElement {
    const element = this.doc.struct(type, options as never);
    parent.add(element);
    return element;
  }

  /** Short text (a page number) as one line, however wide. */
  private oneLine(text: string, style: TextStyle): Line {
    return this.layout([{ text }], style, Number.POSITIVE_INFINITY)[0] ?? { pieces: [], width: 0 };
  }

  private layout(fragments: readonly Fragment[], style: TextStyle, width: number): Line[] {
    return layoutLines(this.doc, fragments, style, width);
  }

  /**
   * Draws the lines as the content of a structure element (which it then
   * ends), starting a new page between lines when the next would not fit.
   */
  private write(element: StructureElement, lines: readonly Line[], style: TextStyle, x = this.doc.page.margins.left, lineHeight = this.lineHeight(style.size)): void {
    const tag = (element as unknown as { dictionary: { data: { S: string } } }).dictionary.data.S;
    // Text holding Bengali goes line by line into Span elements, each with its
    // line as ActualText (on the element and on its marked content), so the
    // tags and text extraction read it as written; text holding words in
    // another language goes into Spans cut where the language changes, those
    // words' Spans with their /Lang; other text is one piece of marked content per page.
    const byLanguage = lines.some(hasOtherLanguage);
    const byLine = byLanguage || lines.some(needsActualText);
    let content = byLine ? undefined : this.doc.markStructureContent(tag);
    for (const line of lines) {
      if (this.doc.y + lineHeight > this.maxY) {
        if (content) {
          this.doc.endMarkedContent();
          element.add(content);
        }
        this.addPage();
        content = byLine ? undefined : this.doc.markStructureContent(tag);
      }
      if (byLine) {
        let cursor = x;
        for (const part of byLanguage ? languageRuns(line) : [{ line }]) {
          const actual = needsActualText(part.line) ? { actual: lineText(part.line) } : {};
          const span = this.element(element, "Span", { ...actual, ...("lang" in part && part.lang ? { lang: part.lang } : {}) });
          const spanContent = this.doc.markStructureContent("Span", actual);
          cursor = drawLine(this.doc, part.line, cursor, this.doc.y, style, { actualText: "caller" });
          span.add(spanContent);
          span.end();
        }
      } else {
        drawLine(this.doc, line, x, this.doc.y, style);
      }
      this.doc.y += lineHeight;
    }
    if (content) {
      this.doc.endMarkedContent();
      element.add(content);
    }
    element.end();
    this.doc.x = this.doc.page.margins.left;
  }

  /** Text with links as fragments; site links print their address after the words. */
  private fragments(text: InlineText): Fragment[] {
    // Text wholly in another language is marked on its element (paragraph, list, table), not in Spans.
    const parts = typeof text === "string" ? [text] : isTextInLanguage(text) ? [text.text] : [...text];
    const fragments: Fragment[] = [];
    for (const part of parts) {
      if (typeof part === "string") {
        fragments.push({ text: part });
      } else if (!("href" in part)) {
        fragments.push({ text: part.text, lang: part.lang });
      } else if (part.href.startsWith("tel:") || part.href.startsWith("mailto:")) {
        fragments.push({ text: part.text });
      } else {
        const url = this.absoluteUrl(part.href);
        fragments.push({ text: part.text, link: url }, { text: ` (${url})` });
      }
    }
    return fragments.filter((fragment) => fragment.text.length > 0);
  }

  /** The full width between the page's margins. */
  private get fullColumn(): Column {
    return { x: this.doc.page.margins.left, width: this.contentWidth };
  }

  private listIndent(style: TextStyle): number {
    return style.size * 1.5;
  }

  /** How far down a list goes, its gaps included. */
  private listHeight(items: readonly InlineText[], column: Column): number {
    const style = this.style({});
    const lineHeight = this.lineHeight(style.size);
    const lines = items.reduce((sum, item) => sum + this.layout(this.fragments(item), style, column.width - this.listIndent(style)).length, 0);
    return lines * lineHeight + lineHeight * (0.2 * items.length + 0.3);
  }

  private list(parent: StructureElement, items: readonly InlineText[], numbered: boolean, column: Column = this.fullColumn): void {
    const list = this.element(parent, "L");
    const style = this.style({});
    const indent = this.listIndent(style);
    const left = column.x;
    items.forEach((item, index) => {
      const lines = this.layout(this.fragments(item), style, column.width - indent);
      this.ensureSpace(this.lineHeight(style.size) * Math.min(lines.length, 2));
      const listItem = this.element(list, "LI");
      const y = this.doc.y;
      this.write(this.element(listItem, "Lbl"), this.layout([{ text: numbered ? `${index + 1}.` : "•" }], style, indent), style, left + 2);
      this.doc.y = y;
      // The item's words, not its bullet or number, in their language.
      const lang = languageOf(item);
      this.write(this.element(listItem, "LBody", lang ? { lang } : {}), lines, style, left + indent);
      listItem.end();
      this.gap(0.2);
    });
    list.end();
    this.gap(0.3);
  }

  /** How far down inset text goes, its gaps included. */
  private insetHeight(paragraphs: readonly InlineText[], heading: string | undefined, column: Column): number {
    const width = column.width - 16;
    const lineHeight = this.lineHeight(this.sizes.body);
    const headingLines = heading ? this.layout([{ text: heading }], this.style({ bold: true }), width).length : 0;
    const lines = paragraphs.reduce((sum, paragraph) => sum + this.layout(this.fragments(paragraph), this.style({}), width).length, 0);
    return (headingLines + lines) * lineHeight + lineHeight * (0.25 * paragraphs.length + 0.4);
  }

  private inset(parent: StructureElement, paragraphs: readonly InlineText[], heading?: string, column: Column = this.fullColumn): void {
    const element = this.element(parent, "Div");
    const page = this.doc.page;
    const x = column.x + 16;
    const width = column.width - 16;
    const top = this.doc.y;
    if (heading) {
      const style = this.style({ bold: true });
      this.write(this.element(element, "P"), this.layout([{ text: heading }], style, width), style, x);
    }
    for (const paragraph of paragraphs) {
      const style = this.style({});
      const lang = languageOf(paragraph);
      this.write(this.element(element, "P", lang ? { lang } : {}), this.layout(this.fragments(paragraph), style, width), style, x);
      this.gap(0.25);
    }
    element.end();
    // The bar beside inset text is decoration, so it is an artifact.
    if (this.doc.page === page) {
      const bottom = this.doc.y;
      this.artifact((doc) => doc.rect(column.x, top, 5, bottom - top).fill(heading ? COLOURS.warning : COLOURS.insetBorder));
    }
    this.doc.fillColor(COLOURS.text);
    this.gap(0.4);
  }

  /**
   * Easy Read: the block's idea beside its picture, as on the Easy Read web
   * pages (components/content-blocks.tsx): the picture on the left, about
   * 20 mm square (larger in large print), and the text to its right, one
   * short sentence to a line. The picture is a Figure whose /Alt is its text
   * alternative, read before the words; the picture and its text are kept
   * on one page.
   */
  private pictureBlockLayout(block: PictureBlock): { name: EasyReadPictureName; column: Column; text: InlineText[]; keep: number } {
    const name = block.picture;
    if (!isEasyReadPictureName(name)) throw new Error(`No Easy Read picture "${name}"`);
    const size = this.sizes.picture;
    const gutter = this.sizes.body;
    const column: Column = { x: this.doc.page.margins.left + size + gutter, width: this.contentWidth - size - gutter };
    const lineHeight = this.lineHeight(this.sizes.body);
    const style = this.style({});
    const text = block.kind === "paragraph" ? sentences(block.text) : block.kind === "warning" ? block.paragraphs.flatMap(sentences) : [];
    const textHeight =
      block.kind === "list"
        ? this.listHeight(block.items, column)
        : block.kind === "warning"
          ? this.insetHeight(text, block.heading, column)
          : text.reduce((sum, sentence) => sum + this.layout(this.fragments(sentence), style, column.width).length * lineHeight, 0) + 0.25 * lineHeight * (text.length - 1);
    // The picture never sits on one page and its words on the next; an idea
    // too long for any page keeps its picture with its first lines.
    const room = this.maxY - this.doc.page.margins.top;
    const height = Math.max(size, textHeight);
    return { name, column, text, keep: height <= room ? height : Math.max(size, 2 * lineHeight) };
  }

  private pictureBlock(parent: StructureElement, block: PictureBlock): void {
    const { name, column, text, keep } = this.pictureBlockLayout(block);
    const size = this.sizes.picture;
    const left = this.doc.page.margins.left;
    const style = this.style({});
    this.ensureSpace(keep);

    const group = this.element(parent, "Div");
    const page = this.doc.page;
    const top = this.doc.y;
    const figure = this.element(group, "Figure", { alt: EASY_READ_PICTURES[name] });
    const content = this.doc.markStructureContent("Figure");
    drawEasyReadPicture(this.doc, name, left, top, size);
    this.doc.endMarkedContent();
    figure.add(content);
    figure.end();
    this.doc.y = top;

    if (block.kind === "list") {
      this.list(group, block.items, block.numbered ?? false, column);
    } else if (block.kind === "warning") {
      this.inset(group, text, block.heading, column);
    } else {
      text.forEach((sentence, index) => {
        if (index > 0) this.gap(0.25);
        const lang = languageOf(sentence);
        this.write(this.element(group, "P", lang ? { lang } : {}), this.layout(this.fragments(sentence), style, column.width), style, column.x);
      });
    }
    group.end();
    // Below the picture when the words are shorter than it.
    if (this.doc.page === page) this.doc.y = Math.max(this.doc.y, top + size);
    this.gap(0.5);
  }

  /**
   * Column widths that fit the page: each column at least as wide as its
   * longest word (so words are not broken), the rest shared in proportion to
   * how much more each column's longest text needs. Headers and the first
   * column are bold.
   */
  private columnWidths(rows: readonly (readonly string[])[], bold: TextStyle, body: TextStyle, padding: number): number[] {
    const columns = rows[0]?.length ?? 0;
    const minimum = Array<number>(columns).fill(0);
    const natural = Array<number>(columns).fill(0);
    rows.forEach((row, rowIndex) =>
      row.forEach((text, index) => {
        const style = rowIndex === 0 || index === 0 ? bold : body;
        const widest = Math.max(0, ...text.split(/\s+/).map((word) => this.oneLine(word, style).width));
        minimum[index] = Math.max(minimum[index] ?? 0, widest + padding);
        natural[index] = Math.max(natural[index] ?? 0, this.oneLine(text, style).width + padding);
      }),
    );
    const total = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0);
    const available = this.contentWidth;
    // Too many long words to fit: share the page in proportion to the words (some will break).
    if (total(minimum) >= available) return minimum.map((value) => (value / total(minimum)) * available);
    // Everything fits on one line: give the spare room out evenly.
    if (total(natural) <= available) return natural.map((value) => value + (available - total(natural)) / columns);
    const extra = natural.map((value, index) => value - (minimum[index] ?? 0));
    return minimum.map((value, index) => value + ((extra[index] ?? 0) / total(extra)) * (available - total(minimum)));
  }

  /** A table; a cell marked with its language gives its TH or TD that /Lang. */
  private table(parent: StructureElement, caption: string, head: readonly string[], rows: readonly (readonly Words[])[]): void {
    const body = this.style({});
    const bold = this.style({ bold: true });
    const padding = 5;
    const lineHeight = this.lineHeight(body.size);
    const left = this.doc.page.margins.left;
    const widths = this.columnWidths([head, ...rows.map((row) => row.map(inlineToPlainText))], bold, body, 2 * padding);
    const width = (index: number) => widths[index] ?? 0;
    const xOf = (index: number) => left + widths.slice(0, index).reduce((sum, each) => sum + each, 0);
    const layoutRow = (cells: readonly Words[], isHead: boolean) => {
      const laidOut = cells.map((cell, index) => this.layout([{ text: inlineToPlainText(cell) }], isHead || index === 0 ? bold : body, width(index) - 2 * padding));
      return { laidOut, langs: cells.map(languageOf), height: Math.max(...laidOut.map((lines) => lines.length)) * lineHeight + 2 * padding };
    };
    const headRow = layoutRow(head, true);
    const borders = (top: number, height: number) =>
      this.artifact((doc) => {
        doc.save().lineWidth(0.75).strokeColor(COLOURS.border);
        head.forEach((_, index) => doc.rect(xOf(index), top, width(index), height).stroke());
        doc.restore();
      });

    const table = this.element(parent, "Table");
    this.ensureSpace(lineHeight * 2 + headRow.height * 2);
    const captionStyle: TextStyle = { size: this.sizes.h3, weight: "bold", colour: COLOURS.text };
    this.write(this.element(table, "Caption"), this.layout([{ text: caption }], captionStyle, this.contentWidth), captionStyle);
    this.doc.y += 4;

    const drawCells = (row: ReturnType<typeof layoutRow>, isHead: boolean, tr: StructureElement | undefined) => {
      const top = this.doc.y;
      row.laidOut.forEach((lines, index) => {
        const style = isHead || index === 0 ? bold : body;
        this.doc.y = top + padding;
        if (tr) {
          const lang = row.langs[index];
          const cell = this.element(tr, isHead || index === 0 ? "TH" : "TD", { ...(isHead ? { scope: "Column" } : index === 0 ? { scope: "Row" } : {}), ...(lang ? { lang } : {}) });
          this.write(cell, lines, style, xOf(index) + padding);
        } else {
          // The header row repeated on a new page: furniture, read once already.
          this.artifact((doc) => lines.forEach((line, lineIndex) => drawLine(doc, line, xOf(index) + padding, top + padding + lineIndex * lineHeight, style, { actualText: "own" })));
        }
      });
      borders(top, row.height);
      this.doc.y = top + row.height;
    };

    const headTr = this.element(table, "TR");
    drawCells(headRow, true, headTr);
    headTr.end();
    for (const cells of rows) {
      const row = layoutRow(cells, false);
      if (this.doc.y + row.height > this.maxY) {
        this.addPage();
        drawCells(headRow, true, undefined);
      }
      const tr = this.element(table, "TR");
      drawCells(row, false, tr);
      tr.end();
    }
    table.end();
    this.doc.x = left;
    this.gap(0.6);
  }
}

export { inlineToPlainText };
