import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { submitChoice } from "@/lib/choice/submit-choice";
import { getConsentStatus } from "@/lib/consent/get-consent-status";
import { formatReferenceNumber } from "@/lib/consent/reference-number";
import { CHOICE_EMAILS } from "@/lib/content/choice";
import { dropDatabase, ensureDatabaseExists, withDatabaseName } from "@/lib/database/embedded-server";
import { applyMigrations, defaultMigrationPaths } from "@/lib/database/migrate";
import { disconnectDb, getDb } from "@/lib/db";
import { setEnvVariable } from "@/lib/env";
import { readCapturedMail, startMailCaptureServer, type MailCaptureServer } from "@/lib/email/mail-capture-server";
import { type OutboxWorker, startOutboxWorker } from "@/lib/email/outbox-worker";
import { readyJourney, selfAnswers } from "../choice/support";
import { startTestMailServer } from "../support/mail";
import { PROJECT_ROOT, scratchFolder } from "../support/scratch-server";

// The mail server is down, then up but refusing, then working: the residents'
// decisions stand throughout, each confirmation waits in the outbox and is
// retried with growing gaps, and once mail goes through each is delivered
// exactly once, although two workers (two site instances) share the outbox.

const FROM = "SMTP fault test <smtp-fault@example.org>";
// A database of this file's own: the workers here send whatever is due, and other files' email must not go to this test's server.
const url = withDatabaseName(inject("databaseUrl"), `faults_smtp_${process.pid}`);
const mailDir = scratchFolder("smtp-outage");

beforeAll(async () => {
  await ensureDatabaseExists(url);
  await applyMigrations(url, defaultMigrationPaths(PROJECT_ROOT));
  await disconnectDb();
  setEnvVariable("DATABASE_URL", url);
}, 120_000);

afterAll(async () => {
  await disconnectDb();
  await dropDatabase(url);
});

async function confirmation(reference: string) {
  return getDb().emailOutbox.findFirstOrThrow({
    where: { subject: CHOICE_EMAILS.confirmationSubject(formatReferenceNumber(reference)) },
    select: { id: true, status: true, attempts: true, lastError: true, sentAt: true },
  });
}

describe("when the mail server is down", () => {
  it("decisions stand, confirmations are retried with backoff, and each is delivered once when mail works again", async () => {
    // A port with nothing listening on it.
    const probe = await startTestMailServer();
    const { port } = probe;
    await probe.close();

    const workers: OutboxWorker[] = [];
    let capture: MailCaptureServer | undefined;
    try {
      for (let i = 0; i < 2; i++) {
        workers.push(
          startOutboxWorker({ smtpUrl: `smtp://127.0.0.1:${port}`, from: FROM, pollIntervalMs: 20, baseRetryDelayMs: 150, maxRetryDelayMs: 1_200, log: () => undefined }),
        );
      }

      const residents = Array.from({ length: 4 }, () => selfAnswers());
      const submitted = [];
      for (const answers of residents) {
        const { journey } = await readyJourney({ answers });
        const result = await submitChoice({ journey });
        expect(result).toMatchObject({ ok: true, status: "EFFECTIVE", isRepeat: false });
        if (!result.ok) throw new Error("not recorded");
        submitted.push({ answers, reference: result.reference });
      }
      // The decisions stand while no mail can go.
      for (const { answers } of submitted) expect((await getConsentStatus({ nhsNumber: answers.nhsNumber! })).status).toBe("opted-out");

      // Backoff: watch the newest confirmation's attempts; the gaps between them grow.
      const watched = submitted.at(-1)!.reference;
      const attemptTimes: number[] = [];
      let seen = 0;
      await expect
        .poll(
          async () => {
            const row = await confirmation(watched);
            if (row.attempts > seen) {
              seen = row.attempts;
              attemptTimes.push(Date.now());
            }
            return attemptTimes.length;
          },
          { timeout: 20_000, interval: 10 },
        )
        .toBeGreaterThanOrEqual(4);
      const gaps = attemptTimes.slice(1).map((t, i) => t - attemptTimes[i]!);
      // Configured 150, 300, 600, 1200 ms (+ up to 10% jitter): the gaps grow, each about double the last.
      expect(gaps.length).toBeGreaterThanOrEqual(3);
      for (let i = 1; i < gaps.length; i++) expect(gaps[i]!).toBeGreaterThan(gaps[i - 1]! * 1.4);
      expect(gaps.at(-1)!).toBeGreaterThanOrEqual(500);
      for (const { reference } of submitted) {
        const row = await confirmation(reference);
        expect(row).toMatchObject({ status: "PENDING", sentAt: null });
        expect(row.lastError).toMatch(/ECONNREFUSED|connect/i);
      }

      // The mail server is back but refuses mail for now (451): still nothing lost, nothing sent.
      let refusing = true;
      capture = await startMailCaptureServer({ dir: mailDir, port, shouldRefuse: () => refusing });
      for (const { reference } of submitted) {
        await expect.poll(async () => (await confirmation(reference)).lastError, { timeout: 10_000, interval: 20 }).toMatch(/451|Try again later/);
        expect((await confirmation(reference)).status).toBe("PENDING");
      }
      expect(await readCapturedMail(mailDir)).toEqual([]);

      // It accepts mail again: every confirmation arrives, once.
      refusing = false;
      for (const { reference } of submitted) {
        await expect.poll(async () => (await confirmation(reference)).status, { timeout: 15_000, interval: 50 }).toBe("SENT");
      }
      // A few more passes of both workers find nothing more to send.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const captured = await readCapturedMail(mailDir);
      for (const { answers, reference } of submitted) {
        const row = await confirmation(reference);
        const copies = captured.filter((m) => m.messageId === `<${row.id}@outbox.joined-up-record>`);
        expect(copies).toHaveLength(1);
        expect(copies[0]!.to).toEqual([answers.email]);
        expect(copies[0]!.subject).toBe(CHOICE_EMAILS.confirmationSubject(formatReferenceNumber(reference)));
        expect(row.lastError).toBeNull();
      }
      await expect.poll(() => getDb().emailOutbox.count({ where: { status: "PENDING" } }), { timeout: 10_000 }).toBe(0);
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
      await capture?.close();
    }
  }, 90_000);
});
