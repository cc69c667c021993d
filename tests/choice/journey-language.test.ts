import { describe, expect, it } from "vitest";

import { sendEmailCode, verifyEmailCode } from "@/lib/choice/email-code";
import { createJourney, findJourney } from "@/lib/choice/journey-store";
import { saveStep } from "@/lib/choice/save-step";
import { submitChoice } from "@/lib/choice/submit-choice";
import { formatReferenceNumber } from "@/lib/consent/reference-number";
import { emailLineText } from "@/lib/content/email-layout";
import { contentFor } from "@/lib/content/locales";
import { getDb } from "@/lib/db";
import { siteLinksFor } from "@/lib/email/site-links";
import { getEnv } from "@/lib/env";
import { LOCALE_INFO } from "@/lib/i18n/locales";
import { PUBLISHED_LOCALES } from "@/lib/i18n/published";
import { uniqueAddress } from "../support/mail";
import { readyJourney, selfAnswers } from "./support";

// A journey made in another language stays in it: its next pages keep the
// address prefix, its messages and emails are in the language, and the
// decision records the language it was made in.

const OTHER_LOCALES = PUBLISHED_LOCALES.filter((locale) => locale !== "en");

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
};

describe("a journey in another language", () => {
  for (const locale of OTHER_LOCALES) {
    const content = contentFor(locale);
    const prefix = LOCALE_INFO[locale].prefix;

    it(`(${locale}) answers with the locale's messages and keeps ${prefix} on the next page`, async () => {
      const { token } = await createJourney({ journey: "opt-out" });
      const journey = async () => (await findJourney({ journey: "opt-out", token }))!;
      const save = async (step: string, values: Record<string, string>) =>
        saveStep({ journeySlug: "opt-out", journey: await journey(), step, formData: form(values), isChange: false, clientAddress: "192.0.2.77", locale });
      expect(await save("who-for", {})).toEqual({ ok: false, errors: { madeBy: content.choice.WHO_FOR.errors.required } });
      expect(await save("who-for", { madeBy: "SELF" })).toEqual({ ok: true, redirectTo: `${prefix}/choice/opt-out/name` });
      expect(await save("name", { givenName: "Zoë", familyName: "" })).toEqual({ ok: false, errors: { familyName: content.choice.NAME.errors.familyNameRequired } });
    });

    it(`(${locale}) sends the security code and the confirmation in the locale, and records the decision's language`, async () => {
      const email = uniqueAddress(`lang-${locale}`);
      const { id } = await createJourney({ journey: "opt-out" });
      expect(await sendEmailCode({ journeyId: id, email, locale })).toEqual({ ok: true });
      const code = await getDb().emailOutbox.findFirstOrThrow({ where: { idempotencyKey: { startsWith: `choice-code:${id}:` } }, select: { subject: true, textBody: true, htmlBody: true } });
      expect(code.subject).toBe(content.choice.CHOICE_EMAILS.codeSubject);
      // Easy Read is English already: where the English is plain enough, it says the same.
      if (locale !== "en-easy") expect(code.subject).not.toBe(contentFor("en").choice.CHOICE_EMAILS.codeSubject);
      expect(code.htmlBody).toContain(`<html lang="${LOCALE_INFO[locale].htmlLang}">`);
      expect(await verifyEmailCode({ journeyId: id, code: "000000", locale })).toMatchObject({ ok: false });

      const { journey } = await readyJourney({ answers: selfAnswers() });
      const result = await submitChoice({ journey, locale });
      if (!result.ok) throw new Error("not submitted");
      const reference = formatReferenceNumber(result.reference);
      const sent = await getDb().emailOutbox.findFirstOrThrow({ where: { subject: content.choice.CHOICE_EMAILS.confirmationSubject(reference) }, select: { textBody: true, htmlBody: true } });
      expect(sent.textBody).toContain(content.choice.CHOICE_EMAILS.confirmationTitle);
      const links = siteLinksFor(locale);
      expect(sent.textBody).toContain(emailLineText(content.choice.CHOICE_EMAILS.changeMind(links)));
      expect(sent.textBody).toContain(emailLineText(content.choice.CHOICE_EMAILS.contact(links)));
      if (locale !== "en-easy") expect(sent.textBody).not.toContain(emailLineText(contentFor("en").choice.CHOICE_EMAILS.changeMind(links)));
      // The site and its contact page, in the journey's language, at the public address (SITE_URL).
      const site = `${getEnv().SITE_URL.replace(/\/$/, "")}${prefix}`;
      // Written out whole: nothing glued to either address, so it works when pasted.
      expect(sent.textBody.split(/\s+/)).toEqual(expect.arrayContaining([site, `${site}/contact`]));
      expect(sent.htmlBody).toContain(`<a href="${site}">${site}</a>`);
      expect(sent.htmlBody).toContain(`<a href="${site}/contact">${site}/contact</a>`);
      expect(sent.htmlBody).toContain(`<html lang="${LOCALE_INFO[locale].htmlLang}">`);
      const decision = await getDb().decision.findUniqueOrThrow({ where: { reference: result.reference }, select: { language: true } });
      expect(decision.language).toBe(locale);
    });
  }

  it("records an English journey's decision as English", async () => {
    const { journey } = await readyJourney({ answers: selfAnswers() });
    const result = await submitChoice({ journey });
    if (!result.ok) throw new Error("not submitted");
    expect((await getDb().decision.findUniqueOrThrow({ where: { reference: result.reference }, select: { language: true } })).language).toBe("en");
  });
});
