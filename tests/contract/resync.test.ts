import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { generateApiKey } from "@/lib/api/api-keys";
import { dropDatabase, recreateDatabase, withDatabaseName } from "@/lib/database/embedded-server";
import { applyMigrations, defaultMigrationPaths } from "@/lib/database/migrate";
import { freePort, PROJECT_ROOT, type RunningPrism, startPrism } from "./support";

// Issue #15's "Done when": a record service starts from the snapshot, follows the feed from the
// snapshot's cursor, and holds exactly what a batch check of everyone says; after db:reset (a new
// epoch) its old cursor is refused with the documented problem (410 feed-cursor-gone) and it
// resynchronises from a new snapshot. Everything real: the dedicated server is `scripts/start-api.ts`
// in its own process on a register of its own, the changes are made by `scripts/seed.ts` (the demo
// decisions, through the register's own writers), single/batch/feed calls go through Stoplight Prism
// validating every answer against the served document, and the consumer is the typed one
// (tests/contract/consumer, compiled against openapi-typescript's types in contract.test.ts).

const run = promisify(execFile);
const TSX = path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx");
const GONE_TYPE = "https://consent-register.example/problems/feed-cursor-gone";
const url = withDatabaseName(inject("databaseUrl"), `${inject("databaseName")}_resync`.slice(0, 63));

type Consumer = {
  readSnapshot: (baseUrl: string, key: string) => Promise<{ cursor: string; seq: number; optedOut: string[]; isComplete: boolean }>;
  followFeed: (
    baseUrl: string,
    key: string,
    from: { optedOut: Iterable<string>; cursor: string },
  ) => Promise<{ optedOut: Set<string>; cursor: string; changes: number } | { gone: { type: string; title: string; status: number; detail?: string } }>;
  batchOptedOut: (baseUrl: string, key: string, nhsNumbers: string[]) => Promise<{ optedOut: Set<string>; seqs: number[] }>;
};

let consumer: Consumer;
let port: number;
let server: ChildProcess | undefined;
let prism: RunningPrism | undefined;
let workDir: string;

/** What db:reset does to the register (scripts/reset.ts, which refuses any database but the development one): drop, recreate, migrate, seed. */
async function resetRegister(): Promise<void> {
  await recreateDatabase(url);
  await applyMigrations(url, defaultMigrationPaths(PROJECT_ROOT));
}

async function seed(): Promise<void> {
  await run(process.execPath, [TSX, "scripts/seed.ts", "--demo-on-this-database"], { cwd: PROJECT_ROOT, env: { ...process.env, DATABASE_URL: url } });
}

async function sql<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function newKey(): Promise<string> {
  const { key, prefix, hash } = generateApiKey();
  await sql("INSERT INTO api_client (id, name, key_prefix, key_hash, scopes) VALUES (gen_random_uuid(), 'resync', $1, $2, $3)", [prefix, hash, ["consent:read", "consent:changes"]]);
  return key;
}

/** Everyone the register knows, for the batch check. */
async function everyone(): Promise<string[]> {
  return (await sql<{ nhs_number: string }>("SELECT nhs_number FROM person_consent ORDER BY nhs_number")).map((row) => row.nhs_number);
}

async function startServer(): Promise<void> {
  server = spawn(process.execPath, [TSX, "scripts/start-api.ts", "--port", String(port)], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: url, NODE_ENV: "production", LOCAL_DEMO: "on", API_RATE_LIMIT_PER_SECOND: "100000", LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let output = "";
  server.stderr!.on("data", (chunk) => (output += chunk));
  for (let attempt = 0; ; attempt++) {
    if (server.exitCode !== null) throw new Error(`start-api exited (${server.exitCode}): ${output}`);
    const up = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.status === 200, () => false);
    if (up) return;
    if (attempt > 150) throw new Error(`start-api did not come up: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function stopServer(): Promise<void> {
  const child = server;
  server = undefined;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

beforeAll(async () => {
  await resetRegister();
  port = await freePort();
  await startServer();
  workDir = mkdtempSync(path.join(tmpdir(), "consent-resync-"));
  const documentPath = path.join(workDir, "openapi.json");
  writeFileSync(documentPath, await (await fetch(`http://127.0.0.1:${port}/api/v1/openapi.json`)).text());
  prism = await startPrism(documentPath, `http://127.0.0.1:${port}`);
  // Loaded by path: its types exist only once contract.test.ts has generated them (as there).
  consumer = (await import(/* @vite-ignore */ path.join(PROJECT_ROOT, "tests", "contract", "consumer", "consumer.ts"))) as Consumer;
});

afterAll(async () => {
  await prism?.stop();
  await stopServer();
  await dropDatabase(url);
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe("a record service that starts from the snapshot", () => {
  it("holds, after following the feed from the snapshot's cursor, exactly what a batch check of everyone says; after db:reset its cursor is refused with 410 feed-cursor-gone and a new snapshot puts it right", async () => {
    const direct = `http://127.0.0.1:${port}`;
    let key = await newKey();

    // 1. The snapshot of the register as migrated (the canary people), read directly: Prism cannot
    //    proxy a streamed gzip body (ADR 022); its lines are checked against the document in contract.test.ts.
    const snapshot = await consumer.readSnapshot(direct, key);
    expect(snapshot.isComplete).toBe(true);
    expect(snapshot.optedOut.length).toBeGreaterThan(0);

    // 2. The register changes after the snapshot: the demo decisions, recorded by the register's own code.
    await seed();
    const people = await everyone();
    expect(people.length).toBeGreaterThan(snapshot.optedOut.length);

    // 3. Snapshot + feed from its cursor, through Prism, equals a batch check of everyone.
    const followed = await consumer.followFeed(prism!.url, key, snapshot);
    if ("gone" in followed) throw new Error(`the snapshot's own cursor was refused: ${followed.gone.detail}`);
    expect(followed.changes).toBeGreaterThan(0);
    const checked = await consumer.batchOptedOut(prism!.url, key, people);
    expect([...followed.optedOut].sort()).toEqual([...checked.optedOut].sort());
    expect(checked.optedOut.size).toBeGreaterThan(snapshot.optedOut.length);
    // Nothing changed in between: every batch answer is as of the feed's end.
    const end = await consumer.followFeed(prism!.url, key, followed);
    if ("gone" in end) throw new Error("the feed's own cursor was refused");
    expect(end.changes).toBe(0);

    // 4. db:reset: a new register, a new epoch. The change numbers start again from 1, so only the epoch
    //    tells the old cursor apart; the server is restarted on the recreated database.
    const epochBefore = (await sql<{ epoch: string }>("SELECT epoch::text AS epoch FROM register_epoch"))[0]!.epoch;
    await stopServer();
    await resetRegister();
    await seed();
    key = await newKey();
    await startServer();
    const epochAfter = (await sql<{ epoch: string }>("SELECT epoch::text AS epoch FROM register_epoch"))[0]!.epoch;
    expect(epochAfter).not.toBe(epochBefore);

    const refused = await consumer.followFeed(prism!.url, key, followed);
    expect("gone" in refused).toBe(true);
    if (!("gone" in refused)) return;
    expect(refused.gone).toMatchObject({ type: GONE_TYPE, status: 410, title: "Feed cursor gone" });
    expect(refused.gone.detail).toMatch(/another epoch/);

    // 5. Resynchronise: a new snapshot (after the seed, so it holds the demo opt-outs), then the feed.
    const again = await consumer.readSnapshot(direct, key);
    expect(again.isComplete).toBe(true);
    const resynced = await consumer.followFeed(prism!.url, key, again);
    if ("gone" in resynced) throw new Error("the new snapshot's cursor was refused");
    expect(resynced.changes).toBe(0);
    const checkedAgain = await consumer.batchOptedOut(prism!.url, key, await everyone());
    expect([...resynced.optedOut].sort()).toEqual([...checkedAgain.optedOut].sort());
    expect(new Set(again.optedOut)).toEqual(checkedAgain.optedOut);

    // Prism found no answer that breaks the document (410 included).
    expect(prism!.output()).not.toMatch(/violation/i);
    // Two seeds, a reset and two server starts: slow on a loaded machine.
  }, 240_000);
});
