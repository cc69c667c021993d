// How every email the service sends is laid out, in any language: plain text,
// and simple HTML marked with the email's language so mail readers and screen
// readers speak it right. The words come from the content modules
// (lib/content/emails.ts and each locale's emails.ts); only the layout is here.

export type RenderedEmail = { subject: string; text: string; html: string };

export type FactsEmailInput = { subject: string; title: string; rows: readonly (readonly [string, string])[]; closing: readonly string[] };

export type EmailLayout = {
  /** A heading, a table of facts and a closing paragraph, as HTML. */
  renderRows(title: string, rows: readonly (readonly [string, string])[], footer: string): string;
  /** A short email of plain paragraphs (blank lines separate them), such as a security code. */
  renderPlainEmail(input: { subject: string; lines: readonly string[] }): RenderedEmail;
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
      const paragraphs = input.lines.join("\n").split(/\n{2,}/);
      return { subject: input.subject, text: input.lines.join("\n"), html: page(input.subject, paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join("")) };
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
