import { CONTACT_DETAILS } from "../content/contact-details";
import { LEAFLET } from "../content/leaflet";
import { ORGANISATION_NAME } from "../content/site";
import { TaggedDocument } from "./tagged-document";

export type RenderLeafletOptions = {
  /** The site's public address, printed with every link. */
  siteUrl: string;
};

/**
 * The printable leaflet: the programme's name, every page of the guide and
 * the contact details, rendered from the same content as the web pages.
 */
export async function renderLeafletPdf(options: RenderLeafletOptions): Promise<Buffer> {
  const pdf = new TaggedDocument({
    title: LEAFLET.title,
    subject: LEAFLET.subject,
    keywords: LEAFLET.keywords,
    author: ORGANISATION_NAME,
    siteUrl: options.siteUrl,
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

  for (const [index, page] of LEAFLET.pages.entries()) {
    const part = pdf.section();
    // The cover stands alone; after it, pages follow on to keep the leaflet short.
    if (index === 0) pdf.doc.addPage();
    else pdf.doc.moveDown(1);
    pdf.heading(part, 1, page.title);
    if (page.lede) pdf.paragraph(part, page.lede, { size: 13 });
    part.end();
    for (const section of page.sections) pdf.pageSection(section);
  }

  const contact = pdf.section();
  pdf.heading(contact, 2, LEAFLET.websiteHeading);
  pdf.paragraph(contact, LEAFLET.websiteLine);
  // On a line of its own, so it is never broken across lines.
  pdf.paragraph(contact, pdf.publicSiteUrl, { bold: true });
  pdf.paragraph(contact, `${CONTACT_DETAILS.teamName}: ${CONTACT_DETAILS.phone}, ${CONTACT_DETAILS.email}`);
  pdf.paragraph(contact, CONTACT_DETAILS.postalAddress.join(", "));
  contact.end();

  return pdf.finish(LEAFLET.footer, LEAFLET.pageLabel);
}
