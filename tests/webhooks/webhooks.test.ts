import { Webhook } from "standardwebhooks";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { type DeliverOptions, deliverPendingWebhooks } from "@/lib/webhooks/deliver-pending-webhooks";
import { webhookEventSchema } from "@/lib/webhooks/openapi";
import { createWebhookEndpoint, deleteWebhookEndpoint, retryFailedDeliveries, rotateWebhookSecret, setWebhookEndpointEnabled } from "@/lib/webhooks/manage-webhook-endpoints";
import { recordDecision } from "@/tests/support/record-test-decision";

import { newKey, type RunningApi, startApi } from "../api/support";
import { decisionDetails, RESIDENT, STAFF, uniqueNhsNumber } from "../support/factories";
import { type Received, type Receiver, startReceiver } from "./receiver";

// Webhooks end to end (docs/decisions/026): consent changes recorded by the
// register, queued by the database in the change's transaction, delivered by
// the worker's pass to a real HTTPS receiver that checks each signature with
// the standardwebhooks library, as a record service would.

const ADMIN = { kind: "STAFF", id: "webhook-admin" } as const;
const LOCAL = { allowPrivateAddresses: true };

let receiver: Receiver;
let api: RunningApi;
let clientId: string;
let apiKey: string;
const endpoints: string[] = [];

beforeAll(async () => {
  receiver = await startReceiver();
  api = await startApi();
  ({ id: clientId, key: apiKey } = await newKey());
});

afterEach(async () => {
  // Other test files record changes too: no endpoint of ours stays to collect them.
  for (const id of endpoints.splice(0)) await deleteWebhookEndpoint({ id, by: ADMIN }).catch(() => {});
  receiver.answer = () => 200;
});

afterAll(async () => {
  await receiver.close();
  await api.close();
});

async function register(url = receiver.url) {
  const endpoint = await createWebhookEndpoint({ apiClientId: clientId, url, by: ADMIN, policy: LOCAL });
  endpoints.push(endpoint.id);
  return endpoint;
}

function deliverOptions(overrides: Partial<DeliverOptions> = {}): DeliverOptions {
  return { allowPrivateAddresses: true, ca: receiver.ca, baseRetryDelayMs: 150, maxRetryDelayMs: 5_000, timeoutMs: 5_000, ...overrides };
}

/** Runs delivery passes, as the worker would, until `done` holds. */
async function deliverUntil(done: () => boolean | Promise<boolean>, overrides: Partial<DeliverOptions> = {}, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error("deliveries did not arrive in time");
    await deliverPendingWebhooks(deliverOptions(overrides));
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const forPerson = (nhsNumber: string) => receiver.received.filter((r) => r.json.data.nhsNumber === nhsNumber);

async function optOut(nhsNumber = uniqueNhsNumber(), decidedAt = "2026-06-01T09:00:00Z") {
  await recordDecision({ details: decisionDetails({ nhsNumber, decidedAt: new Date(decidedAt) }), recordedBy: RESIDENT });
  return nhsNumber;
}

async function optIn(nhsNumber: string, decidedAt: string) {
  await recordDecision({ details: decisionDetails({ nhsNumber, choice: "OPT_IN", decidedAt: new Date(decidedAt) }), recordedBy: STAFF, initialStatus: "EFFECTIVE" });
}

function headersOf(request: Received) {
  return { "webhook-id": request.headers["webhook-id"]!, "webhook-timestamp": request.headers["webhook-timestamp"]!, "webhook-signature": request.headers["webhook-signature"]! };
}

async function feedSince(cursor: string) {
  const response = await api.get(`/api/v1/consent/changes?since=${encodeURIComponent(cursor)}&limit=10000`, apiKey);
  expect(response.status).toBe(200);
  return (await response.json()) as { changes: { seq: number; nhsNumber: string }[]; hasMore: boolean };
}

describe("delivering consent changes", () => {
  it("delivers each change signed per Standard Webhooks, with the change as the feed shows it and the cursor after it", async () => {
    const endpoint = await register();
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const nhsNumber = await optOut();
    await deliverUntil(() => forPerson(nhsNumber).length > 0);

    const [delivery] = forPerson(nhsNumber);
    // The receiver's check, with the official library: passes with the secret shown once.
    const verified = new Webhook(endpoint.secret).verify(delivery!.body, headersOf(delivery!)) as Received["json"];
    expect(verified.type).toBe("consent.changed");
    // What is sent is what the OpenAPI document's webhooks section says.
    expect(webhookEventSchema.safeParse(verified).error).toBeUndefined();
    expect(delivery!.headers["content-type"]).toBe("application/json");

    // The body carries the change exactly as the feed shows it, plus the cursor just after it.
    const { cursor, ...change } = verified.data;
    const before = await feedSince(Buffer.from(`v2:${Buffer.from(cursor, "base64url").toString().split(":")[1]}:${change.seq - 1}`).toString("base64url"));
    expect(before.changes[0]).toEqual(change);
    expect(change).toMatchObject({ nhsNumber, status: "opted-out", shareable: false, decidedAt: "2026-06-01T09:00:00.000Z" });

    const row = await getDb().webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id, nhsNumber } });
    expect(row).toMatchObject({ status: "DELIVERED", attempts: 1, lastStatusCode: 200, lastError: null });
    expect(delivery!.headers["webhook-id"]).toBe(row.id);
  });

  it("fails verification for a tampered body, a wrong secret or a rotated-away secret", async () => {
    const endpoint = await register();
    const nhsNumber = await optOut();
    await deliverUntil(() => forPerson(nhsNumber).length > 0);
    const [delivery] = forPerson(nhsNumber);
    const headers = headersOf(delivery!);

    const tampered = delivery!.body.replace('"opted-out"', '"participating"');
    expect(tampered).not.toBe(delivery!.body);
    expect(() => new Webhook(endpoint.secret).verify(tampered, headers)).toThrow();
    const otherSecret = `whsec_${Buffer.alloc(32, 7).toString("base64")}`;
    expect(() => new Webhook(otherSecret).verify(delivery!.body, headers)).toThrow();

    // After rotation the old secret no longer verifies new deliveries; the new one does.
    const rotated = await rotateWebhookSecret({ id: endpoint.id, by: ADMIN });
    expect(rotated).not.toBe(endpoint.secret);
    const second = await optOut();
    await deliverUntil(() => forPerson(second).length > 0);
    const [next] = forPerson(second);
    expect(() => new Webhook(endpoint.secret).verify(next!.body, headersOf(next!))).toThrow();
    expect(new Webhook(rotated).verify(next!.body, headersOf(next!))).toMatchObject({ data: { nhsNumber: second } });
  });

  it("retries a receiver that answers 500 with growing delays, then stops once it answers 200", async () => {
    const endpoint = await register();
    const nhsNumber = uniqueNhsNumber();
    receiver.answer = (request) => (request.json.data.nhsNumber === nhsNumber && forPerson(nhsNumber).length <= 3 ? 500 : 200);
    await optOut(nhsNumber);
    await deliverUntil(async () => (await getDb().webhookDelivery.findFirst({ where: { endpointId: endpoint.id, nhsNumber } }))?.status === "DELIVERED");

    const attempts = forPerson(nhsNumber);
    expect(attempts).toHaveLength(4);
    // The same message each time (one webhook-id), each signature valid.
    expect(new Set(attempts.map((a) => a.headers["webhook-id"])).size).toBe(1);
    for (const attempt of attempts) expect(() => new Webhook(endpoint.secret).verify(attempt.body, headersOf(attempt))).not.toThrow();
    // Backoff: 150 ms, 300 ms, 600 ms (each plus up to 10% jitter), so each gap is longer than the one before.
    const gaps = attempts.slice(1).map((a, i) => a.at - attempts[i]!.at);
    expect(gaps[0]).toBeGreaterThanOrEqual(150);
    expect(gaps[1]).toBeGreaterThanOrEqual(300);
    expect(gaps[2]).toBeGreaterThanOrEqual(600);
    expect(gaps[1]!).toBeGreaterThan(gaps[0]!);
    expect(gaps[2]!).toBeGreaterThan(gaps[1]!);
    const row = await getDb().webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id, nhsNumber } });
    expect(row).toMatchObject({ status: "DELIVERED", attempts: 4, lastStatusCode: 200, lastError: null });
  });

  it("gives up after the maximum attempts, shows why, and delivers again when an admin retries", async () => {
    const endpoint = await register();
    const nhsNumber = uniqueNhsNumber();
    let isDown = true;
    receiver.answer = (request) => (request.json.data.nhsNumber === nhsNumber && isDown ? 503 : 200);
    await optOut(nhsNumber);
    const row = () => getDb().webhookDelivery.findFirst({ where: { endpointId: endpoint.id, nhsNumber } });
    await deliverUntil(async () => (await row())?.status === "FAILED", { maxAttempts: 3, baseRetryDelayMs: 50 });
    expect(await row()).toMatchObject({ status: "FAILED", attempts: 3, lastStatusCode: 503, lastError: "Answered 503" });
    expect(forPerson(nhsNumber)).toHaveLength(3);

    isDown = false;
    expect(await retryFailedDeliveries({ endpointId: endpoint.id, by: ADMIN })).toBeGreaterThanOrEqual(1);
    await deliverUntil(async () => (await row())?.status === "DELIVERED");
    expect(forPerson(nhsNumber)).toHaveLength(4);
    const audit = await getDb().auditEvent.findFirst({ where: { entityId: endpoint.id, action: "webhook-endpoint.retry-failed" } });
    expect(audit).not.toBeNull();
  });

  it("keeps each person's changes in order: a later change waits while an earlier one is being retried", async () => {
    const endpoint = await register();
    const nhsNumber = uniqueNhsNumber();
    let failuresLeft = 2;
    receiver.answer = (request) => {
      if (request.json.data.nhsNumber === nhsNumber && request.json.data.status === "opted-out" && failuresLeft > 0) {
        failuresLeft -= 1;
        return 500;
      }
      return 200;
    };
    await optOut(nhsNumber, "2026-06-01T09:00:00Z");
    await optIn(nhsNumber, "2026-07-01T09:00:00Z");
    // Someone else's change after both: not held up by this person's retries.
    const other = await optOut();
    await deliverUntil(async () => (await getDb().webhookDelivery.count({ where: { endpointId: endpoint.id, nhsNumber, status: "DELIVERED" } })) === 2 && forPerson(other).length > 0);

    const seen = forPerson(nhsNumber).map((r) => `${r.json.data.status}:${r.json.data.seq}`);
    expect(seen.map((s) => s.split(":")[0])).toEqual(["opted-out", "opted-out", "opted-out", "participating"]);
    const seqs = forPerson(nhsNumber).map((r) => r.json.data.seq);
    expect(seqs[3]).toBeGreaterThan(seqs[0]!);
    // The other person's later change was delivered while this person's first change was still failing.
    const otherAt = forPerson(other)[0]!.at;
    expect(otherAt).toBeLessThan(forPerson(nhsNumber)[2]!.at);
  });

  it("sends nothing to a disabled endpoint, and nothing it missed after it is enabled again", async () => {
    const endpoint = await register();
    await setWebhookEndpointEnabled({ id: endpoint.id, isEnabled: false, by: ADMIN });
    const whileDisabled = await optOut();
    expect(await getDb().webhookDelivery.count({ where: { endpointId: endpoint.id, nhsNumber: whileDisabled } })).toBe(0);

    await setWebhookEndpointEnabled({ id: endpoint.id, isEnabled: true, by: ADMIN });
    const afterwards = await optOut();
    await deliverUntil(() => forPerson(afterwards).length > 0);
    expect(forPerson(whileDisabled)).toHaveLength(0);
  });

  it("holds queued deliveries while an endpoint is disabled", async () => {
    const endpoint = await register();
    const nhsNumber = await optOut();
    await setWebhookEndpointEnabled({ id: endpoint.id, isEnabled: false, by: ADMIN });
    for (let pass = 0; pass < 3; pass++) await deliverPendingWebhooks(deliverOptions());
    expect(forPerson(nhsNumber)).toHaveLength(0);
    expect(await getDb().webhookDelivery.findFirst({ where: { endpointId: endpoint.id, nhsNumber } })).toMatchObject({ status: "PENDING", attempts: 0 });
  });

  it("gives a cursor with each change from which the feed continues without a gap", async () => {
    await register();
    const people = [uniqueNhsNumber(), uniqueNhsNumber(), uniqueNhsNumber()];
    for (const nhsNumber of people) await optOut(nhsNumber);
    await deliverUntil(() => people.every((p) => forPerson(p).length > 0));

    const first = forPerson(people[0]!)[0]!.json.data;
    const page = await feedSince(first.cursor);
    // The feed after the cursor starts at the very next change and holds the other two.
    expect(page.changes[0]!.seq).toBe(first.seq + 1);
    const later = page.changes.filter((c) => people.includes(c.nhsNumber)).map((c) => c.nhsNumber);
    expect(later).toEqual(people.slice(1));
    for (const [i, change] of page.changes.entries()) expect(change.seq).toBe(first.seq + 1 + i);
  });

  it("delivers each delivery once when several workers claim at the same time", async () => {
    const endpoint = await register();
    const people = Array.from({ length: 30 }, () => uniqueNhsNumber());
    for (const nhsNumber of people) await optOut(nhsNumber);
    // Three instances' passes at once, repeatedly, until all thirty have arrived.
    await deliverUntil(async () => {
      await Promise.all([1, 2, 3].map(() => deliverPendingWebhooks(deliverOptions({ batchSize: 4 }))));
      return people.every((p) => forPerson(p).length > 0);
    });
    for (const nhsNumber of people) expect(forPerson(nhsNumber), nhsNumber).toHaveLength(1);
    expect(await getDb().webhookDelivery.count({ where: { endpointId: endpoint.id, nhsNumber: { in: people }, status: "DELIVERED", attempts: 1 } })).toBe(30);
  });

  it("queues nothing for a change that rolls back", async () => {
    const endpoint = await register();
    const before = await getDb().webhookDelivery.count({ where: { endpointId: endpoint.id } });
    await expect(getDb().$transaction(async (tx) => {
      await tx.$executeRaw`INSERT INTO consent_change (seq, nhs_number, status, changed_at) VALUES (9223372036854775000, '9990000018', 'OPTED_OUT', now())`;
      expect(await tx.webhookDelivery.count({ where: { endpointId: endpoint.id, seq: 9223372036854775000n } })).toBe(1);
      throw new Error("roll back");
    })).rejects.toThrow("roll back");
    expect(await getDb().webhookDelivery.count({ where: { endpointId: endpoint.id } })).toBe(before);
  });
});

describe("where webhooks may go", () => {
  it("refuses at delivery time an address that is private, when private addresses are not allowed", async () => {
    const endpoint = await register();
    const nhsNumber = await optOut();
    const row = () => getDb().webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id, nhsNumber } });
    await deliverUntil(async () => (await row()).attempts > 0, { allowPrivateAddresses: false });
    expect(forPerson(nhsNumber)).toHaveLength(0);
    expect(await row()).toMatchObject({ status: "PENDING", lastError: "127.0.0.1 is a private, loopback or reserved address" });
  });

  it("refuses at delivery time a host name that now resolves to a private address (DNS rebinding)", async () => {
    // Registered while allowed (as a name that resolved publicly at the time would be); localhost resolves to loopback.
    const endpoint = await register(receiver.url.replace("127.0.0.1", "localhost"));
    const nhsNumber = await optOut();
    const row = () => getDb().webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id, nhsNumber } });
    await deliverUntil(async () => (await row()).attempts > 0, { allowPrivateAddresses: false });
    expect(forPerson(nhsNumber)).toHaveLength(0);
    expect((await row()).lastError).toBe("localhost resolves only to private, loopback or reserved addresses");
    // The same endpoint, allowed: the connection goes through (so the refusal above was the address rule).
    await deliverUntil(() => forPerson(nhsNumber).length > 0, { baseRetryDelayMs: 0 });
  });

  it("refuses to register plain http, loopback and private addresses", async () => {
    const strict = { allowPrivateAddresses: false };
    for (const [url, message] of [
      ["http://records.example.org/hook", /must start https/],
      ["https://127.0.0.1/hook", /private, loopback or reserved/],
      ["https://[::1]/hook", /private, loopback or reserved/],
      ["https://169.254.169.254/latest", /private, loopback or reserved/],
      ["https://10.1.2.3/hook", /private, loopback or reserved/],
      ["https://localhost/hook", /public host name/],
      ["https://user:pw@records.example.org/hook", /user name or password/],
      ["records.example.org/hook", /full address/],
    ] as const) {
      await expect(createWebhookEndpoint({ apiClientId: clientId, url, by: ADMIN, policy: strict }), url).rejects.toMatchObject({ userMessage: expect.stringMatching(message) });
    }
  });

  it("refuses a client that may not read the change feed", async () => {
    const { id } = await newKey(["consent:read"]);
    await expect(createWebhookEndpoint({ apiClientId: id, url: receiver.url, by: ADMIN, policy: LOCAL })).rejects.toMatchObject({ userMessage: expect.stringMatching(/consent:changes/) });
  });
});
