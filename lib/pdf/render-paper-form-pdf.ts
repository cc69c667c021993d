import { formatReferenceNumber, generateReferenceNumber } from "../consent/reference-number";
import { CONTACT_PHONE, DECISION, PAPER_FORM, RETURN_ADDRESS, WHO_FOR } from "../content/choice";
import { CONTACT_DETAILS } from "../content/contact-details";
import { CHOICE_RULES } from "../content/rules";
import { ORGANISATION_NAME } from "../content/site";
import { TaggedDocument } from "./tagged-document";

// The paper opt-out and opt-in form: the online journey's questions, from the
// same content, with boxes to write in. Every copy carries its own form
// reference (the reference-number alphabet and check character, prefixed
// "PF-") that staff key in with the form, so a form can be traced and a
// mistyped reference is caught.

export const PAPER_FORM_REFERENCE_PREFIX = "PF-";

/** A new form reference, such as "PF-ABC-DEF-GHJ". */
export function generatePaperFormReference(): string {
  return `${PAPER_FORM_REFERENCE_PREFIX}${formatReferenceNumber(generateReferenceNumber())}`;
}

export type RenderPaperFormOptions = { siteUrl: string; formReference?: string };

const BOX_HEIGHT = 26;
const TICK_SIZE = 12;
const BORDER = "#4c6272";

export async function renderPaperFormPdf(options: RenderPaperFormOptions): Promise<{ pdf: Buffer; formReference: string }> {
  const formReference = options.formReference ?? generatePaperFormReference();
  const pdf = new TaggedDocument({
    title: PAPER_FORM.title,
    subject: PAPER_FORM.subject,
    keywords: "opt out, opt in, joined-up care record, paper form",
    author: ORGANISATION_NAME,
    siteUrl: options.siteUrl,
  });
  const { doc } = pdf;
  const left = doc.page.margins.left;

  const ensureSpace = (height: number) => {
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  };
  // Boxes are page furniture for the pen: artifacts, so screen readers read the labels only.
  const drawBox = (x: number, y: number, width: number, height: number) => {
    doc.markContent("Artifact", { type: "Layout" } as never);
    doc.save().lineWidth(1).strokeColor(BORDER).rect(x, y, width, height).stroke().restore();
    doc.endMarkedContent();
  };
  const field = (parent: ReturnType<TaggedDocument["section"]>, label: string, height = BOX_HEIGHT) => {
    ensureSpace(height + 40);
    pdf.paragraph(parent, label);
    doc.y -= 6;
    drawBox(left, doc.y, pdf.contentWidth, height);
    doc.y += height + 10;
  };
  const tickOptions = (parent: ReturnType<TaggedDocument["section"]>, options: readonly { label: string }[]) => {
    for (const option of options) {
      ensureSpace(TICK_SIZE + 20);
      const y = doc.y;
      drawBox(left, y, TICK_SIZE, TICK_SIZE);
      // The label sits beside its box: indent the text area while writing it.
      doc.page.margins.left = left + TICK_SIZE + 10;
      pdf.paragraph(parent, option.label);
      doc.page.margins.left = left;
      doc.y = Math.max(doc.y, y + TICK_SIZE + 6);
    }
  };

  const cover = pdf.section();
  pdf.heading(cover, 1, PAPER_FORM.title);
  pdf.paragraph(cover, `${PAPER_FORM.formReferenceLabel}: ${formReference}`, { bold: true });
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
  field(sign, PAPER_FORM.fields.signature, 44);
  field(sign, PAPER_FORM.fields.date);
  sign.end();

  const returnTo = pdf.section();
  ensureSpace(160);
  pdf.heading(returnTo, 2, PAPER_FORM.returnHeading);
  pdf.paragraph(returnTo, PAPER_FORM.returnIntro);
  pdf.paragraph(returnTo, RETURN_ADDRESS.join("\n"));
  pdf.paragraph(returnTo, `${PAPER_FORM.formReferenceLabel}: ${formReference}. Questions? Call ${CONTACT_PHONE} (${CONTACT_DETAILS.phoneHours}) or email ${CONTACT_DETAILS.email}.`);
  pdf.paragraph(returnTo, PAPER_FORM.onlineLine);
  // On a line of its own, so it is never broken across lines.
  pdf.paragraph(returnTo, pdf.publicSiteUrl, { bold: true });
  pdf.paragraph(returnTo, PAPER_FORM.staffUse, { size: 9.5 });
  returnTo.end();

  // The reference on every page's footer too, so a loose page can be matched.
  const body = await pdf.finish(`${PAPER_FORM.formReferenceLabel} ${formReference}`, "Page");
  return { pdf: body, formReference };
}
