import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { findJourney } from "@/lib/choice/journey-store";
import { submitChoice } from "@/lib/choice/submit-choice";
import { getConsentStatus } from "@/lib/consent/get-consent-status";
import { formatReferenceNumber } from "@/lib/consent/reference-number";
import { CHOICE_EMAILS } from "@/lib/content/choice";
import { emailLineText } from "@/lib/content/email-layout";
import { getDb } from "@/lib/db";
import type { MailCaptureServer } from "@/lib/email/mail-capture-server";
import { startOutboxWorker } from "@/lib/email/outbox-worker";
import { siteLinksFor } from "@/lib/email/site-links";
import { startTestMailServer, uniqueAddress, waitForMail } from "../support/mail";
import { readyJourney, selfAnswers } from "./support";

const FROM = "Choice test <choice-test@example.org>";

async function decisionsFor(nhsNumber: string) {
  return getDb().decision.findMany({
    where: { nhsNumber },
    select: { reference: true, choice: true, contactEmail: true, statusEvents: { select: { status: true } } },
  });
}

async function confirmationRow(reference: string) {
  return getDb().emailOutbox.findFirst({
    where: { subject: CHOICE_EMAILS.confirmationSubject(formatReferenceNumber(reference)) },
    select: { status: true, attempts: true, lastError: true, toAddress: true, textBody: true },
  });
}

describe("submitting a choice", () => {
  it("records an opt-out at once, with the confirmation email queued in the same transaction", async () => {
    const answers = selfAnswers();
    const { journey } = await readyJourney({ answers });
    const result = await submitChoice({ journey });
    expect(result).toMatchObject({ ok: true, status: "EFFECTIVE", isRepeat: false });
    if (!result.ok) return;
    expect((await getConsentStatus({ nhsNumber: answers.nhsNumber! })).status).toBe("opted-out");
    const email = await confirmationRow(result.reference);
    expect(email).toMatchObject({ status: "PENDING", toAddress: answers.email });
    expect(email!.textBody).toContain(formatReferenceNumber(result.reference));
    expect(email!.textBody).toContain(emailLineText(CHOICE_EMAILS.changeMind(siteLinksFor("en"))));
  });

  it("records one decision however many times the journey is submitted, even at the same moment", async () => {
    const answers = selfAnswers();
    const { journey, token } = await readyJourney({ answers });
    const results = await Promise.all([submitChoice({ journey }), submitChoice({ journey }), submitChoice({ journey })]);
    const references = new Set(results.map((r) => (r.ok ? r.reference : "failed")));
    expect(references.size).toBe(1);
    expect(results.filter((r) => r.ok && !r.isRepeat)).toHaveLength(1);
    // Later (refresh, back and send again): the journey knows it was sent.
    const again = await submitChoice({ journey: (await findJourney({ journey: "opt-out", token }))! });
    expect(again).toMatchObject({ ok: true, isRepeat: true, reference: [...references][0] });
    expect(await decisionsFor(answers.nhsNumber!)).toHaveLength(1);
    expect(await getDb().emailOutbox.count({ where: { idempotencyKey: { startsWith: "decision-confirmation:" }, toAddress: answers.email } })).toBe(1);
  });

  it("makes an opt-in effective at once from the opt-out's email, and awaiting review from another", async () => {
    const answers = selfAnswers();
    const optOut = await readyJourney({ answers });
    await submitChoice({ journey: optOut.journey });

    const other = await readyJourney({ answers: { ...answers, choice: "OPT_IN", email: uniqueAddress("someone-else") } });
    expect(await submitChoice({ journey: other.journey })).toMatchObject({ ok: true, status: "AWAITING_REVIEW" });
    expect((await getConsentStatus({ nhsNumber: answers.nhsNumber! })).status).toBe("opted-out");

    const same = await readyJourney({ answers: { ...answers, choice: "OPT_IN" } });
    expect(await submitChoice({ journey: same.journey })).toMatchObject({ ok: true, status: "EFFECTIVE" });
    expect((await getConsentStatus({ nhsNumber: answers.nhsNumber! })).status).toBe("participating");
  });

  it("puts a proxy's decision into effect and on the evidence queue with the uploaded file", async () => {
    const answers = selfAnswers({ madeBy: "PARENT_OR_GUARDIAN", proxyName: "Мария Іваненко", proxyRelationship: "Mother", dateOfBirth: "2020-01-02", evidenceMethod: "UPLOAD" });
    const content = new TextEncoder().encode("%PDF-1.4 test evidence");
    const { journey } = await readyJourney({ answers, evidenceFile: { content, mediaType: "application/pdf", fileName: "birth-certificate.pdf" } });
    const result = await submitChoice({ journey });
    expect(result).toMatchObject({ ok: true, status: "EFFECTIVE" });
    expect((await getConsentStatus({ nhsNumber: answers.nhsNumber! })).status).toBe("opted-out");
    const [decision] = await getDb().decision.findMany({ where: { nhsNumber: answers.nhsNumber }, select: { id: true, proxyName: true } });
    const evidence = await getDb().decisionEvidence.findUniqueOrThrow({ where: { decisionId: decision!.id } });
    expect(evidence).toMatchObject({ method: "UPLOAD", status: "AWAITING_REVIEW", mediaType: "application/pdf", fileName: "birth-certificate.pdf", sizeBytes: content.length });
    expect(Buffer.from(evidence.content!).toString()).toBe("%PDF-1.4 test evidence");
    expect(decision!.proxyName).toBe("Мария Іваненко");
  });

  it("queues a proxy's decision with evidence to come by post", async () => {
    const answers = selfAnswers({ madeBy: "ATTORNEY", proxyName: "Sam Jones", proxyRelationship: "Son", evidenceMethod: "POST" });
    const { journey } = await readyJourney({ answers });
    const result = await submitChoice({ journey });
    expect(result.ok).toBe(true);
    const decision = await getDb().decision.findFirstOrThrow({ where: { nhsNumber: answers.nhsNumber }, select: { id: true } });
    expect(await getDb().decisionEvidence.findUniqueOrThrow({ where: { decisionId: decision.id }, select: { method: true, status: true, content: true } })).toEqual({
      method: "POST",
      status: "AWAITING_REVIEW",
      content: null,
    });
  });

  it("refuses a journey whose email was not proved, recording nothing", async () => {
    const answers = selfAnswers();
    const { journey } = await readyJourney({ answers });
    const result = await submitChoice({ journey: { ...journey, verifiedEmail: null } });
    expect(result).toEqual({ ok: false, problem: "incomplete", step: "confirm-email" });
    expect(await decisionsFor(answers.nhsNumber!)).toHaveLength(0);
  });
});

describe("when the mail server is down", () => {
  let probe: MailCaptureServer;
  beforeAll(async () => {
    probe = await startTestMailServer();
    await probe.close();
  });
  afterAll(async () => undefined);

  it("the opt-out stands and the confirmation is retried until SMTP is back", async () => {
    const { port } = probe;
    const worker = startOutboxWorker({ smtpUrl: `smtp://127.0.0.1:${port}`, from: FROM, pollIntervalMs: 50, baseRetryDelayMs: 200, maxRetryDelayMs: 500, log: () => undefined });
    let revived: MailCaptureServer | undefined;
    try {
      const answers = selfAnswers();
      const { journey } = await readyJourney({ answers });
      const result = await submitChoice({ journey });
      expect(result).toMatchObject({ ok: true, status: "EFFECTIVE" });
      if (!result.ok) return;
      // The decision stands and the register says opted out while mail cannot be sent.
      expect((await getConsentStatus({ nhsNumber: answers.nhsNumber! })).status).toBe("opted-out");
      await expect.poll(async () => (await confirmationRow(result.reference))?.attempts ?? 0, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
      const failed = await confirmationRow(result.reference);
      expect(failed).toMatchObject({ status: "PENDING" });
      expect(failed!.lastError).toMatch(/ECONNREFUSED|connect/i);

      revived = await startTestMailServer({ port });
      const [mail] = await waitForMail(revived.dir, (m) => m.to.includes(answers.email!) && m.subject.includes(formatReferenceNumber(result.reference)));
      expect(mail!.text).toContain(CHOICE_EMAILS.statusLabel.EFFECTIVE);
      await expect.poll(async () => (await confirmationRow(result.reference))?.status, { timeout: 5_000 }).toBe("SENT");
    } finally {
      await worker.stop();
      await revived?.close();
    }
  });
});
