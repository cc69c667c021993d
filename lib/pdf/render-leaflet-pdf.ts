import type { Locale } from "../i18n/locales";
import { ORGANISATION_NAME } from "../content/site";
import { joinWords } from "../content/types";
import type { SiteContent } from "../content/locales/site-content";
import { TaggedDocument } from "./tagged-document";

export type RenderLeafletOptions = {
  /** The site's public address, printed with every link. */
  siteUrl: string;
  /** The leaflet's language, and its words: that locale's CONTENT (lib/content/locales/<locale>/index.ts). */
  locale: Locale;
  content: SiteContent;
  /** RNIB clear print: 16 pt text (lib/pdf/print-profile.ts). */
  largePrint?: boolean;
};

/**
 * The printable leaflet: the programme's name, every page of the guide and
 * the contact details, rendered from the same content as the web pages.
 */
export async function renderLeafletPdf(options: RenderLeafletOptions): Promise<Buffer> {
  const { LEAFLET } = options.content.leaflet;
  const { CONTACT_DETAILS } = options.content.contactDetails;
  const pdf = new TaggedDocument({
    title: LEAFLET.title,
    subject: LEAFLET.subject,
    keywords: LEAFLET.keywords,
    author: ORGANISATION_NAME,
    siteUrl: options.siteUrl,
    locale: options.locale,
    largePrint: options.largePrint,
    exampleDetails: options.content.siteFrame.SITE_FRAME.exampleDetails,
  });

  const cover = pdf.section();
  pdf.paragraph(cover, LEAFLET.programme, { bold: true, colour: "#005eb8" });
  pdf.heading(cover, 1, LEAFLET.title);
  pdf.paragraph(cover, LEAFLET.boroughLine, { bold: true });
  pdf.exampleNotice(cover);
  pdf.paragraph(cover, LEAFLET.intro);
  pdf.paragraph(cover, LEAFLET.websiteLine);
  // On a line of its own, so it is never broken across lines.
  pdf.paragraph(cover, pdf.publicSiteUrl, { bold: true });
  pdf.paragraph(cover, LEAFLET.otherFormats);
  cover.end();

  // The pages follow on from the cover and from each other, so no page is left mostly blank.
  for (const page of LEAFLET.pages) {
    const part = pdf.section();
    pdf.gap(0.5);
    pdf.heading(part, 1, page.title);
    if (page.lede) pdf.paragraph(part, page.lede, { size: pdf.sizes.body + 1 });
    part.end();
    for (const section of page.sections) pdf.pageSection(section);
  }

  const contact = pdf.section();
  pdf.heading(contact, 2, LEAFLET.websiteHeading);
  pdf.paragraph(contact, LEAFLET.websiteLine);
  // On a line of its own, so it is never broken across lines.
  pdf.paragraph(contact, pdf.publicSiteUrl, { bold: true });
  pdf.paragraph(contact, [CONTACT_DETAILS.marked.teamName, `: ${CONTACT_DETAILS.phone}, ${CONTACT_DETAILS.email}`]);
  pdf.paragraph(contact, joinWords(CONTACT_DETAILS.marked.postalAddress, ", "));
  contact.end();

  return pdf.finish(LEAFLET.footer, LEAFLET.pageLabel);
}
