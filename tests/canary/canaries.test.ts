import http from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import pg from "pg";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createConsentApi } from "@/lib/api/consent-api";
import { revokeApiClient } from "@/lib/api/manage-api-clients";
import { createRegisterStore } from "@/lib/api/register-store";
import { handleWebRequest } from "@/lib/api/web-adapter";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { CANARY_NHS_NUMBERS, CANARY_PEOPLE } from "@/lib/canary/canaries";
import { logCanaryReport } from "@/lib/canary/canary-log";
import { listCanaryServers } from "@/lib/canary/mounts";
import { runCanaryCheck } from "@/lib/canary/run-canary-check";
import { refreshPersonConsent } from "@/lib/consent/refresh-person-consent";
import { getDb } from "@/lib/db";
import { generateTestNhsNumber } from "@/lib/nhs-number/nhs-number";
import { listReviewQueue } from "@/lib/review/list-review-queue";
import { captureLog, newKey, startApi, type RunningApi } from "../api/support";

// The canary people and their checker, in one file on purpose: the fault
// tests below change a canary's row for a moment, and the migration tests
// recompute the canaries' state, so they must never run at the same time
// (Vitest runs one file's tests in order).

// The canary people are written by a hand-written data migration
// (20261206030000_canary_people). These tests hold it to what the register's
// own code would have written.

const SOURCE_BY_CHANNEL: Record<string, string> = {
  ONLINE: "online", PAPER: "paper", PHONE: "phone", CAREMYWAY_IMPORT: "caremyway-import", CIDR_IMPORT: "cidr-import",
};

describe("canary people (migration)", () => {
  it("gives every canary the current state its definition expects", async () => {
    const rows = await getDb().personConsent.findMany({
      where: { nhsNumber: { in: [...CANARY_NHS_NUMBERS] } },
      select: { nhsNumber: true, status: true, decidedAt: true, channel: true },
    });
    expect(rows).toHaveLength(CANARY_PEOPLE.length);
    for (const canary of CANARY_PEOPLE) {
      const row = rows.find((r) => r.nhsNumber === canary.nhsNumber)!;
      expect(row.status === "OPTED_OUT" ? "opted-out" : "participating", canary.label).toBe(canary.expected.status);
      expect(row.decidedAt?.toISOString(), canary.label).toBe(canary.expected.decidedAt);
      expect(SOURCE_BY_CHANNEL[row.channel!], canary.label).toBe(canary.expected.source);
    }
  });

  it("left the projection exactly as refreshPersonConsent computes it from the decisions", async () => {
    // Recomputing from every stored decision with the register's own rule finds nothing to change.
    const changes = await getDb().$transaction((tx) => refreshPersonConsent(tx, [...CANARY_NHS_NUMBERS]));
    expect(changes).toEqual([]);
  });

  it("numbered the canaries' changes from the counter, in order, and the projection points at the latest", async () => {
    const changes = await getDb().consentChange.findMany({
      where: { nhsNumber: { in: [...CANARY_NHS_NUMBERS] } },
      orderBy: { seq: "asc" },
      select: { seq: true, nhsNumber: true, status: true },
    });
    expect(changes.map((c) => [c.nhsNumber, c.status])).toEqual([
      ["9999999905", "OPTED_OUT"],
      ["9999999913", "OPTED_OUT"],
      ["9999999913", "PARTICIPATING"],
      ["9999999921", "OPTED_OUT"],
      ["9999999948", "OPTED_OUT"],
    ]);
    // Consecutive numbers, none above the counter.
    expect(changes.map((c) => c.seq - changes[0]!.seq)).toEqual([0n, 1n, 2n, 3n, 4n]);
    const [counter] = await getDb().$queryRaw<{ last_seq: bigint }[]>`SELECT last_seq FROM consent_change_counter`;
    expect(counter!.last_seq >= changes.at(-1)!.seq).toBe(true);
    const projection = await getDb().personConsent.findUniqueOrThrow({ where: { nhsNumber: "9999999913" }, select: { seq: true } });
    expect(projection.seq).toBe(changes[2]!.seq);
  });

  it("keeps the proxy canary off the staff review queue, and the audit chain intact", async () => {
    const queue = await listReviewQueue({ limit: 100_000 });
    expect(queue.filter((item) => item.nhsNumber && CANARY_NHS_NUMBERS.includes(item.nhsNumber))).toEqual([]);
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    try {
      expect((await verifyAuditChain(client)).broken).toBeNull();
    } finally {
      await client.end();
    }
    const audited = await getDb().auditEvent.count({ where: { nhsNumber: { in: [...CANARY_NHS_NUMBERS] }, actorId: "canary-migration" } });
    expect(audited).toBe(6);
  });

  it("never hands out a canary's NHS number as a test number", () => {
    // A generator that first offers the canary range must move past it.
    const draws = [0.9999995, 0.9999905, 0.5];
    const number = generateTestNhsNumber(() => draws.shift()!);
    expect(number.startsWith("99999999")).toBe(false);
    expect(number.startsWith("999500000")).toBe(true);
  });
});

// The canary checker against real mounts on the test database: the dedicated
// server (node:http) and the site's mount (the Web Request adapter the
// Next.js route uses). The faults here change canary rows, so every test
// that touches the canaries' state lives in this one file (run in order).

/** The site's mount: Web Requests through handleWebRequest, as app/api/v1 and app/fhir do. */
async function startSiteMount(): Promise<{ url: string; close: () => Promise<void> }> {
  const store = createRegisterStore({ connectionString: inject("databaseUrl"), max: 4 });
  const handle = createConsentApi({ store, logger: captureLog().logger, rateLimitPerSecond: 100_000, clientCacheMs: 0 });
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request = new Request(`http://127.0.0.1${req.url}`, {
      method: req.method,
      headers: req.headers as Record<string, string>,
      body: req.method === "GET" || req.method === "HEAD" ? undefined : Buffer.concat(chunks),
    });
    const response = await handleWebRequest(handle, request);
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await store.close();
    },
  };
}

let api: RunningApi;
let site: Awaited<ReturnType<typeof startSiteMount>>;
let key: { id: string; key: string };
let servers: ReturnType<typeof listCanaryServers>;

beforeAll(async () => {
  [api, site, key] = await Promise.all([startApi(), startSiteMount(), newKey()]);
  servers = listCanaryServers({ siteUrl: site.url, apiUrl: api.url });
});

afterAll(async () => {
  await Promise.all([api?.close(), site?.close()]);
});

function captureCanaryLog() {
  const lines: { level: number; msg: string; failures?: unknown[] }[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of chunk.toString().split("\n")) if (line.trim()) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: pino({ base: { service: "canary" } }, stream) };
}

describe("the canary check", () => {
  it("passes when every mount gives every canary its right answer", async () => {
    const report = await runCanaryCheck({ servers, apiKey: key.key });
    expect(report.failures).toEqual([]);
    expect(report.status).toBe("passing");
    expect(report.checks).toBe(CANARY_PEOPLE.length * 2 * 5);
    expect(report.servers).toEqual(["site", "dedicated-api"]);
  });

  it("fails loudly when a fault makes a canary's register row answer participating", async () => {
    const db = getDb();
    // The fault: the projection rewritten behind the register's back (as a
    // coding error in a writer might), so an opted-out canary reads as shareable.
    await db.$executeRaw`UPDATE person_consent SET status = 'PARTICIPATING' WHERE nhs_number = '9999999905'`;
    try {
      const report = await runCanaryCheck({ servers, apiKey: key.key });
      expect(report.status).toBe("failing");
      // Every mount that reads the projection says so, for that canary only; the feed still holds the opt-out.
      const failed = report.failures.map((f) => `${f.server} ${f.question} ${f.nhsNumber}`).sort();
      expect(failed).toEqual(
        ["dedicated-api batch", "dedicated-api fhir", "dedicated-api single", "dedicated-api snapshot", "site batch", "site fhir", "site single", "site snapshot"].map((s) => `${s} 9999999905`),
      );
      expect(report.failures[0]!.problem).toMatch(/wrong answer: (status "participating", expected "opted-out"|provision "permit", expected "deny"|not in the snapshot \(participating\), expected "opted-out")/);
      expect(report.failures.every((f) => f.canary === "opted out online")).toBe(true);

      const { lines, logger } = captureCanaryLog();
      logCanaryReport(logger, report);
      expect(lines).toHaveLength(1);
      expect(lines[0]!.level).toBe(50); // error
      expect(lines[0]!.msg).toMatch(/^CANARY CHECK FAILED: 8 wrong or missing answer\(s\)/);
      expect(lines[0]!.failures).toHaveLength(8);
    } finally {
      await db.$executeRaw`UPDATE person_consent SET status = 'OPTED_OUT' WHERE nhs_number = '9999999905'`;
    }
    expect((await runCanaryCheck({ servers, apiKey: key.key })).status).toBe("passing");
  });

  it("fails when a mount's snapshot gives a canary the wrong answer, leaves one out, or is cut short", async () => {
    // The register is right; only the snapshot answers, as they reach the checker, are wrong: the
    // dedicated server's snapshot body is rewritten in transit (each fault in turn).
    const snapshotOnly = async (rewrite: (text: string) => string) => {
      const rewriting: typeof fetch = async (input, init) => {
        const response = await fetch(input, init);
        if (!String(input).startsWith(`${api.url}/api/v1/consent/snapshot`)) return response;
        return new Response(rewrite(await response.text()), { status: response.status, headers: { "content-type": "application/x-ndjson" } });
      };
      return runCanaryCheck({ servers, apiKey: key.key, fetch: rewriting, questions: ["snapshot", "single"] });
    };
    const wrongDate = await snapshotOnly((text) => text.replace('"nhsNumber":"9999999921","status":"opted-out","shareable":false,"decidedAt":"2024-03-01T00:00:00.000Z"', '"nhsNumber":"9999999921","status":"opted-out","shareable":false,"decidedAt":"2024-03-02T00:00:00.000Z"'));
    expect(wrongDate.status).toBe("failing");
    expect(wrongDate.failures).toEqual([
      expect.objectContaining({ server: "dedicated-api", question: "snapshot", nhsNumber: "9999999921", problem: 'wrong answer: decidedAt "2024-03-02T00:00:00.000Z", expected "2024-03-01T00:00:00.000Z"' }),
    ]);

    // Left out with the count made to agree, so only the missing person can give it away.
    const leftOut = await snapshotOnly((text) =>
      text.split("\n").filter((line) => !line.includes('"9999999905"')).join("\n").replace(/"count":(\d+)/, (_, n: string) => `"count":${Number(n) - 1}`),
    );
    expect(leftOut.failures.map((f) => `${f.server} ${f.question} ${f.nhsNumber}`)).toEqual(["dedicated-api snapshot 9999999905"]);
    expect(leftOut.failures[0]!.problem).toBe('wrong answer: not in the snapshot (participating), expected "opted-out"');

    const participatingIn = await snapshotOnly((text) => text.replace('{"nhsNumber":"9999999921"', '{"nhsNumber":"9999999913","status":"opted-out"},{"nhsNumber":"9999999921"').replace('},{"nhsNumber":"9999999921"', '}\n{"nhsNumber":"9999999921"').replace(/"count":(\d+)/, (_, n: string) => `"count":${Number(n) + 1}`));
    expect(participatingIn.failures.map((f) => `${f.question} ${f.nhsNumber} ${f.problem}`)).toEqual(['snapshot 9999999913 wrong answer: in the snapshot as "opted-out", expected absent (participating)']);

    const cutShort = await snapshotOnly((text) => text.slice(0, text.lastIndexOf('{"complete"')));
    expect(cutShort.failures).toEqual([expect.objectContaining({ server: "dedicated-api", question: "snapshot", problem: expect.stringMatching(/incomplete/) })]);
    expect(cutShort.failures[0]!.nhsNumber).toBeUndefined();
  });

  it("fails loudly when a mount cannot be reached", async () => {
    const wrongPort = listCanaryServers({ siteUrl: site.url, apiUrl: "http://127.0.0.1:9" });
    const report = await runCanaryCheck({ servers: wrongPort, apiKey: key.key, timeoutMs: 2_000 });
    expect(report.status).toBe("failing");
    expect(new Set(report.failures.map((f) => f.server))).toEqual(new Set(["dedicated-api"]));
    expect(new Set(report.failures.map((f) => f.question))).toEqual(new Set(["single", "batch", "changes", "fhir", "snapshot"]));
    expect(report.failures.every((f) => f.problem.startsWith("unreachable"))).toBe(true);
  });

  it("fails when a mount refuses the checker's key", async () => {
    const revoked = await newKey();
    await revokeApiClient({ id: revoked.id, by: { kind: "SYSTEM", id: "test" } });
    const report = await runCanaryCheck({ servers, apiKey: revoked.key });
    expect(report.status).toBe("failing");
    expect(report.failures.length).toBe(2 * (3 * CANARY_PEOPLE.length + 2)); // single, changes, FHIR per canary; one batch, one snapshot; per server
    expect(report.failures.every((f) => /answered HTTP 401/.test(f.problem))).toBe(true);
  });
});
