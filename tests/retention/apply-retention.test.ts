import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { applyRetention } from "@/lib/retention/apply-retention";
import { privateDatabaseFor } from "../fuzz/support";

// A database of its own: the rules delete by age, and other test files'
// journeys and emails must not be swept from under them.
const database = privateDatabaseFor("retention");

const NOW = new Date("2026-11-26T12:00:00Z");
const daysBefore = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

describe("applyRetention", () => {
  it("deletes what the privacy notice says it deletes, keeps the rest, and audits the pass", async () => {
    const db = getDb();
    const oldCallback = await db.callbackRequest.create({ data: { name: "Old Request", phone: "020 7946 0000", createdAt: daysBefore(370) }, select: { id: true } });
    const recentCallback = await db.callbackRequest.create({ data: { name: "Recent Request", phone: "020 7946 0001", createdAt: daysBefore(300) }, select: { id: true } });
    const email = (sentDaysAgo: number | null) =>
      db.emailOutbox.create({
        data: {
          idempotencyKey: `retention-test:${sentDaysAgo}`,
          toAddress: "resident@example.org",
          subject: "Your security code",
          textBody: "Your code is 123456",
          htmlBody: "<p>Your code is 123456</p>",
          ...(sentDaysAgo === null ? {} : { status: "SENT", sentAt: daysBefore(sentDaysAgo) }),
        },
        select: { id: true },
      });
    const oldSent = await email(31);
    const recentSent = await email(29);
    const pending = await email(null);
    await database.query("INSERT INTO choice_journey (id, token_hash, kind, answers, updated_at, expires_at) VALUES (gen_random_uuid(), 'expired', 'OPT_OUT', '{}', now(), $1)", [daysBefore(1)]);
    await database.query("INSERT INTO choice_journey (id, token_hash, kind, answers, updated_at, expires_at) VALUES (gen_random_uuid(), 'live', 'OPT_OUT', '{}', now(), $1)", [daysBefore(-1)]);
    await db.staffUser.create({ data: { id: "retention-staff", name: "Retention Test", email: "retention@example.org" } });
    for (const [id, expiresAt] of [["old-session", daysBefore(1)], ["live-session", daysBefore(-1)]] as const) {
      await db.staffSession.create({ data: { id, token: `token-${id}`, userId: "retention-staff", expiresAt } });
    }

    const client = await db.apiClient.create({ data: { name: "Retention client", keyPrefix: "rtn00001", keyHash: "0".repeat(64), scopes: ["consent:changes"] } });
    const endpoint = await db.webhookEndpoint.create({ data: { apiClientId: client.id, url: "https://records.example.org/hook", secretEncrypted: "x", secretPrefix: "whsec_x" } });
    const delivery = (seq: number, status: "DELIVERED" | "FAILED" | "PENDING", finishedDaysAgo: number | null) =>
      db.webhookDelivery.create({
        data: { endpointId: endpoint.id, seq, nhsNumber: "9990000018", status, finishedAt: finishedDaysAgo === null ? null : daysBefore(finishedDaysAgo) },
        select: { seq: true },
      });
    await delivery(1, "DELIVERED", 31);
    await delivery(2, "DELIVERED", 29);
    await delivery(3, "FAILED", 200);
    await delivery(4, "PENDING", null);

    expect(await applyRetention({ now: NOW })).toEqual({ callbackRequests: 1, emailBodies: 1, expiredJourneys: 1, expiredStaffSessions: 1, expiredFormDrafts: 0, deliveredWebhooks: 1 });
    // Delivered over 30 days ago goes; recent, failed (an admin must act) and waiting ones stay.
    expect((await db.webhookDelivery.findMany({ select: { seq: true }, orderBy: { seq: "asc" } })).map((d) => Number(d.seq))).toEqual([2, 3, 4]);
    expect((await db.staffSession.findMany({ select: { id: true } })).map((session) => session.id)).toEqual(["live-session"]);

    expect(await db.callbackRequest.findUnique({ where: { id: oldCallback.id } })).toBeNull();
    expect(await db.callbackRequest.findUnique({ where: { id: recentCallback.id } })).not.toBeNull();
    const bodies = async (id: string) => db.emailOutbox.findUniqueOrThrow({ where: { id }, select: { subject: true, textBody: true, htmlBody: true, sentAt: true } });
    // Who it went to, the subject and when stay; the body goes.
    expect(await bodies(oldSent.id)).toMatchObject({ subject: "Your security code", textBody: "", htmlBody: null, sentAt: daysBefore(31) });
    expect(await bodies(recentSent.id)).toMatchObject({ textBody: "Your code is 123456" });
    expect(await bodies(pending.id)).toMatchObject({ textBody: "Your code is 123456" });
    const journeys = await database.query("SELECT rtrim(token_hash) AS token_hash FROM choice_journey ORDER BY token_hash");
    expect(journeys.rows.map((row) => row.token_hash)).toEqual(["live"]);

    const audit = await db.auditEvent.findMany({ where: { action: "retention.apply" }, select: { actorKind: true, details: true } });
    expect(audit).toEqual([{ actorKind: "SYSTEM", details: { callbackRequests: 1, emailBodies: 1, expiredJourneys: 1, expiredStaffSessions: 1, expiredFormDrafts: 0, deliveredWebhooks: 1 } }]);

    // Again: nothing left to delete, and nothing audited.
    expect(await applyRetention({ now: NOW })).toEqual({ callbackRequests: 0, emailBodies: 0, expiredJourneys: 0, expiredStaffSessions: 0, expiredFormDrafts: 0, deliveredWebhooks: 0 });
    expect(await db.auditEvent.count({ where: { action: "retention.apply" } })).toBe(1);
  });
});
