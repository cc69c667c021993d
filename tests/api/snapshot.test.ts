import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createConsentApi, type ConsentApiOptions, toAnswer } from "@/lib/api/consent-api";
import { createConsentApiServer } from "@/lib/api/node-server";
import { createRegisterStore, type RegisterStore } from "@/lib/api/register-store";
import { handleWebRequest } from "@/lib/api/web-adapter";
import { changeDecisionStatus } from "@/lib/consent/change-decision-status";
import { recordDecision } from "@/tests/support/record-test-decision";
import { decisionDetails, STAFF, uniqueNhsNumber } from "../support/factories";
import { captureLog, newKey } from "./support";

// GET /api/v1/consent/snapshot (docs/decisions/022): every non-default state in one REPEATABLE READ
// snapshot, gzip NDJSON, headed by the feed cursor it is consistent with and ended by a completion line.

type Header = { cursor: string; seq: number; takenAt: string };
type Row = { nhsNumber: string; status: string; shareable: boolean; decidedAt: string | null; source: string | null };
type Trailer = { complete: true; count: number };
type Snapshot = { header: Header; rows: Row[]; trailer: Trailer | undefined; lines: unknown[] };
type Change = { seq: number; nhsNumber: string; status: string };

function parseLines(text: string): Snapshot {
  expect(text.endsWith("\n")).toBe(true);
  const lines = text.slice(0, -1).split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
  const last = lines.at(-1);
  const trailer = last && last.complete === true ? (last as Trailer) : undefined;
  return { header: lines[0] as Header, rows: lines.slice(1, trailer ? -1 : undefined) as Row[], trailer, lines };
}

type Mount = { name: string; isGzip: boolean; request: (path: string, headers: Record<string, string>) => Promise<{ status: number; headers: Record<string, string>; body: Buffer }> };

/** A gate the test store waits at after its first batch, so a change can be made while the snapshot is open. */
function gatedStore(store: RegisterStore) {
  let armed: { reached: () => void; released: Promise<void> } | null = null;
  let release: () => void = () => undefined;
  const state = {
    /** Arms the gate for the next snapshot; resolves when that snapshot has read its first batch. */
    arm(): Promise<void> {
      return new Promise<void>((reached) => {
        armed = { reached, released: new Promise<void>((resolve) => (release = resolve)) };
      });
    },
    release: () => release(),
  };
  const open = store.openSnapshot.bind(store);
  store.openSnapshot = async (batchSize) => {
    const opened = await open(batchSize);
    const answerLines = opened.answerLines.bind(opened);
    const gate = armed;
    armed = null;
    return {
      ...opened,
      async *answerLines(sourceByChannel) {
        let first = true;
        for await (const batch of answerLines(sourceByChannel)) {
          yield batch;
          if (first && gate) {
            first = false;
            gate.reached();
            await gate.released;
          }
        }
      },
    };
  };
  return state;
}

const store = createRegisterStore({ connectionString: inject("databaseUrl"), max: 4 });
const gate = gatedStore(store);
const options: ConsentApiOptions = { store, logger: captureLog().logger, rateLimitPerSecond: 100_000, clientCacheMs: 0, snapshotBatchSize: 1 };
const handle = createConsentApi(options);
const server = createConsentApiServer(handle, {}, { trustedProxyHops: 0 });
let baseUrl: string;
let key: string;

const nodeMount: Mount = {
  name: "the dedicated server",
  isGzip: true,
  request: (path, headers) =>
    new Promise((resolve, reject) => {
      // node:http, not fetch, so the body arrives exactly as sent (fetch would decompress it).
      http
        .get(`${baseUrl}${path}`, { headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers as Record<string, string>, body: Buffer.concat(chunks) }));
          response.on("error", reject);
        })
        .on("error", reject);
    }),
};
const siteMount: Mount = {
  name: "the site",
  // Next.js drops a route handler's Content-Encoding, so the site sends the snapshot uncompressed (ADR 022).
  isGzip: false,
  request: async (path, headers) => {
    const response = await handleWebRequest(handle, new Request(`http://site.test${path}`, { headers }));
    return { status: response.status, headers: Object.fromEntries(response.headers), body: Buffer.from(await response.arrayBuffer()) };
  },
};

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  key = (await newKey(["consent:read", "consent:changes"])).key;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await store.close();
});

async function feedFrom(cursor: string): Promise<{ changes: Change[]; cursor: string }> {
  const changes: Change[] = [];
  for (;;) {
    const response = await handle({
      method: "GET",
      path: "/api/v1/consent/changes",
      query: new URLSearchParams({ since: cursor, limit: "10000" }),
      header: (name) => (name === "authorization" ? `Bearer ${key}` : undefined),
      readBody: async () => Buffer.alloc(0),
      clientAddress: "127.0.0.1",
    });
    expect(response.status, response.body).toBe(200);
    const page = JSON.parse(response.body) as { changes: Change[]; nextCursor: string; hasMore: boolean };
    changes.push(...page.changes);
    cursor = page.nextCursor;
    if (!page.hasMore) return { changes, cursor };
  }
}

async function batchCheck(nhsNumbers: string[]): Promise<{ optedOut: Set<string>; seq: number; asked: string[] }[]> {
  const answers = [];
  for (let i = 0; i < nhsNumbers.length; i += 10_000) {
    const body = JSON.stringify({ nhsNumbers: nhsNumbers.slice(i, i + 10_000) });
    const response = await fetch(`${baseUrl}/api/v1/consent/check`, { method: "POST", body, headers: { authorization: `Bearer ${key}`, "content-type": "application/json" } });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { results: Row[]; asOf: { seq: number } };
    answers.push({ optedOut: new Set(answer.results.filter((r) => r.status === "opted-out").map((r) => r.nhsNumber)), seq: answer.asOf.seq, asked: nhsNumbers.slice(i, i + 10_000) });
  }
  return answers;
}

const decode = (mount: Mount, body: Buffer) => (mount.isGzip ? gunzipSync(body) : body).toString("utf8");
const gzipHeaders = () => ({ authorization: `Bearer ${key}`, "accept-encoding": "gzip" });

describe.each([nodeMount, siteMount])("the snapshot export on $name", (mount) => {
  it("streams NDJSON (gzip from the dedicated server): a header with the feed cursor, every opted-out person, and a final line with the count", async () => {
    const optedOut = [uniqueNhsNumber(), uniqueNhsNumber(), uniqueNhsNumber(), uniqueNhsNumber()];
    for (const nhsNumber of optedOut) await recordDecision({ details: decisionDetails({ nhsNumber }), recordedBy: STAFF, initialStatus: "EFFECTIVE" });
    const withdrawn = uniqueNhsNumber();
    const decision = await recordDecision({ details: decisionDetails({ nhsNumber: withdrawn }), recordedBy: STAFF, initialStatus: "EFFECTIVE" });
    await changeDecisionStatus({ decisionId: decision.id, status: "WITHDRAWN", reason: "Entered against the wrong person", by: STAFF });

    const response = await mount.request("/api/v1/consent/snapshot", gzipHeaders());
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe("application/x-ndjson; charset=utf-8");
    expect(response.headers["cache-control"]).toBe("no-store");
    if (mount.isGzip) {
      expect(response.headers["content-encoding"]).toBe("gzip");
      // Really gzip: the magic bytes, and it decodes.
      expect([...response.body.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    } else {
      expect(response.headers["content-encoding"]).toBeUndefined();
      expect(response.body.toString("utf8").startsWith('{"cursor":')).toBe(true);
    }
    const snapshot = parseLines(decode(mount, response.body));
    expect(snapshot.header).toEqual({ cursor: expect.any(String), seq: expect.any(Number), takenAt: expect.stringMatching(/Z$/) });
    expect(snapshot.trailer).toEqual({ complete: true, count: snapshot.rows.length });
    const people = snapshot.rows.map((row) => row.nhsNumber);
    expect(new Set(people).size).toBe(people.length);
    expect(people).toEqual([...people].sort());
    expect(people).toEqual(expect.arrayContaining(optedOut));
    expect(people).not.toContain(withdrawn);
    for (const row of snapshot.rows) expect(row).toMatchObject({ status: "opted-out", shareable: false });

    // The snapshot, brought forward with the feed from its cursor, equals a batch check of the same people
    // (other test files write concurrently, so each batch answer is compared at its own position).
    const { changes } = await feedFrom(snapshot.header.cursor);
    expect(changes.every((change) => change.seq > snapshot.header.seq)).toBe(true);
    const asked = [...new Set([...people, ...changes.map((c) => c.nhsNumber)])];
    for (const answer of await batchCheck(asked)) {
      const state = new Map(snapshot.rows.map((row) => [row.nhsNumber, row.status]));
      for (const change of changes) if (change.seq <= answer.seq) state.set(change.nhsNumber, change.status);
      const expected = answer.asked.filter((nhsNumber) => state.get(nhsNumber) === "opted-out");
      expect(new Set(expected)).toEqual(answer.optedOut);
    }
  });

  it("writes each person's line exactly as a single answer's fields are written, for every source", async () => {
    // The lines are written by PostgreSQL (docs/decisions/022); they must be what toAnswer gives, byte for byte.
    const channels = ["ONLINE", "PAPER", "PHONE", "CAREMYWAY_IMPORT", "CIDR_IMPORT"] as const;
    const people = channels.map(() => uniqueNhsNumber());
    for (const [i, channel] of channels.entries()) {
      await recordDecision({ details: decisionDetails({ nhsNumber: people[i]!, channel }), recordedBy: STAFF, initialStatus: "EFFECTIVE" });
    }
    const response = await mount.request("/api/v1/consent/snapshot", gzipHeaders());
    expect(response.status).toBe(200);
    const text = decode(mount, response.body);
    for (const nhsNumber of people) {
      const stored = await store.findConsent(nhsNumber);
      const expected = JSON.stringify(toAnswer(nhsNumber, stored));
      expect(text.split("\n").filter((line) => line.includes(`"${nhsNumber}"`))).toEqual([expected]);
    }
    const sources = people.map((nhsNumber) => (JSON.parse(text.split("\n").find((line) => line.includes(`"${nhsNumber}"`))!) as Row).source);
    expect(sources).toEqual(["online", "paper", "phone", "caremyway-import", "cidr-import"]);
  });

  it("a change made while the snapshot streams is not in it, and is in the feed from its cursor", async () => {
    const before = uniqueNhsNumber();
    const decision = await recordDecision({ details: decisionDetails({ nhsNumber: before }), recordedBy: STAFF, initialStatus: "EFFECTIVE" });
    const during = uniqueNhsNumber();
    const reached = gate.arm();
    const pending = mount.request("/api/v1/consent/snapshot", gzipHeaders());
    // The store has read its first batch and waits: the transaction is open, most rows still unread.
    await reached;
    await recordDecision({ details: decisionDetails({ nhsNumber: during }), recordedBy: STAFF, initialStatus: "EFFECTIVE" });
    await changeDecisionStatus({ decisionId: decision.id, status: "WITHDRAWN", reason: "Duplicate form", by: STAFF });
    gate.release();
    const snapshot = parseLines(decode(mount, (await pending).body));
    expect(snapshot.trailer?.count).toBe(snapshot.rows.length);
    const people = snapshot.rows.map((row) => row.nhsNumber);
    // One row a batch, in NHS number order: only the first row was read before the change, and `during`
    // (numbered after `before`, which is opted out) sorts after it, so it is read after the change was committed.
    expect(people.length).toBeGreaterThan(1);
    expect(during > people[0]!).toBe(true);
    expect(people).not.toContain(during);
    expect(people).toContain(before); // withdrawn only after the snapshot began

    const { changes } = await feedFrom(snapshot.header.cursor);
    const mine = changes.filter((c) => c.nhsNumber === during || c.nhsNumber === before).map((c) => [c.nhsNumber, c.status]);
    expect(mine).toEqual([
      [during, "opted-out"],
      [before, "participating"],
    ]);
  });

  it("without Accept-Encoding allowing gzip answers plain NDJSON", async () => {
    const response = await mount.request("/api/v1/consent/snapshot", { authorization: `Bearer ${key}`, "accept-encoding": "gzip;q=0, identity" });
    expect(response.status).toBe(200);
    expect(response.headers["content-encoding"]).toBeUndefined();
    const snapshot = parseLines(response.body.toString("utf8"));
    expect(snapshot.trailer).toEqual({ complete: true, count: snapshot.rows.length });
  });

  it("refuses a missing or unknown key (401) and a key without consent:changes (403) with a problem", async () => {
    const reader = (await newKey(["consent:read"])).key;
    for (const [headers, status] of [
      [{}, 401],
      [{ authorization: "Bearer nlr_unknownunknownunknownunknown" }, 401],
      [{ authorization: `Bearer ${reader}` }, 403],
    ] as const) {
      const response = await mount.request("/api/v1/consent/snapshot", { ...headers, "accept-encoding": "gzip" });
      expect(response.status).toBe(status);
      expect(response.headers["content-type"]).toBe("application/problem+json; charset=utf-8");
      expect(JSON.parse(response.body.toString("utf8"))).toMatchObject({ status, requestId: expect.any(String) });
    }
  });
});

describe("a snapshot that fails part way", () => {
  it("is aborted, without the final line, so it cannot pass for complete", async () => {
    const failing = createRegisterStore({ connectionString: inject("databaseUrl"), max: 2 });
    const open = failing.openSnapshot.bind(failing);
    failing.openSnapshot = async (batchSize) => {
      const opened = await open(batchSize);
      const answerLines = opened.answerLines.bind(opened);
      return {
        ...opened,
        async *answerLines(sourceByChannel) {
          for await (const batch of answerLines(sourceByChannel)) {
            yield batch;
            throw new Error("connection lost");
          }
        },
      };
    };
    const failingHandle = createConsentApi({ ...options, store: failing });
    const failingServer = createConsentApiServer(failingHandle, {}, { trustedProxyHops: 0 });
    await new Promise<void>((resolve) => failingServer.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(failingServer.address() as AddressInfo).port}/api/v1/consent/snapshot`;
      // The dedicated server: the connection is aborted mid-body.
      const outcome = await new Promise<string>((resolve) => {
        http
          .get(url, { headers: gzipHeaders() }, (response) => {
            response.on("data", () => undefined);
            response.on("end", () => resolve("ended"));
            response.on("error", () => resolve("aborted"));
            response.on("aborted", () => resolve("aborted"));
          })
          .on("error", () => resolve("aborted"));
      });
      expect(outcome).toBe("aborted");
      // The site: reading the body fails.
      const response = await handleWebRequest(failingHandle, new Request("http://site.test/api/v1/consent/snapshot", { headers: { authorization: `Bearer ${key}` } }));
      expect(response.status).toBe(200);
      await expect(response.text()).rejects.toThrow();
    } finally {
      failingServer.closeAllConnections();
      await new Promise((resolve) => failingServer.close(resolve));
      await failing.close();
    }
  });

  it("is a 503 problem when the register cannot be read at the start", async () => {
    const down = createRegisterStore({ connectionString: "postgresql://nobody@127.0.0.1:9/none", max: 1 });
    const downHandle = createConsentApi({ ...options, store: { ...down, findApiClient: store.findApiClient, touchApiClient: store.touchApiClient } });
    try {
      const response = await handleWebRequest(downHandle, new Request("http://site.test/api/v1/consent/snapshot", { headers: { authorization: `Bearer ${key}` } }));
      expect(response.status).toBe(503);
      expect(response.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    } finally {
      await down.close();
    }
  });
});
