import { CONTACT_DETAILS } from "../content/contact-details";
import { LEAFLET } from "../content/leaflet";
import { ORGANISATION_NAME } from "../content/site";
import { EXCLUDED_INFORMATION, EXCLUDED_INFORMATION_DOWNLOAD, EXCLUDED_INFORMATION_STATUS, EXCLUDED_INFORMATION_TABLE } from "../content/whats-left-out";
import { TaggedDocument } from "./tagged-document";

/** The downloadable list of information left out of the record, from the same list as the page and the CSV. */
export async function renderExcludedInformationPdf(options: { siteUrl: string }): Promise<Buffer> {
  const pdf = new TaggedDocument({
    title: EXCLUDED_INFORMATION_DOWNLOAD.title,
    subject: EXCLUDED_INFORMATION_DOWNLOAD.intro,
    author: ORGANISATION_NAME,
    siteUrl: options.siteUrl,
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
      rows: EXCLUDED_INFORMATION.map((item) => [item.category, item.includes]),
    },
  ]);
  pdf.paragraph(section, LEAFLET.websiteLine);
  // On a line of its own, so it is never broken across lines.
  pdf.paragraph(section, pdf.publicSiteUrl, { bold: true });
  pdf.paragraph(section, `${CONTACT_DETAILS.teamName}: ${CONTACT_DETAILS.phone}, ${CONTACT_DETAILS.email}`);
  section.end();
  return pdf.finish(LEAFLET.footer, LEAFLET.pageLabel);
}
