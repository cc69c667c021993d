import type { Locale } from "../i18n/locales";
import { ORGANISATION_NAME } from "../content/site";
import type { SiteContent } from "../content/locales/site-content";
import { wordsOf } from "../i18n/programme-text";
import { TaggedDocument } from "./tagged-document";

export type RenderExcludedInformationOptions = {
  siteUrl: string;
  /** The list's language, and its words: that locale's CONTENT (lib/content/locales/<locale>/index.ts). */
  locale: Locale;
  content: SiteContent;
};

/** The downloadable list of information left out of the record, from the same list as the page and the CSV. */
export async function renderExcludedInformationPdf(options: RenderExcludedInformationOptions): Promise<Buffer> {
  const { EXCLUDED_INFORMATION, EXCLUDED_INFORMATION_DOWNLOAD, EXCLUDED_INFORMATION_STATUS, EXCLUDED_INFORMATION_TABLE } = options.content.whatsLeftOut;
  const { LEAFLET } = options.content.leaflet;
  const { CONTACT_DETAILS } = options.content.contactDetails;
  const pdf = new TaggedDocument({
    title: EXCLUDED_INFORMATION_DOWNLOAD.title,
    subject: EXCLUDED_INFORMATION_DOWNLOAD.intro,
    author: ORGANISATION_NAME,
    siteUrl: options.siteUrl,
    locale: options.locale,
    exampleDetails: options.content.siteFrame.SITE_FRAME.exampleDetails,
  });
  const section = pdf.section();
  pdf.paragraph(section, ORGANISATION_NAME, { bold: true, colour: "#005eb8" });
  pdf.heading(section, 1, EXCLUDED_INFORMATION_DOWNLOAD.title);
  pdf.exampleNotice(section);
  pdf.paragraph(section, EXCLUDED_INFORMATION_DOWNLOAD.intro);
  if (EXCLUDED_INFORMATION_STATUS) {
    pdf.blocks(section, [{ kind: "warning", heading: EXCLUDED_INFORMATION_STATUS.heading, paragraphs: [EXCLUDED_INFORMATION_STATUS.text] }]);
  }
  pdf.blocks(section, [
    {
      kind: "table",
      caption: EXCLUDED_INFORMATION_TABLE.caption,
      head: EXCLUDED_INFORMATION_TABLE.head,
      rows: EXCLUDED_INFORMATION.map((item) => [wordsOf(item.category, item), wordsOf(item.includes, item)]),
    },
  ]);
  pdf.paragraph(section, LEAFLET.websiteLine);
  // On a line of its own, so it is never broken across lines.
  pdf.paragraph(section, pdf.publicSiteUrl, { bold: true });
  pdf.paragraph(section, [CONTACT_DETAILS.marked.teamName, `: ${CONTACT_DETAILS.phone}, ${CONTACT_DETAILS.email}`]);
  section.end();
  return pdf.finish(LEAFLET.footer, LEAFLET.pageLabel);
}
