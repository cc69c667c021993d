import { describe, expect, it } from "vitest";

import { recordDecision } from "@/lib/consent/record-decision";
import { formatReferenceNumber } from "@/lib/consent/reference-number";
import { contentFor } from "@/lib/content/locales";
import { getDb } from "@/lib/db";
import { siteLinksFor } from "@/lib/email/site-links";
import { getEnv } from "@/lib/env";
import { decisionDetails, minutesAfter, RESIDENT, uniqueNhsNumber } from "../support/factories";
import { uniqueAddress } from "../support/mail";

// Whoever asks to opt someone back in, each address that proved an earlier
// opt-out is told in the language of the opt-out it made (decision.language),
// not the requester's; English when that is not known.

const T0 = new Date("2026-07-01T09:00:00Z");

async function noticeTo(address: string) {
  return getDb().emailOutbox.findFirstOrThrow({ where: { toAddress: address, idempotencyKey: { startsWith: "opt-in-notice:" } }, select: { subject: true, textBody: true, htmlBody: true } });
}

describe("the opt-in notice's language", () => {
  it("tells each opt-out's address in its own decision's language", async () => {
    const nhsNumber = uniqueNhsNumber();
    const somali = uniqueAddress("notice-so");
    const unknown = uniqueAddress("notice-unknown");
    await recordDecision({ details: decisionDetails({ nhsNumber, contactEmail: somali, decidedAt: T0 }), assurance: { level: "PROVED_EMAIL" }, recordedBy: RESIDENT, language: "so" });
    await recordDecision({ details: decisionDetails({ nhsNumber, contactEmail: unknown, decidedAt: minutesAfter(T0, 5) }), assurance: { level: "PROVED_EMAIL" }, recordedBy: RESIDENT });
    // The request comes in Spanish from a third address.
    const optIn = await recordDecision({
      details: decisionDetails({ nhsNumber, choice: "OPT_IN", contactEmail: uniqueAddress("notice-requester"), decidedAt: minutesAfter(T0, 10) }),
      assurance: { level: "PROVED_EMAIL" },
      recordedBy: RESIDENT,
      language: "es",
    });
    const reference = formatReferenceNumber(optIn.reference);
    const expected = (locale: "so" | "en") =>
      contentFor(locale).emails.renderOptInAttemptNotice({ requestReference: reference, receivedAt: contentFor(locale).dates.formatLondonDateTime(minutesAfter(T0, 10)), outcome: "AWAITING_REVIEW", basis: { kind: "nhs-login" }, links: siteLinksFor(locale) });

    const toSomali = await noticeTo(somali);
    expect(toSomali.subject).toBe(expected("so").subject);
    expect(toSomali.htmlBody).toContain('<html lang="so">');
    expect(toSomali.subject).not.toBe(expected("en").subject);
    // Where to opt out again: the Somali site, written out whole and linked.
    const base = getEnv().SITE_URL.replace(/\/$/, "");
    expect(toSomali.textBody.split(/\s+/)).toContain(`${base}/so`);
    expect(toSomali.htmlBody).toContain(`<a href="${base}/so">${base}/so</a>`);
    const toUnknown = await noticeTo(unknown);
    expect(toUnknown.subject).toBe(expected("en").subject);
    expect(toUnknown.htmlBody).toContain('<html lang="en-GB">');
    expect(toUnknown.textBody).toContain(`You can also opt out again at any time on our website: ${base}\n`);
    expect(toUnknown.htmlBody).toContain(`<a href="${base}">${base}</a>`);
  });
});
