import { randomUUID } from "node:crypto";

import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { requestCallback } from "@/lib/callback/request-callback";
import { getDb } from "@/lib/db";
import { createSmtpTransport } from "@/lib/email/create-smtp-transport";
import type { MailCaptureServer } from "@/lib/email/mail-capture-server";
import { sendPendingEmails } from "@/lib/email/send-pending-emails";
import { getEnv, setEnvVariable } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { startTestMailServer, uniqueAddress, waitForMail } from "../support/mail";

let smtp: MailCaptureServer;
const originalTeamEmail = process.env.TEAM_EMAIL;

beforeAll(async () => {
  smtp = await startTestMailServer();
});

afterAll(async () => {
  await smtp.close();
});

afterEach(() => {
  if (originalTeamEmail === undefined) delete process.env.TEAM_EMAIL;
  else setEnvVariable("TEAM_EMAIL", originalTeamEmail);
});

describe("requestCallback", () => {
  it("stores the request and emails the team, with the details they need to call back", async () => {
    const team = uniqueAddress("team");
    setEnvVariable("TEAM_EMAIL", team);
    const name = `Test Resident ${randomUUID().slice(0, 6)}`;

    const receipt = await requestCallback({ name, phone: "07700 900982", preferredTime: "Morning (9am to 12pm)", message: "About opting out" });

    const stored = await getDb().callbackRequest.findUniqueOrThrow({
      where: { id: receipt.id },
      select: { name: true, phone: true, preferredTime: true, message: true, handledAt: true },
    });
    expect(stored).toEqual({ name, phone: "07700 900982", preferredTime: "Morning (9am to 12pm)", message: "About opting out", handledAt: null });
    const queued = await getDb().emailOutbox.findUniqueOrThrow({
      where: { idempotencyKey: `callback-request:${receipt.id}` },
      select: { toAddress: true, subject: true, status: true },
    });
    expect(queued).toEqual({ toAddress: team, subject: `Call-back request ${receipt.reference}`, status: "PENDING" });
    expect(queued.subject).not.toContain(name);

    // Other test files queue email in the same database: send batches until ours has gone.
    const transport = createSmtpTransport(smtp.url);
    await expect
      .poll(async () => {
        await sendPendingEmails({ transport, from: getEnv().MAIL_FROM });
        return (await getDb().emailOutbox.findUniqueOrThrow({ where: { idempotencyKey: `callback-request:${receipt.id}` }, select: { status: true } })).status;
      }, { timeout: 15_000 })
      .toBe("SENT");
    transport.close();
    const [mail] = await waitForMail(smtp.dir, (m) => m.to.includes(team));
    expect(mail!.text).toContain(name);
    expect(mail!.text).toContain("07700 900982");
    expect(mail!.text).toContain("Morning (9am to 12pm)");
    expect(mail!.text).toContain(receipt.reference);
  });

  it("refuses invalid details and stores nothing", async () => {
    const name = `Nobody ${randomUUID()}`;
    const error = await requestCallback({ name, phone: "not a number", preferredTime: "Any time" }).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("VALIDATION_FAILED");
    expect(await getDb().callbackRequest.count({ where: { name } })).toBe(0);
  });
});
