import { randomBytes, randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { BoundedCache } from "@/lib/api/bounded-cache";
import { createFailedKeyLimiter } from "@/lib/api/failed-key-limiter";
import { revokeApiClient } from "@/lib/api/manage-api-clients";
import { recordDecision } from "@/tests/support/record-test-decision";
import { getDb } from "@/lib/db";
import { formatNhsNumber } from "@/lib/nhs-number/nhs-number";
import { decisionDetails, RESIDENT, uniqueNhsNumber } from "../support/factories";
import { newKey, type RunningApi, startApi } from "./support";

let api: RunningApi;
let key: string;

beforeAll(async () => {
  api = await startApi();
  key = (await newKey()).key;
});
afterAll(async () => api.close());

async function optOut(nhsNumber = uniqueNhsNumber(), decidedAt = "2026-09-01T10:00:00Z") {
  await recordDecision({ details: decisionDetails({ nhsNumber, decidedAt }), recordedBy: RESIDENT });
  return nhsNumber;
}

async function expectProblem(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const body = await response.json();
  expect(body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String), requestId: response.headers.get("x-request-id") });
  expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+|PrismaClient|stack/i);
  return body;
}

describe("authentication", () => {
  it("refuses a missing, malformed or unknown key with 401", async () => {
    const nhsNumber = uniqueNhsNumber();
    for (const attempt of [undefined, "not-a-key", `nlr_abcdefabcdef_${"x".repeat(43)}`, key.slice(0, -1) + (key.endsWith("A") ? "B" : "A")]) {
      const response = await api.get(`/api/v1/consent/${nhsNumber}`, attempt);
      await expectProblem(response, 401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    }
  });

  it("stops accepting a key as soon as it is revoked, mid-run", async () => {
    const client = await newKey();
    const nhsNumber = uniqueNhsNumber();
    expect((await api.get(`/api/v1/consent/${nhsNumber}`, client.key)).status).toBe(200);
    await revokeApiClient({ id: client.id, by: { kind: "STAFF", id: "admin" } });
    await expectProblem(await api.get(`/api/v1/consent/${nhsNumber}`, client.key), 401);
    const audit = await getDb().auditEvent.findMany({ where: { entityId: client.id }, select: { action: true } });
    expect(audit.map((a) => a.action).sort()).toEqual(["api-client.create", "api-client.revoke"]);
  });

  it("answers 403 when the key lacks the scope", async () => {
    const readOnly = await newKey(["consent:read"]);
    const changesOnly = await newKey(["consent:changes"]);
    await expectProblem(await api.get("/api/v1/consent/changes", readOnly.key), 403);
    await expectProblem(await api.get(`/api/v1/consent/${uniqueNhsNumber()}`, changesOnly.key), 403);
    await expectProblem(await api.post("/api/v1/consent/check", '{"nhsNumbers":["9990000018"]}', changesOnly.key), 403);
  });

  it("records when each client last called", async () => {
    const client = await newKey();
    await api.get(`/api/v1/consent/${uniqueNhsNumber()}`, client.key);
    await expect.poll(async () => (await getDb().apiClient.findUnique({ where: { id: client.id }, select: { lastUsedAt: true } }))?.lastUsedAt).not.toBeNull();
  });
});

describe("GET /api/v1/consent/{nhsNumber}", () => {
  it("answers participating and shareable for someone with no decision", async () => {
    const nhsNumber = uniqueNhsNumber();
    const response = await api.get(`/api/v1/consent/${nhsNumber}`, key);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ nhsNumber, status: "participating", shareable: true, decidedAt: null, source: null, asOf: { cursor: expect.any(String), seq: expect.any(Number) } });
  });

  it("answers opted-out, not shareable, with when and how it was decided", async () => {
    const nhsNumber = await optOut();
    const response = await api.get(`/api/v1/consent/${encodeURIComponent(formatNhsNumber(nhsNumber))}`, key);
    expect(await response.json()).toEqual({
      nhsNumber,
      status: "opted-out",
      shareable: false,
      decidedAt: "2026-09-01T10:00:00.000Z",
      source: "online",
      asOf: { cursor: expect.any(String), seq: expect.any(Number) },
    });
  });

  it("refuses an invalid NHS number with 422 and a specific reason", async () => {
    const body = await expectProblem(await api.get("/api/v1/consent/9434765918", key), 422);
    expect(body.detail).toMatch(/check digit/);
    await expectProblem(await api.get("/api/v1/consent/12345", key), 422);
    await expectProblem(await api.get("/api/v1/consent/%E0%A4%A", key), 400);
  });

  it("echoes a sensible X-Request-Id and makes one up otherwise", async () => {
    const given = await api.get(`/api/v1/consent/${uniqueNhsNumber()}`, key, { "x-request-id": "trace-1234-abcd" });
    expect(given.headers.get("x-request-id")).toBe("trace-1234-abcd");
    const made = await api.get(`/api/v1/consent/${uniqueNhsNumber()}`, key, { "x-request-id": "<script>" });
    expect(made.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("answers 404 and 405 as problems", async () => {
    await expectProblem(await api.get("/api/v1/nothing", key), 404);
    const wrongMethod = await api.post(`/api/v1/consent/${uniqueNhsNumber()}`, "{}", key);
    await expectProblem(wrongMethod, 405);
    expect(wrongMethod.headers.get("allow")).toBe("GET, HEAD");
    const batchByGet = await api.get("/api/v1/consent/check", key);
    await expectProblem(batchByGet, 405);
    expect(batchByGet.headers.get("allow")).toBe("POST");
  });
});

describe("POST /api/v1/consent/check", () => {
  it("answers every number in request order, reporting invalid ones without failing the rest", async () => {
    const optedOut = await optOut();
    const unknown = uniqueNhsNumber();
    const body = JSON.stringify({ nhsNumbers: [unknown, formatNhsNumber(optedOut), "9434765918", "abc", optedOut] });
    const response = await api.post("/api/v1/consent/check", body, key);
    expect(response.status).toBe(200);
    const { results } = await response.json();
    expect(results.map((r: { status: string }) => r.status)).toEqual(["participating", "opted-out", "invalid", "invalid", "opted-out"]);
    expect(results[1]).toMatchObject({ nhsNumber: optedOut, shareable: false, source: "online" });
    expect(results[2]).toMatchObject({ nhsNumber: "9434765918", status: "invalid", shareable: false, error: expect.stringMatching(/check digit/) });
    expect(results[0]).toMatchObject({ nhsNumber: unknown, shareable: true });
  });

  it("takes 10,000 numbers and refuses 10,001 with 413", async () => {
    const numbers = Array.from({ length: 10_000 }, () => uniqueNhsNumber());
    const ok = await api.post("/api/v1/consent/check", JSON.stringify({ nhsNumbers: numbers }), key);
    expect(ok.status).toBe(200);
    expect((await ok.json()).results).toHaveLength(10_000);
    const tooMany = await api.post("/api/v1/consent/check", JSON.stringify({ nhsNumbers: [...numbers, uniqueNhsNumber()] }), key);
    const problem = await expectProblem(tooMany, 413);
    expect(problem.detail).toMatch(/10000|10,000/);
  });

  it("refuses malformed JSON, the wrong shape and the wrong content type", async () => {
    await expectProblem(await api.post("/api/v1/consent/check", '{"nhsNumbers": [', key), 400);
    await expectProblem(await api.post("/api/v1/consent/check", '{"numbers": ["9990000018"]}', key), 400);
    await expectProblem(await api.post("/api/v1/consent/check", '{"nhsNumbers": []}', key), 400);
    await expectProblem(await api.post("/api/v1/consent/check", '{"nhsNumbers": [9990000018]}', key), 400);
    await expectProblem(await api.post("/api/v1/consent/check", '{"nhsNumbers": ["9990000018"]}', key, { "content-type": "text/plain" }), 415);
    await expectProblem(await api.post("/api/v1/consent/check", "x".repeat(1_100_000), key), 413);
  });
});

describe("the access log", () => {
  it("writes one JSON line per call with the client, the numbers asked, the answers and the request id", async () => {
    const client = await newKey();
    const optedOut = await optOut();
    const response = await api.post("/api/v1/consent/check", JSON.stringify({ nhsNumbers: [optedOut, "123"] }), client.key);
    const requestId = response.headers.get("x-request-id");
    await expect.poll(() => api.log.find((line) => line.requestId === requestId)).toBeTruthy();
    const line = api.log.find((l) => l.requestId === requestId)!;
    expect(line).toMatchObject({ clientId: client.id, nhsNumbers: [optedOut, "123"], answers: ["opted-out", "invalid"], status: 200, path: "/api/v1/consent/check" });
    expect(line.latencyMs).toEqual(expect.any(Number));
  });
});

describe("rate limits", () => {
  it("answer 429 with Retry-After once a client passes its limit", async () => {
    const limited = await startApi({ rateLimitPerSecond: 3 });
    try {
      const client = await newKey();
      const responses = await Promise.all(Array.from({ length: 6 }, () => limited.get(`/api/v1/consent/${uniqueNhsNumber()}`, client.key)));
      const statuses = responses.map((r) => r.status).sort();
      expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);
      const refused = responses.find((r) => r.status === 429)!;
      await expectProblem(refused, 429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      // Another client has its own allowance.
      expect((await limited.get(`/api/v1/consent/${uniqueNhsNumber()}`, (await newKey()).key)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe("floods of made-up keys (issue #12, finding 12)", () => {
  it("refuses an address with 429 once it has sent too many bad keys, before looking any more up; other addresses are not affected", async () => {
    const limiter = createFailedKeyLimiter({ connectionString: inject("databaseUrl"), points: 3, durationSeconds: 60 });
    // One trusted proxy in front, so each test address is the one the proxy saw.
    const guarded = await startApi({ failedKeyLimiter: limiter, trustedProxyHops: 1 });
    const attacker = `198.51.100.${randomInt(1, 250)}`;
    const from = (address: string) => ({ "x-forwarded-for": address });
    const randomKey = () => `nlr_${randomBytes(6).toString("hex")}_${randomBytes(32).toString("base64url")}`;
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await guarded.get(`/api/v1/consent/${uniqueNhsNumber()}`, randomKey(), from(attacker))).status);
      expect(statuses).toEqual([401, 401, 401]);
      const lookupsBefore = guarded.keyLookups();
      const refused = await guarded.get(`/api/v1/consent/${uniqueNhsNumber()}`, randomKey(), from(attacker));
      await expectProblem(refused, 429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      // Blocked: a flood costs no more database lookups, even with a well-formed real key.
      for (let i = 0; i < 20; i++) expect((await guarded.get(`/api/v1/consent/${uniqueNhsNumber()}`, randomKey(), from(attacker))).status).toBe(429);
      expect((await guarded.get(`/api/v1/consent/${uniqueNhsNumber()}`, key, from(attacker))).status).toBe(429);
      expect(guarded.keyLookups() - lookupsBefore).toBeLessThanOrEqual(1);
      // Another address, and a client written into X-Forwarded-For by the attacker, are judged on their own.
      expect((await guarded.get(`/api/v1/consent/${uniqueNhsNumber()}`, key, from(`203.0.113.${randomInt(1, 250)}`))).status).toBe(200);
      expect((await guarded.get(`/api/v1/consent/${uniqueNhsNumber()}`, key, from(`10.9.9.9, ${attacker}`))).status).toBe(429);
    } finally {
      await guarded.close();
      await limiter.close();
    }
  });

  it("keeps a bounded number of key lookups in memory, however many made-up keys arrive", () => {
    const cache = new BoundedCache<string, number>(100);
    for (let i = 0; i < 10_000; i++) cache.set(`prefix-${i}`, i);
    expect(cache.size).toBe(100);
    // The most recently used stay; the oldest went first.
    expect(cache.get("prefix-9999")).toBe(9999);
    expect(cache.get("prefix-0")).toBeUndefined();
    cache.get("prefix-9900");
    cache.set("new", 1);
    expect(cache.get("prefix-9900")).toBe(9900);
    expect(cache.get("prefix-9901")).toBeUndefined();
  });
});
