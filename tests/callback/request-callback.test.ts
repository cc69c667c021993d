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

async function sendUntilSent(idempotencyKey: string): Promise<void> {
  // Other test files queue email in the same database: send batches until ours has gone.
  const transport = createSmtpTransport(smtp.url);
  await expect
    .poll(async () => {
      await sendPendingEmails({ transport, from: getEnv().MAIL_FROM });
      return (await getDb().emailOutbox.findUniqueOrThrow({ where: { idempotencyKey }, select: { status: true } })).status;
    }, { timeout: 15_000 })
    .toBe("SENT");
  transport.close();
}

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

    await sendUntilSent(`callback-request:${receipt.id}`);
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

// A call-back request keeps the language of the page it was made on, and the
// team's email (in English: staff work in English) says which, so the team
// rings back in that language, with an interpreter.
describe("the language of a call-back request", () => {
  it("a request from the Somali contact page is kept as Somali, and the team's email says Language: Somali", async () => {
    const team = uniqueAddress("team-so");
    setEnvVariable("TEAM_EMAIL", team);
    const name = `Hodan Warsame ${randomUUID().slice(0, 6)}`;

    const receipt = await requestCallback({ name, phone: "07700 900983", preferredTime: "Morning (9am to 12pm)" }, { locale: "so" });

    const stored = await getDb().callbackRequest.findUniqueOrThrow({ where: { id: receipt.id }, select: { language: true } });
    expect(stored.language).toBe("so");
    await sendUntilSent(`callback-request:${receipt.id}`);
    const [mail] = await waitForMail(smtp.dir, (m) => m.to.includes(team));
    // The team's email stays English, with the resident's language among its facts.
    expect(mail!.subject).toBe(`Call-back request ${receipt.reference}`);
    expect(mail!.text).toContain("Language: Somali");
    expect(mail!.html).toContain('<html lang="en-GB">');
    expect(mail!.html).toMatch(/<th scope="row"[^>]*>Language<\/th><td[^>]*>Somali<\/td>/);
  });

  it("names Bengali and Easy Read English by their English names", async () => {
    for (const [locale, label] of [["bn", "Bengali"], ["en-easy", "Easy Read English"], ["en", "English"]] as const) {
      const receipt = await requestCallback({ name: `Caller ${randomUUID().slice(0, 6)}`, phone: "07700 900984", preferredTime: "Morning (9am to 12pm)" }, { locale });
      const queued = await getDb().emailOutbox.findUniqueOrThrow({ where: { idempotencyKey: `callback-request:${receipt.id}` }, select: { textBody: true } });
      expect(queued.textBody).toContain(`Language: ${label}`);
      expect((await getDb().callbackRequest.findUniqueOrThrow({ where: { id: receipt.id }, select: { language: true } })).language).toBe(locale);
    }
  });

  it("says Not known when the language was not given, and the register refuses a language that is not one of the site's", async () => {
    const receipt = await requestCallback({ name: `Caller ${randomUUID().slice(0, 6)}`, phone: "07700 900985", preferredTime: "Morning (9am to 12pm)" });
    const queued = await getDb().emailOutbox.findUniqueOrThrow({ where: { idempotencyKey: `callback-request:${receipt.id}` }, select: { textBody: true } });
    expect(queued.textBody).toContain("Language: Not known");
    expect((await getDb().callbackRequest.findUniqueOrThrow({ where: { id: receipt.id }, select: { language: true } })).language).toBeNull();

    const name = `Bad language ${randomUUID().slice(0, 6)}`;
    await expect(getDb().$executeRaw`INSERT INTO callback_request (id, name, phone, language) VALUES (gen_random_uuid(), ${name}, '07700 900986', 'en-XA')`).rejects.toThrow(
      /callback_request_language_known/,
    );
    expect(await getDb().callbackRequest.count({ where: { name } })).toBe(0);
  });
});
