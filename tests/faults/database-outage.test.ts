import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateApiKey } from "@/lib/api/api-keys";
import { recordDecision } from "@/tests/support/record-test-decision";
import { acquireEmbeddedServer, type EmbeddedServer } from "@/lib/database/embedded-server";
import { disconnectDb, getDb } from "@/lib/db";
import { setEnvVariable } from "@/lib/env";
import { startApi, type RunningApi } from "../api/support";
import { decisionDetails, minutesAfter, RESIDENT, uniqueNhsNumber } from "../support/factories";
import { expectConsistent } from "../support/register-assertions";
import { scratchFolder, startScratchDatabase, stopScratchDatabase } from "../support/scratch-server";

// The database stops under load and comes back: the consent API answers 503
// (never "participating") while it is away, each decision is written whole or
// not at all, and the same running code (Prisma's pool and the API's pool)
// works again once it is back, with no restart.

const scratch = scratchFolder("database-outage");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Attempt = { tag: string; nhsNumber: string; startedAt: number; endedAt?: number; outcome?: "ok" | "error"; reference?: string; error?: string };
type Answer = { startedAt: number; endedAt: number; status: number; body: string };

let started: Awaited<ReturnType<typeof startScratchDatabase>>;
let servers: EmbeddedServer[] = [];
let api: RunningApi;
let key: string;

beforeAll(async () => {
  started = await startScratchDatabase(scratch, "outage", 54395);
  servers = [started.server];
  // The register core (lib/db.ts) now talks to the scratch server, not the shared test database.
  await disconnectDb();
  setEnvVariable("DATABASE_URL", started.url);
  const generated = generateApiKey();
  key = generated.key;
  const client = new pg.Client({ connectionString: started.url });
  await client.connect();
  await client.query("INSERT INTO api_client (id, name, key_prefix, key_hash, scopes) VALUES (gen_random_uuid(), 'outage test', $1, $2, $3)", [
    generated.prefix,
    generated.hash,
    ["consent:read"],
  ]);
  await client.end();
  // No cache of API clients: every call reads the register, so every call meets the outage.
  api = await startApi({ connectionString: started.url, clientCacheMs: 0 });
});

afterAll(async () => {
  await api?.close();
  await disconnectDb();
  for (const server of servers.reverse()) await server.release();
});

describe.each(["immediate", "fast"] as const)("the database stopped (%s) and started again under load", (mode) => {
  it("fails the consent check closed, writes each decision whole or not at all, and recovers without a restart", async () => {
    const T0 = "2026-07-01T09:00:00Z";
    // People opted out before the load: any "participating" answer about them is wrong.
    const optedOut = Array.from({ length: 6 }, () => uniqueNhsNumber());
    for (const nhsNumber of optedOut) {
      await recordDecision({ details: decisionDetails({ nhsNumber, choice: "OPT_OUT", decidedAt: T0 }), recordedBy: RESIDENT });
    }
    // People the writers change back and forth while the database comes and goes.
    const people = Array.from({ length: 8 }, () => uniqueNhsNumber());

    const attempts: Attempt[] = [];
    const answers: Answer[] = [];
    let running = true;
    let counter = 0;

    const writer = async (w: number) => {
      while (running) {
        const n = counter++;
        const nhsNumber = people[(n + w) % people.length]!;
        const attempt: Attempt = { tag: `Outage-${mode}-${n}`, nhsNumber, startedAt: Date.now() };
        attempts.push(attempt);
        try {
          const recorded = await recordDecision({
            details: decisionDetails({
              nhsNumber,
              familyName: attempt.tag,
              choice: n % 2 === 0 ? "OPT_OUT" : "OPT_IN",
              contactEmail: "same@example.org",
              decidedAt: minutesAfter(T0, 1 + n),
            }),
            recordedBy: RESIDENT,
          });
          attempt.outcome = "ok";
          attempt.reference = recorded.reference;
        } catch (error) {
          attempt.outcome = "error";
          attempt.error = error instanceof Error ? error.message : String(error);
          await sleep(25);
        } finally {
          attempt.endedAt = Date.now();
        }
      }
    };
    const reader = async (r: number) => {
      for (let i = 0; running; i++) {
        const nhsNumber = optedOut[(i + r) % optedOut.length]!;
        const startedAt = Date.now();
        const response =
          i % 2 === 0
            ? await api.get(`/api/v1/consent/${nhsNumber}`, key)
            : await api.post("/api/v1/consent/check", JSON.stringify({ nhsNumbers: optedOut }), key);
        answers.push({ startedAt, endedAt: Date.now(), status: response.status, body: await response.text() });
      }
    };

    const load = Promise.all([...Array.from({ length: 5 }, (_, w) => writer(w)), ...Array.from({ length: 3 }, (_, r) => reader(r))]);
    const okCount = () => attempts.filter((a) => a.outcome === "ok").length;

    // Under load first.
    await expect.poll(okCount, { timeout: 20_000, interval: 20 }).toBeGreaterThanOrEqual(20);
    const stopping = Date.now();
    await stopScratchDatabase(started.server.dataDir, mode);
    const stopped = Date.now();
    await sleep(1_500); // the outage, with writers and readers still going
    const restarting = Date.now();
    const server = await acquireEmbeddedServer({ ...started.options, preferredPort: started.server.port });
    servers.push(server);
    expect(server.port).toBe(started.server.port);
    const okBeforeRestart = okCount();
    // The same Prisma client and API pool write and answer again: no restart of the app.
    await expect.poll(() => okCount() - okBeforeRestart, { timeout: 30_000, interval: 50 }).toBeGreaterThanOrEqual(20);
    await expect.poll(() => answers.filter((a) => a.startedAt > restarting && a.status === 200).length, { timeout: 30_000, interval: 50 }).toBeGreaterThanOrEqual(10);
    running = false;
    await load;

    // The outage was real: writes failed and the API said 503.
    const duringOutage = answers.filter((a) => a.startedAt >= stopped && a.endedAt <= restarting);
    expect(duringOutage.length).toBeGreaterThan(0);
    expect(duringOutage.every((a) => a.status === 503)).toBe(true);
    expect(attempts.some((a) => a.outcome === "error" && a.startedAt >= stopped && a.endedAt! <= restarting)).toBe(true);

    // Fail closed at every moment: an answer is 503, or the truth (opted out). Never "participating".
    for (const answer of answers) {
      expect([200, 503]).toContain(answer.status);
      expect(answer.body).not.toMatch(/participating|"shareable"\s*:\s*true/);
      if (answer.status === 200) expect(answer.body).toMatch(/opted-out/);
    }
    // Answers begun before the stop may finish normally; none after it may say anything but 503 until the restart.
    expect(answers.filter((a) => a.startedAt >= stopping && a.endedAt <= restarting && a.status === 200).every((a) => a.startedAt < stopped)).toBe(true);

    // Every write is whole or absent.
    const db = getDb();
    const decisions = await db.decision.findMany({
      where: { familyName: { startsWith: `Outage-${mode}-` } },
      select: { id: true, familyName: true, reference: true, nhsNumber: true, statusEvents: { select: { status: true } } },
    });
    const byTag = new Map<string, (typeof decisions)[number][]>();
    for (const decision of decisions) byTag.set(decision.familyName, [...(byTag.get(decision.familyName) ?? []), decision]);
    const audits = await db.auditEvent.findMany({ where: { action: "decision.record", entityId: { in: decisions.map((d) => d.id) } }, select: { entityId: true } });
    const auditCount = new Map<string, number>();
    for (const audit of audits) auditCount.set(audit.entityId, (auditCount.get(audit.entityId) ?? 0) + 1);
    let lostInFlight = 0;
    for (const attempt of attempts) {
      const found = byTag.get(attempt.tag) ?? [];
      expect(found.length).toBeLessThanOrEqual(1);
      if (attempt.outcome === "ok") expect(found.map((d) => d.reference)).toEqual([attempt.reference]);
      if (attempt.outcome === "error" && found.length === 1) lostInFlight++; // committed, but the answer was lost with the connection
      for (const decision of found) {
        expect(decision.statusEvents).toHaveLength(1);
        expect(auditCount.get(decision.id)).toBe(1);
      }
    }
    // Every audit of these decisions belongs to a decision that exists (the join above), and no other is left.
    expect(audits).toHaveLength(decisions.length);
    expect(lostInFlight).toBeLessThanOrEqual(5); // at most one in flight per writer
    const count = (outcome: Attempt["outcome"]) => attempts.filter((a) => a.outcome === outcome).length;
    console.info(
      `Outage (${mode}): ${stopped - stopping} ms to stop, ${restarting - stopped} ms down; writes ${count("ok")} committed, ${count("error")} failed (${lostInFlight} committed but unanswered); ` +
        `answers ${answers.filter((a) => a.status === 200).length} × 200, ${answers.filter((a) => a.status === 503).length} × 503`,
    );
    for (const nhsNumber of [...people, ...optedOut]) await expectConsistent(nhsNumber);

    // The change feed has no gap and no duplicate: rolled-back writes took no number.
    const feed = await db.consentChange.aggregate({ _count: { seq: true }, _max: { seq: true }, _min: { seq: true } });
    expect(BigInt(feed._count.seq)).toBe(feed._max.seq! - feed._min.seq! + 1n);
    expect(answers.filter((a) => a.status === 503).length).toBeGreaterThan(0);
  }, 120_000);
});
