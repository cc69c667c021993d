import PDFDocument from "pdfkit";

import { exampleDetailsNotice, printedSiteUrl } from "../content/programme";
import { inlineToPlainText, type ContentBlock, type InlineText, type PageSection } from "../content/types";

// Draws content-source blocks into a tagged (accessible) A4 PDF: real text,
// a structure tree (H1, H2, P, L/LI, Table), the title shown in the window,
// the document language set, and page furniture marked as artifacts so screen
// readers skip it.

type StructureElement = ReturnType<PDFKit.PDFDocument["struct"]>;

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
};

export const PDF_LANGUAGE = "en-GB";

const COLOURS = { text: "#212b32", blue: "#005eb8", secondary: "#4c6272", border: "#d8dde0", insetBorder: "#005eb8", warning: "#ffeb3b" };
const FONT = { regular: "Helvetica", bold: "Helvetica-Bold" };
const SIZE = { h1: 26, h2: 18, h3: 14, body: 11.5, small: 9.5 };
const MARGIN = 56;

// pdfkit's own option types lag behind its tagging support.
type TaggedTextOptions = PDFKit.Mixins.TextOptions & { structParent?: StructureElement; structType?: string };

export class TaggedDocument {
  readonly doc: PDFKit.PDFDocument;
  private readonly root: StructureElement;
  private readonly siteUrl: string;
  private readonly notice: { heading: string; text: string } | undefined;

  constructor(options: TaggedDocumentOptions) {
    this.siteUrl = printedSiteUrl(options.siteUrl);
    this.notice = exampleDetailsNotice(options.siteUrl);
    this.doc = new PDFDocument({
      size: "A4",
      margins: { top: MARGIN, bottom: MARGIN + 14, left: MARGIN, right: MARGIN },
      pdfVersion: "1.7",
      tagged: true,
      lang: PDF_LANGUAGE,
      displayTitle: true,
      bufferPages: true,
      info: {
        Title: options.title,
        Subject: options.subject,
        Author: options.author,
        ...(options.keywords ? { Keywords: options.keywords } : {}),
        Creator: options.author,
      },
    } as PDFKit.PDFDocumentOptions);
    this.root = this.doc.struct("Document");
    this.doc.addStructure(this.root);
    this.doc.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOURS.text);
  }

  get contentWidth(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  /** The site's public address as printed, without a trailing slash. */
  get publicSiteUrl(): string {
    return this.siteUrl;
  }

  /** While example programme facts are in use, says so as real text (once, where called) and at the top of every page. */
  exampleNotice(parent: StructureElement): void {
    if (this.notice) this.inset(parent, [this.notice.text], this.notice.heading);
  }

  /** The web address of a site path, as printed in the PDF. */
  absoluteUrl(href: string): string {
    return href.startsWith("/") ? `${this.siteUrl}${href}` : href;
  }

  section(): StructureElement {
    const section = this.doc.struct("Sect");
    this.root.add(section);
    return section;
  }

  heading(parent: StructureElement, level: 1 | 2 | 3, text: string): void {
    const size = level === 1 ? SIZE.h1 : level === 2 ? SIZE.h2 : SIZE.h3;
    // Keep a heading with the start of what follows it.
    this.ensureSpace(size * 2 + SIZE.body * 5);
    this.doc.moveDown(level === 1 ? 0 : 0.6);
    this.doc
      .font(FONT.bold)
      .fontSize(size)
      .fillColor(level === 1 ? COLOURS.blue : COLOURS.text)
      .text(text, this.doc.page.margins.left, this.doc.y, this.textOptions(parent, `H${level}`));
    this.doc.moveDown(0.3);
    this.resetFont();
  }

  paragraph(parent: StructureElement, text: InlineText, options: { size?: number; colour?: string; bold?: boolean } = {}): void {
    this.doc.font(options.bold ? FONT.bold : FONT.regular).fontSize(options.size ?? SIZE.body).fillColor(options.colour ?? COLOURS.text);
    this.inline(parent, "P", text);
    this.doc.moveDown(0.6);
    this.resetFont();
  }

  blocks(parent: StructureElement, blocks: readonly ContentBlock[]): void {
    for (const block of blocks) {
      switch (block.kind) {
        case "paragraph":
          this.paragraph(parent, block.text);
          break;
        case "subheading":
          this.heading(parent, 3, block.text);
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
            this.ensureSpace(SIZE.body * 4);
            this.doc.font(FONT.bold).text(item.term, this.doc.page.margins.left, this.doc.y, this.textOptions(parent, "H3"));
            this.resetFont();
            this.paragraph(parent, item.text);
          }
          break;
        case "table":
          this.table(parent, block.caption, block.head, block.rows);
          if (block.note) this.paragraph(parent, block.note, { size: SIZE.small });
          break;
      }
    }
  }

  pageSection(section: PageSection): void {
    const element = this.section();
    this.heading(element, 2, section.heading);
    this.blocks(element, section.printBlocks ?? section.blocks);
    element.end();
  }

  /** Ends the document: page numbers and footer on every page (as artifacts), then the bytes. */
  async finish(footer: string, pageLabel: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on("data", (chunk: Buffer) => chunks.push(chunk));
      this.doc.on("end", () => resolve(Buffer.concat(chunks)));
      this.doc.on("error", reject);
    });
    this.root.end();
    const range = this.doc.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index++) {
      this.doc.switchToPage(index);
      const bottom = this.doc.page.margins.bottom;
      // Writing inside the bottom margin would otherwise start a new page.
      this.doc.page.margins.bottom = 0;
      this.doc.markContent("Artifact", { type: "Pagination" } as never);
      const y = this.doc.page.height - MARGIN;
      this.doc
        .font(FONT.regular)
        .fontSize(SIZE.small)
        .fillColor(COLOURS.secondary)
        .text(footer, MARGIN, y, { width: this.contentWidth - 80, lineBreak: false })
        .text(`${pageLabel} ${index + 1 - range.start} of ${range.count}`, MARGIN, y, { width: this.contentWidth, align: "right", lineBreak: false });
      this.doc.endMarkedContent();
      if (this.notice) {
        this.doc.markContent("Artifact", { type: "Pagination" } as never);
        this.doc
          .font(FONT.bold)
          .fontSize(SIZE.small)
          .fillColor(COLOURS.secondary)
          .text(`${this.notice.heading}: not for use`, MARGIN, MARGIN / 2.5, { width: this.contentWidth, lineBreak: false });
        this.doc.endMarkedContent();
      }
      this.doc.page.margins.bottom = bottom;
    }
    this.doc.end();
    return done;
  }

  private textOptions(parent: StructureElement, structType: string, extra: PDFKit.Mixins.TextOptions = {}): TaggedTextOptions {
    return { width: this.contentWidth, structParent: parent, structType, ...extra };
  }

  private resetFont(): void {
    this.doc.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOURS.text);
  }

  private ensureSpace(height: number): void {
    if (this.doc.y + height > this.doc.page.height - this.doc.page.margins.bottom) this.doc.addPage();
  }

  /** Text with links, as one structure element; site links print their address. */
  private inline(parent: StructureElement, structType: string, text: InlineText, x = this.doc.page.margins.left, width = this.contentWidth): void {
    const parts = typeof text === "string" ? [text] : [...text];
    const fragments: { text: string; link?: string }[] = [];
    for (const part of parts) {
      if (typeof part === "string") {
        fragments.push({ text: part });
      } else if (part.href.startsWith("tel:") || part.href.startsWith("mailto:")) {
        fragments.push({ text: part.text });
      } else {
        const url = this.absoluteUrl(part.href);
        fragments.push({ text: part.text, link: url }, { text: ` (${url})` });
      }
    }
    const usable = fragments.filter((fragment) => fragment.text.length > 0);
    usable.forEach((fragment, index) => {
      const isLast = index === usable.length - 1;
      const options: TaggedTextOptions = {
        width,
        structParent: parent,
        structType,
        continued: !isLast,
        link: fragment.link ?? null,
        underline: Boolean(fragment.link),
      } as TaggedTextOptions;
      if (index === 0) this.doc.text(fragment.text, x, this.doc.y, options);
      else this.doc.text(fragment.text, options);
    });
  }

  private list(parent: StructureElement, items: readonly InlineText[], numbered: boolean): void {
    const list = this.doc.struct("L");
    parent.add(list);
    const indent = 16;
    items.forEach((item, index) => {
      this.ensureSpace(SIZE.body * 2.5);
      const listItem = this.doc.struct("LI");
      list.add(listItem);
      const label = this.doc.struct("Lbl");
      listItem.add(label);
      const y = this.doc.y;
      const labelContent = this.doc.markStructureContent("Lbl");
      this.doc.text(numbered ? `${index + 1}.` : "•", this.doc.page.margins.left + 2, y, { lineBreak: false });
      this.doc.endMarkedContent();
      label.add(labelContent);
      label.end();
      const body = this.doc.struct("LBody");
      listItem.add(body);
      this.doc.y = y;
      this.inline(body, "Span", item, this.doc.page.margins.left + indent, this.contentWidth - indent);
      body.end();
      listItem.end();
      this.doc.moveDown(0.25);
    });
    list.end();
    this.doc.x = this.doc.page.margins.left;
    this.doc.moveDown(0.4);
  }

  private inset(parent: StructureElement, paragraphs: readonly InlineText[], heading?: string): void {
    const element = this.doc.struct("Div");
    parent.add(element);
    const top = this.doc.y;
    const page = this.doc.page;
    const x = page.margins.left + 14;
    const width = this.contentWidth - 14;
    if (heading) {
      this.doc.font(FONT.bold).text(heading, x, this.doc.y, { width, structParent: element, structType: "P" } as TaggedTextOptions);
      this.resetFont();
    }
    for (const paragraph of paragraphs) {
      this.inline(element, "P", paragraph, x, width);
      this.doc.moveDown(0.3);
    }
    element.end();
    // The bar beside inset text is decoration, so it is an artifact.
    if (this.doc.page === page) {
      this.doc.markContent("Artifact", { type: "Layout" } as never);
      this.doc.rect(page.margins.left, top, 4, this.doc.y - top).fill(heading ? COLOURS.warning : COLOURS.insetBorder);
      this.doc.endMarkedContent();
    }
    this.doc.fillColor(COLOURS.text);
    this.doc.x = page.margins.left;
    this.doc.moveDown(0.5);
  }

  private table(parent: StructureElement, caption: string, head: readonly string[], rows: readonly (readonly string[])[]): void {
    this.ensureSpace(SIZE.body * 8);
    this.doc.font(FONT.bold).fontSize(SIZE.h3).text(caption, this.doc.page.margins.left, this.doc.y, this.textOptions(parent, "Caption"));
    this.doc.moveDown(0.3);
    const isWide = head.length > 3;
    const fontSize = isWide ? SIZE.small : SIZE.body;
    const first = isWide ? 96 : 150;
    const rest = (this.contentWidth - first) / (head.length - 1);
    this.doc.font(FONT.regular).fontSize(fontSize);
    const data = [
      head.map((text) => ({ text, type: "TH", scope: "Column", font: { src: FONT.bold } })),
      ...rows.map((row) =>
        row.map((text, index) =>
          index === 0 ? { text, type: "TH", scope: "Row", font: { src: FONT.bold } } : { text, type: "TD" },
        ),
      ),
    ];
    this.doc.table({
      data,
      structParent: parent,
      columnStyles: head.map((_, index) => (index === 0 ? first : rest)),
      defaultStyle: { padding: 4, border: 0.5, borderColor: COLOURS.border },
    } as unknown as PDFKit.Mixins.TableOptionsWithData);
    this.doc.x = this.doc.page.margins.left;
    this.doc.moveDown(0.8);
    this.resetFont();
  }
}

export { inlineToPlainText };
