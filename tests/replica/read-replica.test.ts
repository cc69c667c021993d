import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccessLogger } from "@/lib/api/access-log";
import { generateApiKey } from "@/lib/api/api-keys";
import { createApiRegisterStore, getReplicaHealth, type ReplicaHealth } from "@/lib/api/api-register-store";
import { createConsentApi } from "@/lib/api/consent-api";
import { createConsentApiServer } from "@/lib/api/node-server";
import type { RegisterStore } from "@/lib/api/register-store";
import { findFreePort } from "@/lib/database/embedded-server";
import { disconnectDb } from "@/lib/db";
import { getMetrics } from "@/lib/metrics/registry";
import { decisionDetails, RESIDENT, uniqueNhsNumber } from "../support/factories";
import { recordDecision } from "../support/record-test-decision";
import { PROJECT_ROOT, scratchFolder } from "../support/scratch-server";
import { type PrimaryAndStandby, startPrimaryAndStandby } from "./standby";

// The consent check on a real PostgreSQL 17 primary and a physical streaming
// standby of it (docs/decisions/027): the replica answers while its data is
// within CONSENT_MAX_STALENESS, and never gives a stale "participating" beyond
// it, whether replay is paused, the standby is stopped, or it is promoted.
// The phases run in order on one pair of servers (the last one promotes the standby).

const MAX_STALENESS_MS = 2_000;
const scratch = scratchFolder("replica");
const measured: Record<string, unknown> = {};

let pair: PrimaryAndStandby;
let store: RegisterStore;
let server: http.Server;
let baseUrl: string;
let apiKey: string;
let clientId: string;

type Answer = { sentAt: number; status: number; answer?: string };

async function ask(nhsNumber: string): Promise<Answer> {
  const sentAt = performance.now();
  const response = await fetch(`${baseUrl}/api/v1/consent/${nhsNumber}`, { headers: { authorization: `Bearer ${apiKey}` } });
  const body = (await response.json()) as { status?: string };
  return { sentAt, status: response.status, answer: response.status === 200 ? body.status : undefined };
}

async function replicaReads(target: "replica" | "primary"): Promise<number> {
  const metric = await getMetrics().replicaReads.get();
  return metric.values.filter((v) => v.labels.server === "api" && v.labels.target === target).reduce((sum, v) => sum + v.value, 0);
}

async function optOut(): Promise<{ nhsNumber: string; committedAt: number }> {
  const nhsNumber = uniqueNhsNumber();
  await recordDecision({ details: decisionDetails({ nhsNumber, choice: "OPT_OUT" }), recordedBy: RESIDENT });
  return { nhsNumber, committedAt: performance.now() };
}

function health(): ReplicaHealth {
  const replica = getReplicaHealth();
  if (!replica) throw new Error("no replica monitor in this process");
  return replica;
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
  const started = performance.now();
  while (!(await condition())) {
    if (performance.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return performance.now() - started;
}

beforeAll(async () => {
  pair = await startPrimaryAndStandby(scratch, "replica_test", 54410);
  // The register's own writer (recordDecision) writes to this primary.
  await disconnectDb();
  process.env.DATABASE_URL = pair.primaryUrl;
  const key = generateApiKey();
  const inserted = await pair.primary.query<{ id: string }>(
    "INSERT INTO api_client (id, name, key_prefix, key_hash, scopes) VALUES (gen_random_uuid(), 'replica test', $1, $2, $3) RETURNING id::text",
    [key.prefix, key.hash, ["consent:read", "consent:changes"]],
  );
  apiKey = key.key;
  clientId = inserted.rows[0]!.id;
  store = createApiRegisterStore({ primaryUrl: pair.primaryUrl, readUrl: pair.standbyUrl, maxStalenessMs: MAX_STALENESS_MS, poolMax: 4, server: "api" });
  const handle = createConsentApi({ store, logger: createAccessLogger({ level: "silent" }), rateLimitPerSecond: 100_000, clientCacheMs: 0, baseUrl: "http://localhost:3000" });
  server = createConsentApiServer(handle, {}, { trustedProxyHops: 0, metricsToken: undefined });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await until(() => health().readsFrom === "replica", 10_000, "the replica to be in use");
}, 120_000);

afterAll(async () => {
  if (server) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  await store?.close();
  await disconnectDb();
  await pair?.close();
  // For the lead's closing note: the measured lag and the answers in each phase.
  console.log(`[replica] measurements:\n${JSON.stringify(measured, null, 2)}`);
  mkdirSync(path.join(PROJECT_ROOT, "test-results"), { recursive: true });
  writeFileSync(path.join(PROJECT_ROOT, "test-results", "replica-measurements.json"), `${JSON.stringify(measured, null, 2)}\n`);
}, 120_000);

describe("the consent check on a read replica", () => {
  it("answers an opt-out made on the primary as not shareable, from the replica, within the bound", async () => {
    const idle = health();
    expect(idle.state).toBe("streaming");
    expect(idle.lagSeconds).not.toBeNull();
    // Right when idle: the primary has written nothing for a while, yet the lag stays small.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const afterIdle = health();
    expect(afterIdle.readsFrom).toBe("replica");
    expect(afterIdle.lagSeconds!).toBeLessThan(1);

    const lags: number[] = [];
    for (let i = 0; i < 5; i++) {
      const beforeReplica = await replicaReads("replica");
      const { nhsNumber, committedAt } = await optOut();
      await until(async () => (await ask(nhsNumber)).answer === "opted-out", MAX_STALENESS_MS, "the opt-out to reach the replica-backed API");
      lags.push(Math.round(performance.now() - committedAt));
      // Every answer in that wait came from the replica: nothing went to the primary.
      expect(await replicaReads("replica")).toBeGreaterThan(beforeReplica);
    }
    measured.optOutVisibleThroughReplicaMs = lags;
    measured.monitorLagWhenIdle = { lagSeconds: afterIdle.lagSeconds, lagBytes: afterIdle.lagBytes };
    expect(Math.max(...lags)).toBeLessThan(MAX_STALENESS_MS);
  }, 60_000);

  it("reads single, batch, FHIR, feed and snapshot from the replica, and writes the client's last use to the primary", async () => {
    const { nhsNumber } = await optOut();
    await until(async () => (await ask(nhsNumber)).answer === "opted-out", MAX_STALENESS_MS, "the opt-out on the replica");
    const auth = { authorization: `Bearer ${apiKey}` };
    const before = await replicaReads("replica");
    const primaryBefore = await replicaReads("primary");
    const batch = (await (await fetch(`${baseUrl}/api/v1/consent/check`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ nhsNumbers: [nhsNumber] }) })).json()) as {
      results: { shareable: boolean }[];
    };
    expect(batch.results[0]!.shareable).toBe(false);
    const fhir = await fetch(`${baseUrl}/fhir/Consent?patient:identifier=${encodeURIComponent(`https://fhir.nhs.uk/Id/nhs-number|${nhsNumber}`)}`, { headers: auth });
    expect(fhir.status).toBe(200);
    expect(JSON.stringify(await fhir.json())).toContain("deny");
    const feed = (await (await fetch(`${baseUrl}/api/v1/consent/changes?limit=1000`, { headers: auth })).json()) as { changes: { nhsNumber: string; shareable: boolean }[] };
    expect(feed.changes.find((c) => c.nhsNumber === nhsNumber)?.shareable).toBe(false);
    const snapshot = await (await fetch(`${baseUrl}/api/v1/consent/snapshot`, { headers: auth })).text();
    expect(snapshot).toContain(`"nhsNumber":"${nhsNumber}"`);
    expect(snapshot.trim().split("\n").at(-1)).toMatch(/"complete":true/);
    // Each call: the key lookup and its read, all from the replica; none from the primary.
    expect(await replicaReads("replica")).toBeGreaterThanOrEqual(before + 8);
    expect(await replicaReads("primary")).toBe(primaryBefore);
    // The last use reaches the primary (batched), though every read went to the replica, which refuses writes.
    await until(
      async () => (await pair.primary.query("SELECT 1 FROM api_client WHERE id = $1 AND last_used_at IS NOT NULL", [clientId])).rowCount === 1,
      5_000,
      "the API client's last use on the primary",
    );
  }, 60_000);

  it("runs the same way in the dedicated server (npm run start:api): the replica in /api/health and /metrics", async () => {
    const { nhsNumber } = await optOut();
    const port = await findFreePort(54420);
    const metricsToken = "replica-test-metrics-token-0123456789abcdef";
    // node with tsx's loader, not the tsx wrapper, so the process stopped is the server itself.
    const child = spawn(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "scripts", "start-api.ts"), "--port", String(port)], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: pair.primaryUrl, DATABASE_READ_URL: pair.standbyUrl, CONSENT_MAX_STALENESS: "2s", METRICS_TOKEN: metricsToken, LOG_LEVEL: "silent" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let output = "";
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise((resolve) => child.on("exit", resolve));
    const apiUrl = `http://127.0.0.1:${port}`;
    try {
      let report: { status?: string; replica?: ReplicaHealth } = {};
      await until(
        async () => {
          report = (await fetch(`${apiUrl}/api/health`).then((r) => r.json(), () => ({}))) as typeof report;
          return report.replica?.readsFrom === "replica";
        },
        30_000,
        `the dedicated server to read from the replica (its output: ${output})`,
      );
      expect(report).toMatchObject({ status: "ok", replica: { state: "streaming", maxStalenessSeconds: 2 } });
      await until(
        async () => ((await (await fetch(`${apiUrl}/api/v1/consent/${nhsNumber}`, { headers: { authorization: `Bearer ${apiKey}` } })).json()) as { status?: string }).status === "opted-out",
        MAX_STALENESS_MS,
        "the opt-out through the dedicated server",
      );
      const metrics = await (await fetch(`${apiUrl}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } })).text();
      expect(metrics).toContain('consent_register_replica_in_use{server="api"} 1');
      expect(metrics).toMatch(/consent_register_replica_lag_seconds\{server="api"\} 0\.\d+/);
      expect(metrics).toMatch(/consent_register_replica_reads_total\{server="api",target="replica",reason="fresh"\} [1-9]/);
      measured.dedicatedServerHealth = report.replica;
    } finally {
      child.kill("SIGTERM");
      await exited;
    }
  }, 60_000);

  it("stops answering from the replica once the bound passes while replay is paused, and never gives the stale answer beyond it", async () => {
    await pair.onStandby("SELECT pg_wal_replay_pause()");
    const pausedAt = performance.now();
    const { nhsNumber, committedAt } = await optOut();
    const answers: Answer[] = [];
    let switchedAfterMs: number | undefined;
    while (performance.now() - pausedAt < MAX_STALENESS_MS + 1_500) {
      answers.push(await ask(nhsNumber));
      if (switchedAfterMs === undefined && health().readsFrom === "primary") switchedAfterMs = Math.round(performance.now() - pausedAt);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // The standby really is behind: it still does not have the opt-out.
    expect(await pair.onStandby(`SELECT 1 FROM person_consent WHERE nhs_number = '${nhsNumber}'`)).toHaveLength(0);
    expect(health()).toMatchObject({ state: "paused", readsFrom: "primary" });
    expect(switchedAfterMs).toBeDefined();
    // By construction at most the bound after the pause; the margin is this loop's sampling under load.
    expect(switchedAfterMs!).toBeLessThanOrEqual(MAX_STALENESS_MS + 1_000);
    expect(answers.every((a) => a.status === 200)).toBe(true);
    // A "participating" answer (the replica's stale one) only ever within the bound of the opt-out.
    const stale = answers.filter((a) => a.answer === "participating");
    for (const a of stale) expect(a.sentAt - committedAt).toBeLessThan(MAX_STALENESS_MS);
    expect(answers.at(-1)!.answer).toBe("opted-out");
    measured.pause = {
      readsMovedToPrimaryAfterMs: switchedAfterMs,
      answersFromReplicaParticipatingWithinBound: stale.length,
      lastParticipatingAnswerMsAfterOptOut: stale.length ? Math.round(stale.at(-1)!.sentAt - committedAt) : null,
      answersOptedOutFromPrimary: answers.filter((a) => a.answer === "opted-out").length,
      otherAnswers: answers.filter((a) => a.status !== 200).length,
      healthDuringPause: health(),
    };

    await pair.onStandby("SELECT pg_wal_replay_resume()");
    const backAfter = await until(() => health().readsFrom === "replica", 5_000, "the resumed replica to be in use again");
    const before = await replicaReads("replica");
    expect((await ask(nhsNumber)).answer).toBe("opted-out");
    expect(await replicaReads("replica")).toBeGreaterThan(before);
    (measured.pause as Record<string, unknown>).backOnReplicaAfterResumeMs = Math.round(backAfter);
  }, 60_000);

  it("fails over to the primary while the standby is stopped, and returns to it when it is back", async () => {
    const { nhsNumber } = await optOut();
    await until(async () => (await ask(nhsNumber)).answer === "opted-out", MAX_STALENESS_MS, "the opt-out on the replica");
    await pair.stopStandby();
    const stoppedAt = performance.now();
    const answers: Answer[] = [];
    while (performance.now() - stoppedAt < 1_500) answers.push(await ask(nhsNumber));
    expect(answers.map((a) => `${a.status} ${a.answer}`)).toEqual(answers.map(() => "200 opted-out"));
    expect(health()).toMatchObject({ state: "unreachable", readsFrom: "primary" });
    measured.standbyStopped = { answers: answers.length, allAnswered: "200 opted-out (from the primary)", health: health() };

    await pair.startStandby();
    const backAfter = await until(() => health().readsFrom === "replica", 15_000, "the restarted standby to be in use again");
    (measured.standbyStopped as Record<string, unknown>).backOnReplicaAfterRestartMs = Math.round(backAfter);
    expect((await ask(nhsNumber)).answer).toBe("opted-out");
  }, 90_000);

  it("answers 503 while the primary is down and the standby cannot be vouched for, and carries on from the standby once it is promoted", async () => {
    const { nhsNumber } = await optOut();
    await until(async () => (await ask(nhsNumber)).answer === "opted-out", MAX_STALENESS_MS, "the opt-out on the replica");
    await pair.stopPrimary();
    const stoppedAt = performance.now();
    const answers: Answer[] = [];
    while (performance.now() - stoppedAt < MAX_STALENESS_MS + 1_000) {
      answers.push(await ask(nhsNumber));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // Never a wrong answer: the opt-out (from the replica, within the bound), then 503.
    expect(answers.every((a) => (a.status === 200 && a.answer === "opted-out") || a.status === 503)).toBe(true);
    expect(answers.at(-1)!.status).toBe(503);
    const first503 = answers.find((a) => a.status === 503)!;
    measured.primaryStopped = {
      answeredFromReplicaWithinBound: answers.filter((a) => a.status === 200).length,
      answered503: answers.filter((a) => a.status === 503).length,
      first503MsAfterPrimaryStopped: Math.round(first503.sentAt - stoppedAt),
      health: health(),
    };

    await pair.onStandby("SELECT pg_promote(true, 30)");
    const promotedAt = performance.now();
    await until(async () => (await ask(nhsNumber)).status === 200, 10_000, "answers from the promoted standby");
    const continuedAfter = Math.round(performance.now() - promotedAt);
    expect((await ask(nhsNumber)).answer).toBe("opted-out");
    expect(health()).toMatchObject({ state: "promoted", readsFrom: "replica" });
    const batch = await fetch(`${baseUrl}/api/v1/consent/check`, {
      method: "POST",
      headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
      body: JSON.stringify({ nhsNumbers: [nhsNumber] }),
    });
    expect(batch.status).toBe(200);
    measured.promotion = { answeringAgainAfterPromoteMs: continuedAfter, answer: "200 opted-out", health: health() };
  }, 90_000);

  it("after the promotion, reads go back to the old primary if it returns (two primaries), never to the promoted server that misses its writes", async () => {
    await pair.startPrimary();
    await until(() => health().state === "diverged", 10_000, "the monitor to see two primaries");
    expect(health().readsFrom).toBe("primary");
    // An opt-out the old primary takes is one the promoted server never sees: the API must answer it.
    await disconnectDb();
    const { nhsNumber } = await optOut();
    expect(await pair.onStandby(`SELECT 1 FROM person_consent WHERE nhs_number = '${nhsNumber}'`)).toHaveLength(0);
    expect((await ask(nhsNumber)).answer).toBe("opted-out");
    measured.oldPrimaryBack = { health: health(), answer: "200 opted-out (from the configured primary)" };
  }, 60_000);
});
