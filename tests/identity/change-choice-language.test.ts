import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { formatReferenceNumber } from "@/lib/consent/reference-number";
import { emailLineText } from "@/lib/content/email-layout";
import { contentFor } from "@/lib/content/locales";
import { getDb } from "@/lib/db";
import { siteLinksFor } from "@/lib/email/site-links";
import { LOCALE_INFO, type Locale } from "@/lib/i18n/locales";
import { PUBLISHED_LOCALES } from "@/lib/i18n/published";
import { changeChoiceWithNhsLogin } from "@/lib/identity/check-your-choice/change-choice";
import { createResidentSession, findResidentSession } from "@/lib/identity/resident-session";
import { uniqueAddress } from "../support/mail";
import { uniqueNhsNumber } from "../support/factories";

// "Opt out now" / "Opt back in now" on Check your choice, pressed on a page in
// a language (/bn/check-your-choice): the decision records that language, and
// its confirmation email is in it, as the journeys' are.

async function signedInResident() {
  const nhsNumber = uniqueNhsNumber();
  const email = uniqueAddress("check-your-choice");
  const { token } = await createResidentSession({
    subject: randomUUID(), nhsNumber, givenName: "Priya", familyName: `Shah-${randomUUID().slice(0, 6)}`, dateOfBirth: "1984-03-12",
    email, phoneNumber: null, identityProofingLevel: "P9", vot: "P9.Cp.Cd",
  });
  return { session: (await findResidentSession(token))!, email };
}

async function recorded(reference: string) {
  const decision = await getDb().decision.findUniqueOrThrow({ where: { reference }, select: { id: true, language: true } });
  const email = await getDb().emailOutbox.findUniqueOrThrow({ where: { idempotencyKey: `decision-confirmation:${decision.id}` }, select: { toAddress: true, subject: true, textBody: true, htmlBody: true } });
  return { language: decision.language, email };
}

describe("changing a choice with NHS login in a language", () => {
  it("records Bengali and confirms in Bengali when the Bengali page's button is pressed", async () => {
    const { session, email } = await signedInResident();
    const changed = await changeChoiceWithNhsLogin({ session, choice: "OPT_OUT", locale: "bn" });
    const { language, email: sent } = await recorded(changed.reference);
    expect(language).toBe("bn");
    const reference = formatReferenceNumber(changed.reference);
    const W = contentFor("bn").choice.CHOICE_EMAILS;
    expect(sent.toAddress).toBe(email);
    expect(sent.subject).toBe(`আপনার সিদ্ধান্ত রেকর্ড করা হয়েছে: রেফারেন্স ${reference}`);
    expect(sent.subject).toBe(W.confirmationSubject(reference));
    expect(sent.textBody).toContain(W.choiceLabel.OPT_OUT);
    expect(sent.textBody).toContain(W.emergencyWarning);
    expect(sent.textBody).not.toContain(emailLineText(contentFor("en").choice.CHOICE_EMAILS.changeMind(siteLinksFor("en"))));
    // The Bengali site and contact page, written out and linked.
    const { site, contact } = siteLinksFor("bn");
    expect(site).toMatch(/^https?:\/\/[^/]+\/bn$/);
    expect(sent.textBody.split(/\s+/)).toEqual(expect.arrayContaining([site, contact]));
    expect(sent.htmlBody).toContain(`<a href="${contact}">${contact}</a>`);
    expect(sent.htmlBody).toContain('<html lang="bn">');
  });

  for (const locale of PUBLISHED_LOCALES.filter((locale): locale is Locale => locale !== "bn")) {
    it(`records ${LOCALE_INFO[locale].englishName} and confirms in it`, async () => {
      const { session } = await signedInResident();
      const changed = await changeChoiceWithNhsLogin({ session, choice: "OPT_OUT", locale });
      const { language, email: sent } = await recorded(changed.reference);
      expect(language).toBe(locale);
      expect(sent.subject).toBe(contentFor(locale).choice.CHOICE_EMAILS.confirmationSubject(formatReferenceNumber(changed.reference)));
      expect(sent.textBody).toContain(emailLineText(contentFor(locale).choice.CHOICE_EMAILS.changeMind(siteLinksFor(locale))));
      expect(sent.htmlBody).toContain(`<a href="${siteLinksFor(locale).contact}">`);
      expect(sent.htmlBody).toContain(`<html lang="${LOCALE_INFO[locale].htmlLang}">`);
    });
  }

  it("opting back in from the Somali page is recorded and confirmed in Somali too", async () => {
    const { session } = await signedInResident();
    await changeChoiceWithNhsLogin({ session, choice: "OPT_OUT", locale: "so" });
    const optIn = await changeChoiceWithNhsLogin({ session, choice: "OPT_IN", locale: "so" });
    expect(optIn.status).toBe("EFFECTIVE");
    const { language, email: sent } = await recorded(optIn.reference);
    expect(language).toBe("so");
    expect(sent.textBody).toContain(contentFor("so").choice.CHOICE_EMAILS.choiceLabel.OPT_IN);
    expect(sent.htmlBody).toContain('<html lang="so">');
  });
});
