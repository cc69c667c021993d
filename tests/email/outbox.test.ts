import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { createSmtpTransport } from "@/lib/email/create-smtp-transport";
import { enqueueEmail, type OutgoingEmail } from "@/lib/email/enqueue-email";
import { readCapturedMail, type MailCaptureServer } from "@/lib/email/mail-capture-server";
import { startOutboxWorker } from "@/lib/email/outbox-worker";
import { retryDelayMs, sendPendingEmails } from "@/lib/email/send-pending-emails";
import { startTestMailServer, uniqueAddress, waitForMail } from "../support/mail";

const FROM = "Outbox test <outbox-test@example.org>";

function email(overrides: Partial<OutgoingEmail> = {}): OutgoingEmail {
  const key = randomUUID();
  return { idempotencyKey: `test:${key}`, to: uniqueAddress("resident"), subject: `Test ${key}`, text: `Body ${key}`, html: `<p>Body ${key}</p>`, ...overrides };
}

async function queue(...emails: OutgoingEmail[]): Promise<void> {
  await getDb().$transaction(async (tx) => {
    for (const item of emails) await enqueueEmail(tx, item);
  });
}

async function outboxRow(idempotencyKey: string) {
  return getDb().emailOutbox.findUniqueOrThrow({
    where: { idempotencyKey },
    select: { status: true, attempts: true, lastError: true, nextAttemptAt: true, sentAt: true },
  });
}

let smtp: MailCaptureServer;

beforeAll(async () => {
  smtp = await startTestMailServer();
});

afterAll(async () => {
  await smtp.close();
});

describe("queuing email", () => {
  it("queues nothing when the transaction that caused it rolls back", async () => {
    const item = email();
    await expect(
      getDb().$transaction(async (tx) => {
        await enqueueEmail(tx, item);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await getDb().emailOutbox.count({ where: { idempotencyKey: item.idempotencyKey } })).toBe(0);
  });

  it("queues an idempotency key once, however often it is queued", async () => {
    const item = email();
    await queue(item);
    await queue({ ...item, subject: "A second copy" });
    const rows = await getDb().emailOutbox.findMany({ where: { idempotencyKey: item.idempotencyKey }, select: { subject: true } });
    expect(rows).toEqual([{ subject: item.subject }]);
  });
});

describe("sending queued email", () => {
  it("delivers over SMTP and marks the email sent", async () => {
    const item = email();
    await queue(item);
    // Other test files queue email in the same database: send batches until ours has gone.
    const transport = createSmtpTransport(smtp.url);
    await expect
      .poll(async () => {
        await sendPendingEmails({ transport, from: FROM });
        return (await outboxRow(item.idempotencyKey))?.status;
      }, { timeout: 15_000 })
      .toBe("SENT");
    transport.close();

    const [mail] = await waitForMail(smtp.dir, (m) => m.to.includes(item.to));
    expect(mail!.subject).toBe(item.subject);
    expect(mail!.from).toContain("outbox-test@example.org");
    expect(mail!.text.trim()).toBe(item.text);
    expect(mail!.html).toContain(item.text);
    expect(await outboxRow(item.idempotencyKey)).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
  });

  it("keeps the email when SMTP is down, backs off, and delivers it when SMTP is back", async () => {
    // A port with nothing listening: the mail server is down.
    const probe = await startTestMailServer();
    const { port } = probe;
    await probe.close();

    const item = email();
    await queue(item);
    const worker = startOutboxWorker({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from: FROM,
      pollIntervalMs: 50,
      baseRetryDelayMs: 300,
      maxRetryDelayMs: 1_000,
      log: () => undefined,
    });
    try {
      await expect.poll(async () => (await outboxRow(item.idempotencyKey)).attempts, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
      const failed = await outboxRow(item.idempotencyKey);
      expect(failed.status).toBe("PENDING");
      expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);
      expect(failed.sentAt).toBeNull();

      // The mail server comes back on the same address.
      const revived = await startTestMailServer({ port });
      try {
        const [mail] = await waitForMail(revived.dir, (m) => m.to.includes(item.to));
        expect(mail!.subject).toBe(item.subject);
        await expect.poll(async () => (await outboxRow(item.idempotencyKey)).status, { timeout: 5_000 }).toBe("SENT");
        const sent = await outboxRow(item.idempotencyKey);
        expect(sent.lastError).toBeNull();
        expect(sent.attempts).toBeGreaterThanOrEqual(2);
      } finally {
        await worker.stop();
        await revived.close();
      }
    } finally {
      await worker.stop();
    }
  });

  it("waits longer after each failure (exponential backoff with a cap)", () => {
    const noJitter = () => 0;
    expect([1, 2, 3, 4, 10].map((attempt) => retryDelayMs(attempt, 30_000, 3_600_000, noJitter))).toEqual([
      30_000, 60_000, 120_000, 240_000, 3_600_000,
    ]);
    expect(retryDelayMs(1, 30_000, 3_600_000, () => 0.999)).toBeLessThanOrEqual(33_000);
  });

  it("sends each email once when several workers claim at the same time", async () => {
    const items = Array.from({ length: 24 }, () => email({ to: uniqueAddress("many") }));
    await queue(...items);
    const transports = Array.from({ length: 4 }, () => createSmtpTransport(smtp.url));
    // Four instances' passes at once, each claiming a batch of 3, until nothing is left.
    for (let round = 0; round < 4; round++) {
      await Promise.all(transports.map((transport) => sendPendingEmails({ transport, from: FROM, batchSize: 3 })));
    }
    for (const transport of transports) transport.close();

    const addresses = new Set(items.map((item) => item.to));
    await expect.poll(async () => (await readCapturedMail(smtp.dir)).filter((m) => addresses.has(m.to[0]!)).length).toBe(items.length);
    const delivered = (await readCapturedMail(smtp.dir)).filter((m) => addresses.has(m.to[0]!));
    expect(new Set(delivered.map((m) => m.to[0])).size).toBe(items.length);
    const rows = await getDb().emailOutbox.findMany({
      where: { idempotencyKey: { in: items.map((item) => item.idempotencyKey) } },
      select: { status: true, attempts: true },
    });
    expect(rows.every((row) => row.status === "SENT" && row.attempts === 1)).toBe(true);
  });

  it("sends an email again if the worker that claimed it died mid-send (nothing is lost)", async () => {
    const item = email();
    await queue(item);
    // This worker claims the email, then hangs for ever, as a killed process would.
    const hanging = { sendMail: () => new Promise(() => undefined), close: () => undefined } as unknown as ReturnType<typeof createSmtpTransport>;
    void sendPendingEmails({ transport: hanging, from: FROM, leaseMs: 400 });
    await expect.poll(async () => (await outboxRow(item.idempotencyKey)).attempts).toBe(1);

    // While the lease lasts, no other worker takes it.
    const transport = createSmtpTransport(smtp.url);
    await sendPendingEmails({ transport, from: FROM });
    expect(await outboxRow(item.idempotencyKey)).toMatchObject({ status: "PENDING", attempts: 1 });

    // Once it has run out, another worker sends it.
    await expect
      .poll(
        async () => {
          await sendPendingEmails({ transport, from: FROM });
          return (await outboxRow(item.idempotencyKey)).status;
        },
        { timeout: 10_000, interval: 100 },
      )
      .toBe("SENT");
    transport.close();
    await waitForMail(smtp.dir, (m) => m.to.includes(item.to));
  });
});
