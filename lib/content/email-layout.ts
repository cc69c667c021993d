// How every email the service sends is laid out, in any language: plain text,
// and simple HTML marked with the email's language so mail readers and screen
// readers speak it right. The words come from the content modules
// (lib/content/emails.ts and each locale's emails.ts); only the layout is here.

export type RenderedEmail = { subject: string; text: string; html: string };

/**
 * Words quoted in another language than the email's, such as a reviewer's reason, which staff
 * write in English: the HTML marks them with their own lang, so screen readers switch voice.
 */
export type OtherLanguageText = { readonly text: string; readonly lang: string };

/** A line of a plain email: words, or words with parts quoted in another language. */
export type EmailLine = string | readonly (string | OtherLanguageText)[];

export type FactsEmailInput = { subject: string; title: string; rows: readonly (readonly [string, string])[]; closing: readonly string[] };

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

  const renderRows: EmailLayout["renderRows"] = (title, rows, footer) => {
    const body = rows
      .map(([key, value]) => `<tr><th scope="row" style="text-align:left;padding:4px 12px 4px 0;vertical-align:top">${escapeHtml(key)}</th><td style="padding:4px 0;white-space:pre-wrap">${escapeHtml(value)}</td></tr>`)
      .join("");
    return page(title, `<h1 style="font-size:24px">${escapeHtml(title)}</h1><table>${body}</table><p>${escapeHtml(footer)}</p>`);
  };

  return {
    renderRows,
    renderPlainEmail(input) {
      const html = paragraphsOf(input.lines)
        .map((parts) => `<p>${parts.map((part) => (typeof part === "string" ? escapeHtml(part) : quoted(part, options.lang))).join("")}</p>`)
        .join("");
      return { subject: input.subject, text: input.lines.map(lineText).join("\n"), html: page(input.subject, html) };
    },
    renderFactsEmail(input) {
      return {
        subject: input.subject,
        text: [input.title, "", ...input.rows.map(([key, value]) => `${key}: ${value}`), "", ...input.closing.flatMap((line) => [line, ""])].join("\n").trimEnd(),
        html: renderRows(input.title, input.rows, input.closing.join(" ")),
      };
    },
  };
}

function lineText(line: EmailLine): string {
  return typeof line === "string" ? line : line.map((part) => (typeof part === "string" ? part : part.text)).join("");
}

/**
 * The lines as paragraphs: a blank line between lines (or inside one's words) starts a new one.
 * Words in another language stay whole in their paragraph, whatever line breaks they hold.
 */
function paragraphsOf(lines: readonly EmailLine[]): (string | OtherLanguageText)[][] {
  const parts: (string | OtherLanguageText)[] = [];
  lines.forEach((line, index) => {
    for (const part of [...(index > 0 ? ["\n"] : []), ...(typeof line === "string" ? [line] : line)]) {
      const last = parts.at(-1);
      if (typeof part === "string" && typeof last === "string") parts[parts.length - 1] = last + part;
      else parts.push(part);
    }
  });
  const paragraphs: (string | OtherLanguageText)[][] = [[]];
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

/** Quoted words: marked with their language where it is not the email's; their own line breaks kept. */
function quoted(part: OtherLanguageText, emailLang: string): string {
  if (part.lang === emailLang) return `<span style="white-space:pre-wrap">${escapeHtml(part.text)}</span>`;
  return `<span lang="${escapeHtml(part.lang)}" style="white-space:pre-wrap">${escapeHtml(part.text)}</span>`;
}
