import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { generateApiKey } from "@/lib/api/api-keys";
import { createConsentApi, encodeCursor } from "@/lib/api/consent-api";
import { createRegisterStore } from "@/lib/api/register-store";
import { handleWebRequest } from "@/lib/api/web-adapter";
import { changeDecisionStatus } from "@/lib/consent/change-decision-status";
import { dumpDatabase } from "@/lib/database/backup/dump";
import { restoreDatabase } from "@/lib/database/backup/restore";
import { dropDatabase, ensureDatabaseExists, recreateDatabase, withDatabaseName } from "@/lib/database/embedded-server";
import { applyMigrations, defaultMigrationPaths } from "@/lib/database/migrate";
import { FEED_POLL_AFTER_SECONDS } from "@/lib/validation/consent-api";
import { recordDecision } from "@/tests/support/record-test-decision";
import { decisionDetails, RESIDENT, STAFF, uniqueNhsNumber } from "../support/factories";
import { captureLog, newKey, type RunningApi, startApi } from "./support";

// The change feed's cursors, epochs, sequence numbers, validators and the
// register position single and batch answers carry (docs/decisions/020).

const PROJECT_ROOT = path.resolve(import.meta.dirname, "..", "..");
const migrationPaths = defaultMigrationPaths(PROJECT_ROOT);
const GONE_TYPE = "https://consent-register.example/problems/feed-cursor-gone";

type Change = {
  seq: number;
  nhsNumber: string;
  status: string;
  shareable: boolean;
  decidedAt: string | null;
  changedAt: string;
  withdrawal: { reason: string; effectiveAt: string } | null;
};
type Page = { changes: Change[]; nextCursor: string; hasMore: boolean; pollAfterSeconds: number };
type Position = { cursor: string; seq: number };

let api: RunningApi;
let key: string;

beforeAll(async () => {
  api = await startApi();
  key = (await newKey()).key;
});
afterAll(async () => api.close());

async function page(since: string | undefined, limit: number, on: RunningApi = api, onKey = key): Promise<Page> {
  const query = new URLSearchParams({ limit: String(limit), ...(since !== undefined ? { since } : {}) });
  const response = await on.get(`/api/v1/consent/changes?${query}`, onKey);
  expect(response.status, await response.clone().text()).toBe(200);
  return response.json();
}

/** Reads to the end of the feed as it stands. */
async function readToEnd(since: string | undefined, on: RunningApi = api, onKey = key): Promise<{ cursor: string; seen: Change[] }> {
  const seen: Change[] = [];
  let cursor = since;
  for (;;) {
    const result = await page(cursor, 10_000, on, onKey);
    seen.push(...result.changes);
    cursor = result.nextCursor;
    if (!result.hasMore) return { cursor, seen };
  }
}

async function position(): Promise<Position> {
  const response = await api.get(`/api/v1/consent/${uniqueNhsNumber()}`, key);
  return (await response.json()).asOf;
}

async function expectGone(response: Response, detail: RegExp): Promise<void> {
  expect(response.status).toBe(410);
  expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const body = await response.json();
  expect(body).toMatchObject({ type: GONE_TYPE, status: 410, title: "Feed cursor gone" });
  expect(body.detail).toMatch(detail);
  expect(body.detail).toMatch(/since=0/);
}

/** A database of its own (migrated, so it has its own epoch) with an API server and a key. */
async function ownRegister(label: string) {
  const url = withDatabaseName(inject("databaseUrl"), `${inject("databaseName")}_${label}`.slice(0, 63));
  await recreateDatabase(url);
  await applyMigrations(url, migrationPaths);
  const { key: ownKey, prefix, hash } = generateApiKey();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("INSERT INTO api_client (id, name, key_prefix, key_hash, scopes) VALUES (gen_random_uuid(), $1, $2, $3, $4)", [
      label,
      prefix,
      hash,
      ["consent:read", "consent:changes"],
    ]);
  } finally {
    await client.end();
  }
  return { url, key: ownKey };
}

async function epochOf(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ epoch: string }>("SELECT epoch::text AS epoch FROM register_epoch")).rows[0]!.epoch;
  } finally {
    await client.end();
  }
}

describe("the feed's start", () => {
  it("accepts since=0 as the beginning, the same as no since", async () => {
    const fromZero = await page("0", 5);
    const fromNothing = await page(undefined, 5);
    expect(fromZero.changes.length).toBeGreaterThan(0);
    expect(fromZero).toEqual(fromNothing);
    // A migrated register starts with the canary people's changes, numbered from 1.
    expect(fromZero.changes[0]!.seq).toBe(1);
  });

  it("still refuses a cursor it did not give out, and numbers like 00 or -1, with 400", async () => {
    for (const since of ["bogus", "00", "-1", "1", encodeCursor("not-an-epoch", 1n)]) {
      const response = await api.get(`/api/v1/consent/changes?since=${encodeURIComponent(since)}`, key);
      expect(response.status, since).toBe(400);
    }
  });
});

describe("cursors carry the register's epoch", () => {
  it("refuses, with 410, a cursor ahead of the register and accepts one exactly at its end", async () => {
    const now = await position();
    const [, epoch] = /^v2:([^:]+):/.exec(Buffer.from(now.cursor, "base64url").toString())!;
    // Other test files write meanwhile: far enough ahead that nobody catches it up during this test.
    const ahead = encodeCursor(epoch!, BigInt(now.seq) + 1_000_000n);
    await expectGone(await api.get(`/api/v1/consent/changes?since=${ahead}`, key), /ahead of the register/);
    const atEnd = await api.get(`/api/v1/consent/changes?since=${now.cursor}`, key);
    expect(atEnd.status).toBe(200);
  });

  it("refuses, with 410, a cursor from another epoch, and an old v1 cursor", async () => {
    const now = await position();
    const otherEpoch = encodeCursor("00000000-0000-4000-8000-000000000000", 1n);
    await expectGone(await api.get(`/api/v1/consent/changes?since=${otherEpoch}`, key), /another epoch/);
    const v1 = Buffer.from(`v1:${now.seq}`).toString("base64url");
    await expectGone(await api.get(`/api/v1/consent/changes?since=${v1}`, key), /before cursors carried the register's epoch/);
  });

  it("after the register is recreated (db:reset), refuses the old cursor though its number exists again", async () => {
    const own = await ownRegister("feed_reset");
    let server = await startApi({ connectionString: own.url });
    try {
      const { cursor: before } = await readToEnd("0", server, own.key);
      const epochBefore = await epochOf(own.url);
      await server.close();
      // What db:reset does: drop, recreate, migrate.
      await recreateDatabase(own.url);
      await applyMigrations(own.url, migrationPaths);
      const client = new pg.Client({ connectionString: own.url });
      await client.connect();
      const { key: newOwnKey, prefix, hash } = generateApiKey();
      await client.query("INSERT INTO api_client (id, name, key_prefix, key_hash, scopes) VALUES (gen_random_uuid(), 'again', $1, $2, $3)", [prefix, hash, ["consent:changes"]]);
      await client.end();
      expect(await epochOf(own.url)).not.toBe(epochBefore);
      server = await startApi({ connectionString: own.url });
      // The canary changes are numbered 1 to 5 again: only the epoch tells the cursors apart.
      await expectGone(await server.get(`/api/v1/consent/changes?since=${before}`, newOwnKey), /another epoch/);
      expect((await server.get("/api/v1/consent/changes?since=0", newOwnKey)).status).toBe(200);
    } finally {
      await server.close();
      await dropDatabase(own.url);
    }
  });

  it("after a restore from backup, refuses cursors from before it: the restored register has a new epoch", async () => {
    const own = await ownRegister("feed_source");
    const restoredUrl = withDatabaseName(inject("databaseUrl"), `${inject("databaseName")}_feed_restored`.slice(0, 63));
    const folder = mkdtempSync(path.join(os.tmpdir(), "feed-restore-"));
    const source = await startApi({ connectionString: own.url });
    let restored: RunningApi | undefined;
    try {
      const { cursor } = await readToEnd("0", source, own.key);
      await dumpDatabase(own.url, path.join(folder, "archive"));
      await dropDatabase(restoredUrl);
      await ensureDatabaseExists(restoredUrl);
      await restoreDatabase(path.join(folder, "archive"), restoredUrl, { migrationPaths });
      expect(await epochOf(restoredUrl)).not.toBe(await epochOf(own.url));
      restored = await startApi({ connectionString: restoredUrl });
      // The key and the changes came back with the backup; the cursor did not.
      await expectGone(await restored.get(`/api/v1/consent/changes?since=${cursor}`, own.key), /another epoch/);
      const again = await readToEnd("0", restored, own.key);
      const original = await readToEnd("0", source, own.key);
      expect(again.seen).toEqual(original.seen);
    } finally {
      await source.close();
      await restored?.close();
      await dropDatabase(own.url);
      await dropDatabase(restoredUrl);
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("each change's number", () => {
  it("is strictly increasing by one across pages, so a consumer can tell that none was missed", async () => {
    const { cursor: start } = await readToEnd(undefined);
    const startSeq = (await page(start, 1)).changes[0]?.seq;
    const people = Array.from({ length: 5 }, () => uniqueNhsNumber());
    for (const nhsNumber of people) await recordDecision({ details: decisionDetails({ nhsNumber }), recordedBy: RESIDENT });
    const seen: Change[] = [];
    let cursor = start;
    for (;;) {
      const result = await page(cursor, 2);
      seen.push(...result.changes);
      cursor = result.nextCursor;
      if (!result.hasMore) break;
    }
    expect(seen.length).toBeGreaterThanOrEqual(people.length);
    if (startSeq !== undefined) expect(seen[0]!.seq).toBe(startSeq);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.seq, `change ${i}`).toBe(seen[i - 1]!.seq + 1);
    for (const nhsNumber of people) expect(seen.filter((c) => c.nhsNumber === nhsNumber)).toHaveLength(1);
  });
});

describe("ETag, If-None-Match and the poll interval", () => {
  it("answers 304 while nothing is new, 200 with a new ETag once something is, and says how long to wait", async () => {
    // A register of its own: other test files write to the shared one at any moment.
    const own = await ownRegister("feed_etag");
    const server = await startApi({ connectionString: own.url });
    try {
      const { cursor } = await readToEnd("0", server, own.key);
      const path = `/api/v1/consent/changes?since=${cursor}&limit=10000`;
      const first = await server.get(path, own.key);
      expect(first.status).toBe(200);
      const etag = first.headers.get("etag")!;
      expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
      const body = (await first.json()) as Page;
      expect(body).toMatchObject({ changes: [], hasMore: false, pollAfterSeconds: FEED_POLL_AFTER_SECONDS });
      expect(first.headers.get("retry-after")).toBe(String(FEED_POLL_AFTER_SECONDS));

      const notModified = await server.get(path, own.key, { "if-none-match": etag });
      expect(notModified.status).toBe(304);
      expect(await notModified.text()).toBe("");
      expect(notModified.headers.get("etag")).toBe(etag);
      expect(notModified.headers.get("retry-after")).toBe(String(FEED_POLL_AFTER_SECONDS));
      expect(notModified.headers.get("x-request-id")).toBeTruthy();
      // A list and a weak form name it too; another tag does not.
      expect((await server.get(path, own.key, { "if-none-match": `"other", W/${etag}` })).status).toBe(304);
      expect((await server.get(path, own.key, { "if-none-match": '"other"' })).status).toBe(200);

      // A change arrives (written as the register's writers do: the change, its number, the person's state).
      const nhsNumber = uniqueNhsNumber();
      const client = new pg.Client({ connectionString: own.url });
      await client.connect();
      try {
        await client.query(
          `WITH k AS (UPDATE consent_change_counter SET last_seq = last_seq + 1 WHERE id = 1 RETURNING last_seq)
           INSERT INTO consent_change (seq, nhs_number, status, decided_at, channel, changed_at) SELECT k.last_seq, $1, 'OPTED_OUT', now(), 'ONLINE', now() FROM k`,
          [nhsNumber],
        );
      } finally {
        await client.end();
      }
      const changed = await server.get(path, own.key, { "if-none-match": etag });
      expect(changed.status).toBe(200);
      expect(changed.headers.get("etag")).not.toBe(etag);
      expect(((await changed.json()) as Page).changes.map((c) => c.nhsNumber)).toEqual([nhsNumber]);
    } finally {
      await server.close();
      await dropDatabase(own.url);
    }
  });

  it("says to read again at once (0) while more changes are waiting", async () => {
    const result = await api.get("/api/v1/consent/changes?since=0&limit=1", key);
    const body = (await result.json()) as Page;
    expect(body.hasMore).toBe(true);
    expect(body.pollAfterSeconds).toBe(0);
    expect(result.headers.get("retry-after")).toBe("0");
  });
});

describe("the register position single and batch answers reflect (asOf)", () => {
  it("is a cursor after the change the answer reflects, and before any later one", async () => {
    const before = await position();
    const nhsNumber = uniqueNhsNumber();
    await recordDecision({ details: decisionDetails({ nhsNumber }), recordedBy: RESIDENT });
    const single = await (await api.get(`/api/v1/consent/${nhsNumber}`, key)).json();
    expect(single).toMatchObject({ status: "opted-out", asOf: { cursor: expect.any(String), seq: expect.any(Number) } });
    expect(single.asOf.seq).toBeGreaterThan(before.seq);
    // The opt-out is at or before asOf: following the feed from asOf never shows it again ...
    const after = await readToEnd(single.asOf.cursor);
    expect(after.seen.map((c) => c.nhsNumber)).not.toContain(nhsNumber);
    // ... and from the position before it, it is there, numbered no later than asOf.
    const between = await readToEnd(before.cursor);
    const change = between.seen.find((c) => c.nhsNumber === nhsNumber)!;
    expect(change.seq).toBeLessThanOrEqual(single.asOf.seq);

    const batch = await (await api.post("/api/v1/consent/check", JSON.stringify({ nhsNumbers: [nhsNumber, "123"] }), key)).json();
    expect(batch.results.map((r: { status: string }) => r.status)).toEqual(["opted-out", "invalid"]);
    expect(batch.asOf.seq).toBeGreaterThanOrEqual(single.asOf.seq);
    expect((await api.get(`/api/v1/consent/changes?since=${batch.asOf.cursor}`, key)).status).toBe(200);
    // No valid number at all: still an answer as of a position.
    const invalidOnly = await (await api.post("/api/v1/consent/check", JSON.stringify({ nhsNumbers: ["123"] }), key)).json();
    expect(invalidOnly.asOf).toEqual({ cursor: expect.any(String), seq: expect.any(Number) });
  });

  it("keeps Cache-Control: no-store on single, batch and feed answers", async () => {
    const nhsNumber = uniqueNhsNumber();
    for (const response of [
      await api.get(`/api/v1/consent/${nhsNumber}`, key),
      await api.post("/api/v1/consent/check", JSON.stringify({ nhsNumbers: [nhsNumber] }), key),
      await api.get("/api/v1/consent/changes?since=0&limit=1", key),
    ]) {
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
  });
});

describe("a withdrawn decision in the feed", () => {
  it("shows why the answer changed: the withdrawal's reason and when it took effect", async () => {
    const { cursor } = await readToEnd(undefined);
    const nhsNumber = uniqueNhsNumber();
    const decision = await recordDecision({ details: decisionDetails({ nhsNumber, decidedAt: "2026-09-01T10:00:00Z" }), recordedBy: STAFF, initialStatus: "EFFECTIVE" });
    const before = Date.now();
    await changeDecisionStatus({ decisionId: decision.id, status: "WITHDRAWN", reason: "Entered against the wrong person", by: STAFF });
    const { seen } = await readToEnd(cursor);
    const mine = seen.filter((c) => c.nhsNumber === nhsNumber);
    expect(mine.map((c) => c.status)).toEqual(["opted-out", "participating"]);
    expect(mine[0]!.withdrawal).toBeNull();
    expect(mine[0]!.decidedAt).toBe("2026-09-01T10:00:00.000Z");
    const withdrawn = mine[1]!;
    expect(withdrawn).toMatchObject({ shareable: true, decidedAt: null, withdrawal: { reason: "Entered against the wrong person", effectiveAt: expect.any(String) } });
    const effectiveAt = Date.parse(withdrawn.withdrawal!.effectiveAt);
    expect(effectiveAt).toBeGreaterThanOrEqual(before - 1_000);
    expect(effectiveAt).toBeLessThanOrEqual(Date.parse(withdrawn.changedAt));
  });

  it("names the decision in force again when a later one is withdrawn", async () => {
    const nhsNumber = uniqueNhsNumber();
    const { cursor } = await readToEnd(undefined);
    await recordDecision({ details: decisionDetails({ nhsNumber, decidedAt: "2026-07-01T09:00:00Z" }), recordedBy: RESIDENT });
    const later = await recordDecision({ details: decisionDetails({ nhsNumber, choice: "OPT_IN", decidedAt: "2026-08-01T09:00:00Z" }), recordedBy: STAFF, initialStatus: "EFFECTIVE" });
    await changeDecisionStatus({ decisionId: later.id, status: "WITHDRAWN", reason: "Duplicate form", by: STAFF });
    const mine = (await readToEnd(cursor)).seen.filter((c) => c.nhsNumber === nhsNumber);
    expect(mine.map((c) => [c.status, c.decidedAt, c.withdrawal?.reason ?? null])).toEqual([
      ["opted-out", "2026-07-01T09:00:00.000Z", null],
      ["participating", "2026-08-01T09:00:00.000Z", null],
      ["opted-out", "2026-07-01T09:00:00.000Z", "Duplicate form"],
    ]);
  });
});

describe("the site's mount (Next.js route handlers) answers the feed as the dedicated server does", () => {
  it("since=0, 410, 304 and asOf alike", async () => {
    const store = createRegisterStore({ connectionString: inject("databaseUrl"), max: 2 });
    const handle = createConsentApi({ store, logger: captureLog().logger, rateLimitPerSecond: 1000, clientCacheMs: 0 });
    const viaSite = (pathAndQuery: string, headers: Record<string, string> = {}) =>
      handleWebRequest(handle, new Request(`http://site.test${pathAndQuery}`, { headers: { authorization: `Bearer ${key}`, ...headers } }));
    try {
      expect((await viaSite("/api/v1/consent/changes?since=0&limit=3")).status).toBe(200);
      const v1 = Buffer.from("v1:1").toString("base64url");
      await expectGone(await viaSite(`/api/v1/consent/changes?since=${v1}`), /epoch/);
      const { cursor } = await readToEnd(undefined);
      const first = await viaSite(`/api/v1/consent/changes?since=${cursor}`);
      expect(first.status).toBe(200);
      const etag = first.headers.get("etag")!;
      const again = await viaSite(`/api/v1/consent/changes?since=${cursor}`, { "if-none-match": etag });
      expect(again.status).toBe(304);
      expect(again.headers.get("etag")).toBe(etag);
      const single = await (await viaSite(`/api/v1/consent/${uniqueNhsNumber()}`)).json();
      expect(single.asOf).toEqual({ cursor: expect.any(String), seq: expect.any(Number) });
    } finally {
      await store.close();
    }
  });
});
