import { formatReferenceNumber, generateReferenceNumber } from "../consent/reference-number";
import { LOCALE_INFO, type Locale } from "../i18n/locales";
import type { SiteContent } from "../content/locales/site-content";
import { ORGANISATION_NAME } from "../content/site";
import { joinWords } from "../content/types";
import { code128Bars, QUIET_ZONE_MODULES } from "./barcode";
import { TaggedDocument } from "./tagged-document";

// The paper opt-out and opt-in form: the online journey's questions, from the
// same content, with boxes to write in. Every copy carries its own form
// reference (the reference-number alphabet and check character, prefixed
// "PF-") that staff key in with the form, so a form can be traced and a
// mistyped reference is caught. The cover also carries the reference as a
// Code 128 barcode for the post room's scanner (ADR 031).

export const PAPER_FORM_REFERENCE_PREFIX = "PF-";

/** A new form reference, such as "PF-ABC-DEF-GHJ". */
export function generatePaperFormReference(): string {
  return `${PAPER_FORM_REFERENCE_PREFIX}${formatReferenceNumber(generateReferenceNumber())}`;
}

export type RenderPaperFormOptions = {
  siteUrl: string;
  formReference?: string;
  /** The form's language, and its words: that locale's CONTENT (lib/content/locales/<locale>/index.ts). */
  locale: Locale;
  content: SiteContent;
  /** RNIB clear print: 16 pt text and boxes about 15 mm high to write in (lib/pdf/print-profile.ts). */
  largePrint?: boolean;
};

const BORDER = "#4c6272";
/** The barcode's narrowest bar: 1 pt (0.35 mm), which home inkjet and laser printers print cleanly. */
const BARCODE_MODULE = 1;
/** 12.7 mm tall: well over Code 128's minimum, so a handheld scanner reads it at any angle along the bars. */
const BARCODE_HEIGHT = 36;

export async function renderPaperFormPdf(options: RenderPaperFormOptions): Promise<{ pdf: Buffer; formReference: string }> {
  const { CONTACT_PHONE, DECISION, PAPER_FORM, WHO_FOR } = options.content.choice;
  const { CONTACT_DETAILS } = options.content.contactDetails;
  const { CHOICE_RULES } = options.content.rules;
  const formReference = options.formReference ?? generatePaperFormReference();
  const pdf = new TaggedDocument({
    title: PAPER_FORM.title,
    subject: PAPER_FORM.subject,
    keywords: options.content.leaflet.LEAFLET.keywords,
    author: ORGANISATION_NAME,
    siteUrl: options.siteUrl,
    locale: options.locale,
    largePrint: options.largePrint,
    exampleDetails: options.content.siteFrame.SITE_FRAME.exampleDetails,
  });
  const { doc, sizes } = pdf;
  const left = doc.page.margins.left;
  const bodyLine = pdf.lineHeight(sizes.body);

  // Boxes are page furniture for the pen: artifacts, so screen readers read the labels only.
  const drawBox = (x: number, y: number, width: number, height: number) =>
    pdf.artifact(() => doc.save().lineWidth(1.25).strokeColor(BORDER).rect(x, y, width, height).stroke().restore());
  const field = (parent: ReturnType<TaggedDocument["section"]>, label: string, height = sizes.writingBox) => {
    // The label and its box stay together.
    pdf.ensureSpace(bodyLine * 2 + height);
    pdf.paragraphAt(parent, label, left, pdf.contentWidth);
    doc.y += 2;
    drawBox(left, doc.y, pdf.contentWidth, height);
    doc.y += height + bodyLine * 0.6;
  };
  const tickOptions = (parent: ReturnType<TaggedDocument["section"]>, choices: readonly { label: string }[]) => {
    const labelX = left + sizes.tickBox + sizes.body;
    for (const choice of choices) {
      pdf.ensureSpace(Math.max(sizes.tickBox, bodyLine) + bodyLine);
      const y = doc.y;
      // The label sits beside its box, the box level with the label's first line.
      drawBox(left, y + (bodyLine - sizes.tickBox) / 2, sizes.tickBox, sizes.tickBox);
      pdf.paragraphAt(parent, choice.label, labelX, pdf.contentWidth - (labelX - left));
      doc.y = Math.max(doc.y, y + sizes.tickBox) + bodyLine * 0.4;
    }
  };

  const cover = pdf.section();
  pdf.heading(cover, 1, PAPER_FORM.title);
  pdf.paragraph(cover, `${PAPER_FORM.formReferenceLabel}: ${formReference}`, { bold: true });
  drawReferenceBarcode(pdf, formReference);
  // For the post room, in English whatever the form's language: the keyer answers "Language of the form" from it.
  pdf.paragraph(cover, officeUseLanguageLine(options.locale), { size: sizes.small, lang: LOCALE_INFO.en.htmlLang });
  pdf.exampleNotice(cover);
  pdf.paragraph(cover, PAPER_FORM.intro);
  cover.end();

  // The same rules and warning as the website, the leaflet and the emails (lib/content/rules.ts).
  const rules = pdf.section();
  pdf.heading(rules, 2, PAPER_FORM.rulesHeading);
  pdf.blocks(rules, [
    { kind: "warning", heading: CHOICE_RULES.emergencyWarning.heading, paragraphs: CHOICE_RULES.emergencyWarning.paragraphs },
    { kind: "list", items: [CHOICE_RULES.optOutDoes, CHOICE_RULES.optOutDoesNot, ...CHOICE_RULES.whenItTakesEffect.slice(1), CHOICE_RULES.optBackIn] },
    { kind: "paragraph", text: `${CHOICE_RULES.whoCanActIntro} ${CHOICE_RULES.whoCanAct.join("; ")}. ${CHOICE_RULES.atSixteen}` },
  ]);
  rules.end();

  const decision = pdf.section();
  pdf.heading(decision, 2, PAPER_FORM.sections.decision);
  tickOptions(decision, DECISION.options);
  decision.end();

  const whoFor = pdf.section();
  pdf.heading(whoFor, 2, PAPER_FORM.sections.whoFor);
  tickOptions(whoFor, WHO_FOR.options);
  whoFor.end();

  const person = pdf.section();
  pdf.heading(person, 2, PAPER_FORM.sections.person);
  for (const label of [
    PAPER_FORM.fields.givenName,
    PAPER_FORM.fields.familyName,
    PAPER_FORM.fields.dateOfBirth,
    PAPER_FORM.fields.nhsNumber,
    PAPER_FORM.fields.postcode,
    PAPER_FORM.fields.gpPractice,
  ]) {
    field(person, label);
  }
  person.end();

  const proxy = pdf.section();
  pdf.heading(proxy, 2, PAPER_FORM.sections.proxy);
  field(proxy, PAPER_FORM.fields.proxyName);
  field(proxy, PAPER_FORM.fields.proxyRelationship);
  pdf.paragraph(proxy, PAPER_FORM.fields.evidence);
  proxy.end();

  const contact = pdf.section();
  pdf.heading(contact, 2, PAPER_FORM.sections.contact);
  field(contact, PAPER_FORM.fields.email);
  field(contact, PAPER_FORM.fields.phone);
  contact.end();

  const sign = pdf.section();
  pdf.heading(sign, 2, PAPER_FORM.sections.sign);
  field(sign, PAPER_FORM.fields.signature, Math.round(sizes.writingBox * 1.6));
  field(sign, PAPER_FORM.fields.date);
  sign.end();

  const returnTo = pdf.section();
  pdf.ensureSpace(bodyLine * 10);
  pdf.heading(returnTo, 2, PAPER_FORM.returnHeading);
  pdf.paragraph(returnTo, PAPER_FORM.returnIntro);
  // The return address is the contact address (as RETURN_ADDRESS is), with an operator's English marked as English.
  pdf.paragraph(returnTo, joinWords(CONTACT_DETAILS.marked.postalAddress, "\n"));
  pdf.paragraph(returnTo, `${PAPER_FORM.formReferenceLabel}: ${formReference}`);
  pdf.paragraph(returnTo, [CONTACT_DETAILS.marked.teamName, `: ${CONTACT_PHONE} (`, CONTACT_DETAILS.marked.phoneHours, `), ${CONTACT_DETAILS.email}`]);
  pdf.paragraph(returnTo, PAPER_FORM.onlineLine);
  // On a line of its own, so it is never broken across lines.
  pdf.paragraph(returnTo, pdf.publicSiteUrl, { bold: true });
  pdf.paragraph(returnTo, PAPER_FORM.staffUse, { size: sizes.small });
  returnTo.end();

  // The reference on every page's footer too, so a loose page can be matched.
  const body = await pdf.finish(`${PAPER_FORM.formReferenceLabel} ${formReference}`, options.content.leaflet.LEAFLET.pageLabel);
  return { pdf: body, formReference };
}

/**
 * The form reference as a Code 128 barcode, below its printed text, with blank
 * quiet zones either side. Page furniture for the scanner: the reference is
 * read out from the text above it, so the barcode is an artifact.
 */
function drawReferenceBarcode(pdf: TaggedDocument, formReference: string): void {
  const bars = code128Bars(formReference);
  const quiet = QUIET_ZONE_MODULES * BARCODE_MODULE;
  pdf.ensureSpace(BARCODE_HEIGHT + quiet * 2);
  const top = pdf.doc.y + quiet / 2;
  // The page margin is the quiet zone on the left; nothing is printed beside the barcode on the right.
  const left = pdf.doc.page.margins.left;
  pdf.artifact((doc) => {
    doc.save().fillColor("#000000");
    for (const bar of bars) doc.rect(left + bar.x * BARCODE_MODULE, top, bar.width * BARCODE_MODULE, BARCODE_HEIGHT);
    doc.fill().restore();
  });
  pdf.doc.y = top + BARCODE_HEIGHT + quiet;
}

/** The English line under the barcode that tells the post room the form's language. */
export function officeUseLanguageLine(locale: Locale): string {
  return `Office use: this form is in ${LOCALE_INFO[locale].englishName}.`;
}
