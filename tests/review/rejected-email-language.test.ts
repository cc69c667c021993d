import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { formatReferenceNumber } from "@/lib/consent/reference-number";
import { contentFor } from "@/lib/content/locales";
import { getDb } from "@/lib/db";
import { createSmtpTransport } from "@/lib/email/create-smtp-transport";
import type { MailCaptureServer } from "@/lib/email/mail-capture-server";
import { sendPendingEmails } from "@/lib/email/send-pending-emails";
import { siteLinksFor } from "@/lib/email/site-links";
import { getEnv } from "@/lib/env";
import { LOCALE_INFO, type Locale } from "@/lib/i18n/locales";
import { PUBLISHED_LOCALES } from "@/lib/i18n/published";
import { rejectDecision } from "@/lib/review/review-decision";
import { decisionDetails, RESIDENT, STAFF, uniqueNhsNumber } from "../support/factories";
import { startTestMailServer, uniqueAddress, waitForMail } from "../support/mail";
import { recordDecision } from "../support/record-test-decision";

// The email that tells someone their decision was not accepted on review is in
// the language the decision was made in (decision.language; English when not
// known), with the reference written as residents read it everywhere else
// (ABC-DEF-GHJ), and the reviewer's reason quoted as they wrote it, in English,
// marked as English in the HTML.

let smtp: MailCaptureServer;
beforeAll(async () => {
  smtp = await startTestMailServer();
});
afterAll(async () => {
  await smtp.close();
});

const REFERENCE_AS_READ = /[2-9A-HJ-NP-TV-Y]{3}-[2-9A-HJ-NP-TV-Y]{3}-[2-9A-HJ-NP-TV-Y]{3}/;

/** An attorney's opt-out made online in the language, with its evidence waiting for review. */
async function attorneyOptOut(language: Locale | undefined) {
  const email = uniqueAddress(`rejected-${language ?? "unknown"}`);
  const decision = await recordDecision({
    details: decisionDetails({
      nhsNumber: uniqueNhsNumber(), madeBy: "ATTORNEY", proxyName: "Rahima Begum", proxyRelationship: "Daughter, attorney",
      contactEmail: email, decidedAt: new Date("2026-11-20T10:00:00Z"),
    }),
    recordedBy: RESIDENT,
    language,
  });
  return { ...decision, email };
}

async function rejectedEmail(decisionId: string) {
  return getDb().emailOutbox.findUniqueOrThrow({
    where: { idempotencyKey: `decision-rejected:${decisionId}` },
    select: { toAddress: true, subject: true, textBody: true, htmlBody: true },
  });
}

describe("the email when a decision is not accepted on review", () => {
  it("reaches a Bengali-speaking attorney in Bengali, with the reference as they read it and the team's reason marked as English", async () => {
    const decision = await attorneyOptOut("bn");
    const reason = "The power of attorney is for property & financial affairs, not <health and welfare>.";
    await rejectDecision({ decisionId: decision.id, reason, by: STAFF });

    // Sent for real, through the outbox and SMTP.
    const transport = createSmtpTransport(smtp.url);
    await expect
      .poll(async () => {
        await sendPendingEmails({ transport, from: getEnv().MAIL_FROM });
        return (await getDb().emailOutbox.findUniqueOrThrow({ where: { idempotencyKey: `decision-rejected:${decision.id}` }, select: { status: true } })).status;
      }, { timeout: 15_000 })
      .toBe("SENT");
    transport.close();
    const [mail] = await waitForMail(smtp.dir, (m) => m.to.includes(decision.email));

    const reference = formatReferenceNumber(decision.reference);
    expect(reference).toMatch(REFERENCE_AS_READ);
    expect(mail!.subject).toBe(`আমরা আপনার সিদ্ধান্ত ${reference} গ্রহণ করতে পারিনি`);
    expect(mail!.text).toContain(`রেফারেন্স ${reference}`);
    expect(mail!.text).not.toContain(decision.reference);
    expect(mail!.text).not.toMatch(/We could not accept|We checked the evidence/);
    // The team's words, said to be theirs and in English, then quoted as written.
    expect(mail!.text).toContain(`কারণ, আমাদের টিম যেভাবে লিখেছে (ইংরেজিতে): ${reason}`);
    expect(mail!.html).toContain('<html lang="bn">');
    expect(mail!.html).toContain(
      '<span lang="en-GB" style="white-space:pre-wrap">The power of attorney is for property &amp; financial affairs, not &lt;health and welfare&gt;.</span>',
    );
    // Where to make the decision again: the Bengali site, written out whole and linked.
    const site = `${getEnv().SITE_URL.replace(/\/$/, "")}/bn`;
    expect(mail!.text.split(/\s+/)).toContain(site);
    expect(mail!.html).toContain(`<a href="${site}">${site}</a>`);
  });

  for (const locale of PUBLISHED_LOCALES) {
    it(`is in ${LOCALE_INFO[locale].englishName} for a decision made in ${locale}`, async () => {
      const decision = await attorneyOptOut(locale);
      await rejectDecision({ decisionId: decision.id, reason: "The document is not a lasting power of attorney", by: STAFF });
      const sent = await rejectedEmail(decision.id);
      const reference = formatReferenceNumber(decision.reference);
      const expected = contentFor(locale).evidenceRejectedEmail.renderDecisionRejectedEmail({
        reference, choice: "OPT_OUT", decidedAt: new Date("2026-11-20T10:00:00Z"), reason: "The document is not a lasting power of attorney", isProxy: true,
        links: siteLinksFor(locale),
      });
      expect(sent.toAddress).toBe(decision.email);
      expect(sent.subject).toBe(expected.subject);
      expect(sent.subject).toContain(reference);
      expect(sent.textBody).toBe(expected.text);
      expect(sent.htmlBody).toContain(`<html lang="${LOCALE_INFO[locale].htmlLang}">`);
      const site = `${getEnv().SITE_URL.replace(/\/$/, "")}${LOCALE_INFO[locale].prefix}`;
      expect(sent.textBody.split(/\s+/)).toContain(site);
      expect(sent.htmlBody).toContain(`<a href="${site}">${site}</a>`);
      // Marked as English only where the email is not English already.
      expect(sent.htmlBody!.includes('<span lang="en-GB"')).toBe(LOCALE_INFO[locale].htmlLang !== "en-GB");
      if (locale !== "en" && locale !== "en-easy") expect(sent.subject).not.toMatch(/We could not accept/);
    });
  }

  it("is in English, with the reference as read, when nobody knows the decision's language", async () => {
    const decision = await attorneyOptOut(undefined);
    await rejectDecision({ decisionId: decision.id, reason: "Not signed by the attorney", by: STAFF });
    const sent = await rejectedEmail(decision.id);
    const reference = formatReferenceNumber(decision.reference);
    expect(sent.subject).toBe(`We could not accept your decision ${reference}`);
    expect(sent.textBody).toContain(`(reference ${reference})`);
    expect(sent.textBody).toContain("Why, in our team's words: Not signed by the attorney");
    expect(sent.htmlBody).toContain('<html lang="en-GB">');
  });
});
