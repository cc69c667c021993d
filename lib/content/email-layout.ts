// How every email the service sends is laid out, in any language: plain text,
// and simple HTML marked with the email's language so mail readers and screen
// readers speak it right. The words come from the content modules
// (lib/content/emails.ts and each locale's emails.ts); only the layout is here.

import type { TextInLanguage } from "./types";

export type RenderedEmail = { subject: string; text: string; html: string };

/**
 * Words quoted in another language than the email's, such as a reviewer's reason, which staff
 * write in English: the HTML marks them with their own lang, so screen readers switch voice.
 */
export type OtherLanguageText = TextInLanguage;

/**
 * A link to a page of the site, written out as its full address: in the plain text the address
 * itself (it must work when pasted), in the HTML a link whose text is that address (WCAG 2.4.4).
 * Words put it where nothing but a space or the end of the line follows it, so no full stop or
 * bracket is taken for part of the address when it is copied or made a link by a mail reader.
 */
export type EmailLink = { readonly href: string };

/** Part of a line: words, words quoted in another language, or a link. */
export type EmailPart = string | OtherLanguageText | EmailLink;

/** A line of an email: words, or words with parts quoted in another language or links. */
export type EmailLine = string | readonly EmailPart[];

/**
 * The public addresses emails send residents to, in the email's language (SITE_URL with the
 * locale's prefix: https://…/bn and https://…/bn/contact); lib/email/site-links.ts makes them.
 */
export type SiteLinks = {
  /** The site's home page. */
  readonly site: string;
  /** The contact page. */
  readonly contact: string;
};

export type FactsEmailInput = {
  subject: string;
  title: string;
  /** Paragraphs before the facts, such as why we are writing. */
  intro?: readonly EmailLine[];
  rows: readonly (readonly [string, string])[];
  /** Closing paragraphs. */
  closing: readonly EmailLine[];
};

export type EmailLayout = {
  /** A heading, a table of facts and a closing paragraph, as HTML. */
  renderRows(title: string, rows: readonly (readonly [string, string])[], footer: string): string;
  /** A short email of plain paragraphs (blank lines separate them), such as a security code. */
  renderPlainEmail(input: { subject: string; lines: readonly EmailLine[] }): RenderedEmail;
  /** An email with a heading, a table of facts and closing paragraphs, such as a decision's confirmation. */
  renderFactsEmail(input: FactsEmailInput): RenderedEmail;
};

export function escapeHtml(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");
}

/**
 * The layout in one language. `lang`: the HTML's language (BCP 47); `fontFamily` and
 * `lineHeight` where a script reads better otherwise (Bengali: Noto Sans Bengali first, more leading).
 */
export function emailLayout(options: { lang: string; fontFamily?: string; lineHeight?: number }): EmailLayout {
  const bodyStyle = `font-family:${options.fontFamily ?? "Arial,sans-serif"};font-size:16px;line-height:${options.lineHeight ?? 1.5};color:#212b32`;
  const page = (title: string, body: string) =>
    `<!doctype html><html lang="${escapeHtml(options.lang)}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="${bodyStyle}">${body}</body></html>`;

  const inline = (parts: readonly EmailPart[]) => parts.map((part) => partHtml(part, options.lang)).join("");
  const paragraphs = (lines: readonly EmailLine[]) => lines.map((line) => `<p>${inline(partsOf(line))}</p>`).join("");
  // The intro and closing lines are paragraphs in the HTML as in the plain text, so a line that ends with an address ends its paragraph.
  const factsHtml = (title: string, intro: readonly EmailLine[], rows: readonly (readonly [string, string])[], closing: readonly EmailLine[]) => {
    const body = rows
      .map(([key, value]) => `<tr><th scope="row" style="text-align:left;padding:4px 12px 4px 0;vertical-align:top">${escapeHtml(key)}</th><td style="padding:4px 0;white-space:pre-wrap">${escapeHtml(value)}</td></tr>`)
      .join("");
    return page(title, `<h1 style="font-size:24px">${escapeHtml(title)}</h1>${paragraphs(intro)}<table>${body}</table>${paragraphs(closing)}`);
  };
  const renderRows: EmailLayout["renderRows"] = (title, rows, footer) => factsHtml(title, [], rows, [footer]);

  return {
    renderRows,
    renderPlainEmail(input) {
      const html = paragraphsOf(input.lines)
        .map((parts) => `<p>${inline(parts)}</p>`)
        .join("");
      return { subject: input.subject, text: input.lines.map(emailLineText).join("\n"), html: page(input.subject, html) };
    },
    renderFactsEmail(input) {
      const intro = input.intro ?? [];
      return {
        subject: input.subject,
        text: [input.title, "", ...intro.flatMap((line) => [emailLineText(line), ""]), ...input.rows.map(([key, value]) => `${key}: ${value}`), "", ...input.closing.flatMap((line) => [emailLineText(line), ""])]
          .join("\n")
          .trimEnd(),
        html: factsHtml(input.title, intro, input.rows, input.closing),
      };
    },
  };
}

/**
 * Words on lines of their own, such as an address, as one line of an email: each keeps its
 * language mark (the operator's English on a translated email, lib/i18n/programme-text.ts).
 */
export function onLines(words: readonly (string | OtherLanguageText)[]): EmailLine {
  return words.flatMap((word, index) => (index === 0 ? [word] : ["\n", word]));
}

/** A line as the plain text writes it: words as they are, a link as its address. */
export function emailLineText(line: EmailLine): string {
  return partsOf(line).map((part) => (typeof part === "string" ? part : "href" in part ? part.href : part.text)).join("");
}

function partsOf(line: EmailLine): readonly EmailPart[] {
  return typeof line === "string" ? [line] : line;
}

/**
 * The lines as paragraphs: a blank line between lines (or inside one's words) starts a new one.
 * Words in another language stay whole in their paragraph, whatever line breaks they hold.
 */
function paragraphsOf(lines: readonly EmailLine[]): EmailPart[][] {
  const parts: EmailPart[] = [];
  lines.forEach((line, index) => {
    for (const part of [...(index > 0 ? ["\n"] : []), ...(typeof line === "string" ? [line] : line)]) {
      const last = parts.at(-1);
      if (typeof part === "string" && typeof last === "string") parts[parts.length - 1] = last + part;
      else parts.push(part);
    }
  });
  const paragraphs: EmailPart[][] = [[]];
  for (const part of parts) {
    if (typeof part !== "string") {
      paragraphs.at(-1)!.push(part);
      continue;
    }
    part.split(/\n{2,}/).forEach((piece, index) => {
      if (index > 0) paragraphs.push([]);
      paragraphs.at(-1)!.push(piece);
    });
  }
  return paragraphs;
}

/** A part as HTML: a line break inside a paragraph (an address's lines, say) stays a line break, as in the plain text. */
function partHtml(part: EmailPart, emailLang: string): string {
  if (typeof part === "string") return escapeHtml(part).replaceAll("\n", "<br>");
  if ("href" in part) return `<a href="${escapeHtml(part.href)}">${escapeHtml(part.href)}</a>`;
  return quoted(part, emailLang);
}

/** Quoted words: marked with their language where it is not the email's; their own line breaks kept. */
function quoted(part: OtherLanguageText, emailLang: string): string {
  if (part.lang === emailLang) return `<span style="white-space:pre-wrap">${escapeHtml(part.text)}</span>`;
  return `<span lang="${escapeHtml(part.lang)}" style="white-space:pre-wrap">${escapeHtml(part.text)}</span>`;
}
