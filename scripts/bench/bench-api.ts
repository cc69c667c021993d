// npm run bench:api: loads a population-sized register (1,600,000 people,
// 100,000 opted out) into its own database on the embedded server, starts the
// production build of the site, the dedicated consent-check server and a bare
// reference server, and drives each with autocannon on this machine.
// Prints single-check throughput and p50/p99 latency at 32 connections,
// batch-of-10,000 latency, and the time to page through 100,000 changes.
//
// Then, beside those, the snapshot export (docs/decisions/022) from the bare reference, the dedicated
// server and the site: time to stream and gunzip every opted-out person, and the server process's
// resident memory idle, just before the stream and at its peak (sampled from /proc every 20 ms), so
// what streaming adds is told apart from what the process weighs before it starts.
//
// Options: --duration S (seconds per load run, default 10), --skip-build,
// --people N (population, default 1,600,000; one in sixteen opted out, as 100,000 of 1.6 million),
// --snapshot-only (skip the load runs, batch and feed; the snapshot figures only),
// --skip-site (leave out the Next.js site, and so its build)
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import { createGunzip } from "node:zlib";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { generateApiKey } from "@/lib/api/api-keys";
import { recreateDatabase } from "@/lib/database/embedded-server";
import { applyMigrations, defaultMigrationPaths } from "@/lib/database/migrate";
import { openDatabase } from "@/lib/database/open-database";
import { isValidNhsNumber } from "@/lib/nhs-number/nhs-number";
import { loadDotEnv, PROJECT_ROOT } from "../support/run-script";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    "skip-build": { type: "boolean", default: false },
    people: { type: "string", default: "1600000" },
    "snapshot-only": { type: "boolean", default: false },
    "skip-site": { type: "boolean", default: false },
  },
});
const DURATION = Number(values.duration);
const CONNECTIONS = 32;
const POPULATION = Number(values.people);
if (!Number.isInteger(POPULATION) || POPULATION < 1_000 || POPULATION > 10_000_000) throw new Error("--people must be a whole number from 1,000 to 10,000,000");
const OPTED_OUT = Math.round(POPULATION / 16);
const SNAPSHOT_LIMITS = { ms: 20_000, rssMb: 200 };
const BIN = path.join(PROJECT_ROOT, "node_modules", ".bin");
const PORTS = { next: 3201, api: 3202, bare: 3203 };

function say(message: string) {
  console.log(message);
}

async function time<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

/**
 * 1.6 million rows in the 999 range ('999' and seven digits): every 9-digit
 * prefix from 999000000 to 999159999 with all ten final digits, so the table
 * and its index are population-sized. About one in eleven is a valid NHS
 * number; the load asks only about valid ones, 100,000 of them opted out.
 */
async function loadRegister(url: string): Promise<{ valid: string[]; key: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`
      INSERT INTO person_consent (nhs_number, status, decided_at, channel, seq, updated_at)
      SELECT '999' || lpad(i::text, 7, '0'), 'PARTICIPATING', now() - (i % 1000) * interval '1 day', 'ONLINE', 0, now()
        FROM generate_series(0, ${POPULATION - 1}) AS i`);
    const valid: string[] = [];
    for (let i = 0; i < POPULATION; i++) {
      const candidate = `999${String(i).padStart(7, "0")}`;
      if (isValidNhsNumber(candidate)) valid.push(candidate);
    }
    const optedOut = valid.slice(0, OPTED_OUT);
    await client.query("BEGIN");
    // Numbered after the changes already there (the canary people's, from the migrations).
    const { rows: [counter] } = await client.query<{ last_seq: string }>("SELECT last_seq FROM consent_change_counter WHERE id = 1 FOR UPDATE");
    const offset = Number(counter!.last_seq);
    await client.query(
      `UPDATE person_consent p SET status = 'OPTED_OUT', seq = $2 + o.seq
         FROM unnest($1::varchar[]) WITH ORDINALITY AS o(nhs_number, seq) WHERE p.nhs_number = o.nhs_number`,
      [optedOut, offset],
    );
    await client.query(
      `INSERT INTO consent_change (seq, nhs_number, status, decided_at, channel, changed_at)
       SELECT $2 + o.seq, o.nhs_number, 'OPTED_OUT', now() - interval '30 days', 'ONLINE', now()
         FROM unnest($1::varchar[]) WITH ORDINALITY AS o(nhs_number, seq)`,
      [optedOut, offset],
    );
    await client.query("UPDATE consent_change_counter SET last_seq = $1 WHERE id = 1", [offset + optedOut.length]);
    const { key, prefix, hash } = generateApiKey();
    await client.query("INSERT INTO api_client (id, name, key_prefix, key_hash, scopes) VALUES (gen_random_uuid(), 'bench', $1, $2, $3)", [
      prefix,
      hash,
      ["consent:read", "consent:changes"],
    ]);
    await client.query("COMMIT");
    await client.query("ANALYZE person_consent; ANALYZE consent_change");
    return { valid, key };
  } finally {
    await client.end();
  }
}

function startServer(command: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(command, args, { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] });
  child.on("exit", (code, signal) => {
    // 143 is tsx passing on the SIGTERM this script sent when it was done.
    if (code !== null && code !== 0 && code !== 143) console.error(`${path.basename(command)} exited with ${code ?? signal}`);
  });
  return child;
}

async function waitFor(url: string, headers: Record<string, string> = {}): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    try {
      const response = await fetch(url, { headers });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not come up`);
}

type LoadResult = { rps: number; p50: number; p99: number; non2xx: number; errors: number; total: number };

async function load(url: string, pathFor: () => string, headers: Record<string, string>): Promise<LoadResult> {
  // Warm up (JIT, prepared statements, connection pools), then measure.
  await autocannon({ url, connections: CONNECTIONS, duration: 2, headers, requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: pathFor() }) }] });
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    headers,
    requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: pathFor() }) }],
  });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    total: result.requests.total,
  };
}

function row(name: string, r: LoadResult, reference?: LoadResult): string {
  const share = reference ? ` (${Math.round((r.rps / reference.rps) * 100)}% of reference)` : "";
  return `${name.padEnd(34)} ${String(r.rps).padStart(7)} req/s   p50 ${String(r.p50).padStart(3)} ms   p99 ${String(r.p99).padStart(3)} ms   non-2xx ${r.non2xx}  errors ${r.errors}${share}`;
}

/** Resident memory of a process and each of its descendants (tsx and next start each run the server in a child), in bytes. */
function rssByProcess(pid: number, into: number[] = []): number[] {
  try {
    into.push(Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024);
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      for (const child of readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").split(" ").filter(Boolean)) rssByProcess(Number(child), into);
    }
  } catch {
    // the process ended between listing and reading
  }
  return into;
}

type SnapshotResult = {
  ms: number;
  people: number;
  gzipBytes: number;
  /** The server process's resident memory: once it answered its first request, just before the measured stream, and the peak during it. */
  idleRss?: number;
  baseRss: number;
  peakRss: number;
  peakTreeRss: number;
  isComplete: boolean;
};

/** Streams the snapshot once, gunzipping and counting lines as they arrive, while sampling the server's memory. */
async function streamSnapshot(port: number, pid: number, auth: Record<string, string>, isGzip = true): Promise<SnapshotResult> {
  // The server process is the largest in the tree (the others are the tsx or next launcher); the tree's total is printed too.
  const sample = () => rssByProcess(pid);
  const baseRss = Math.max(...sample());
  let peakRss = baseRss;
  let peakTreeRss = 0;
  const sampler = setInterval(() => {
    const each = sample();
    peakRss = Math.max(peakRss, ...each);
    peakTreeRss = Math.max(peakTreeRss, each.reduce((a, b) => a + b, 0));
  }, 20);
  const started = performance.now();
  try {
    return await new Promise<SnapshotResult>((resolve, reject) => {
      http
        .get(`http://127.0.0.1:${port}/api/v1/consent/snapshot`, { headers: { ...auth, "accept-encoding": "gzip" } }, (response) => {
          // The dedicated server gzips; the site cannot (Next.js drops Content-Encoding; ADR 022).
          if (response.statusCode !== 200 || response.headers["content-encoding"] !== (isGzip ? "gzip" : undefined)) {
            reject(new Error(`snapshot answered ${response.statusCode} ${response.headers["content-encoding"] ?? "uncompressed"}`));
            response.resume();
            return;
          }
          let gzipBytes = 0;
          let lines = 0;
          let tail = "";
          response.on("data", (chunk: Buffer) => (gzipBytes += chunk.length));
          const gunzip = isGzip ? response.pipe(createGunzip()) : response;
          gunzip.on("data", (chunk: Buffer) => {
            const text = tail + chunk.toString("utf8");
            const parts = text.split("\n");
            tail = parts.pop()!;
            lines += parts.length;
            if (parts.length) lastLine = parts.at(-1)!;
          });
          let lastLine = "";
          gunzip.on("end", () => {
            const trailer = JSON.parse(lastLine) as { complete?: boolean; count?: number };
            const people = lines - 2;
            resolve({ ms: performance.now() - started, people, gzipBytes, peakRss, baseRss, peakTreeRss, isComplete: trailer.complete === true && trailer.count === people && tail === "" });
          });
          gunzip.on("error", reject);
          response.on("error", reject);
        })
        .on("error", reject);
    });
  } finally {
    clearInterval(sampler);
  }
}

function snapshotRow(name: string, r: SnapshotResult, reference?: SnapshotResult): string {
  const mb = (bytes: number) => (bytes / 1_048_576).toFixed(0);
  const isWithin = r.isComplete && r.people >= OPTED_OUT && r.ms < SNAPSHOT_LIMITS.ms && r.peakRss / 1_048_576 < SNAPSHOT_LIMITS.rssMb;
  const added = r.peakRss - r.baseRss;
  const versus = reference ? ` (reference adds ${mb(reference.peakRss - reference.baseRss)} MB)` : "";
  return [
    `${name.padEnd(34)} ${r.people.toLocaleString("en-GB")} people in ${(r.ms / 1000).toFixed(2)} s, ${mb(r.gzipBytes)} MB sent, ${r.isComplete ? "complete line checked" : "INCOMPLETE"}`,
    `${"".padEnd(34)} RSS idle ${mb(r.idleRss ?? r.baseRss)} MB, before ${mb(r.baseRss)} MB, peak ${mb(r.peakRss)} MB: streaming adds ${mb(added)} MB${versus}; with its launcher ${mb(r.peakTreeRss)} MB: ${isWithin ? "within" : "NOT within"} the limits`,
  ].join("\n");
}

async function main() {
  loadDotEnv();
  const database = await openDatabase({ projectRoot: PROJECT_ROOT, database: "consent_register_bench_api", log: say });
  const children: ChildProcess[] = [];
  try {
    await recreateDatabase(database.url);
    await applyMigrations(database.url, defaultMigrationPaths(PROJECT_ROOT));
    const [{ valid, key }, loadMs] = await time(() => loadRegister(database.url));
    say(`Loaded ${POPULATION.toLocaleString("en-GB")} people (${OPTED_OUT.toLocaleString("en-GB")} opted out, ${valid.length.toLocaleString("en-GB")} valid numbers to ask about) in ${(loadMs / 1000).toFixed(1)} s.`);

    if (!values["skip-build"] && !values["skip-site"]) {
      say("Building the site (npm run build)...");
      await new Promise<void>((resolve, reject) =>
        spawn("npm", ["run", "--silent", "build"], { cwd: PROJECT_ROOT, stdio: ["ignore", "ignore", "inherit"] }).on("exit", (code) => (code === 0 ? resolve() : reject(new Error("build failed")))),
      );
    }
    const env = { DATABASE_URL: database.url, LOCAL_DEMO: "on", NODE_ENV: "production", API_RATE_LIMIT_PER_SECOND: "1000000", NEXT_TELEMETRY_DISABLED: "1" };
    const auth = { authorization: `Bearer ${key}` };
    const randomPath = () => `/api/v1/consent/${valid[Math.floor(Math.random() * valid.length)]}`;

    const results: Record<string, LoadResult> = {};
    const snapshots: Record<string, SnapshotResult> = {};
    const isFull = !values["snapshot-only"];
    // One server at a time, so each has the machine to itself apart from the load generator and PostgreSQL.
    // The bare server is the reference for the snapshot too: the same read and gzip in a process with nothing else.
    const bare = startServer(process.execPath, [path.join(BIN, "tsx"), "scripts/bench/bare-server.ts", String(PORTS.bare), database.url], env);
    children.push(bare);
    await waitFor(`http://127.0.0.1:${PORTS.bare}/api/v1/consent/${valid[0]}`);
    const bareIdle = Math.max(...rssByProcess(bare.pid!));
    await streamSnapshot(PORTS.bare, bare.pid!, {}); // warm up: JIT, connection, plan
    snapshots.bare = { ...(await streamSnapshot(PORTS.bare, bare.pid!, {})), idleRss: bareIdle };
    if (isFull) results.bare = await load(`http://127.0.0.1:${PORTS.bare}`, randomPath, {});
    bare.kill();

    const api = startServer(process.execPath, [path.join(BIN, "tsx"), "scripts/start-api.ts", "--port", String(PORTS.api)], env);
    children.push(api);
    await waitFor(`http://127.0.0.1:${PORTS.api}/api/health`);
    const apiIdle = Math.max(...rssByProcess(api.pid!));
    // The snapshot first, on a server that has not yet served the load (its memory is then the snapshot's).
    await streamSnapshot(PORTS.api, api.pid!, auth); // warm up: JIT, connection, plan
    snapshots.api = { ...(await streamSnapshot(PORTS.api, api.pid!, auth)), idleRss: apiIdle };
    if (isFull) results.api = await load(`http://127.0.0.1:${PORTS.api}`, randomPath, auth);

    // Batch of 10,000 and the change feed, against the dedicated server.
    const batchTimes: number[] = [];
    for (let run = 0; run < (isFull ? 12 : 0); run++) {
      const numbers = Array.from({ length: 10_000 }, () => valid[Math.floor(Math.random() * valid.length)]);
      const [response, ms] = await time(() =>
        fetch(`http://127.0.0.1:${PORTS.api}/api/v1/consent/check`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ nhsNumbers: numbers }) }).then(async (r) => {
          await r.arrayBuffer();
          return r;
        }),
      );
      if (response.status !== 200) throw new Error(`batch answered ${response.status}`);
      if (run >= 2) batchTimes.push(ms); // the first two warm up
    }
    batchTimes.sort((a, b) => a - b);
    let pages = 0;
    let seen = 0;
    const [, feedMs] = await time(async () => {
      if (!isFull) return;
      let cursor = "";
      for (;;) {
        const response = await fetch(`http://127.0.0.1:${PORTS.api}/api/v1/consent/changes?limit=10000${cursor ? `&since=${cursor}` : ""}`, { headers: auth });
        const body = (await response.json()) as { changes: unknown[]; nextCursor: string; hasMore: boolean };
        pages++;
        seen += body.changes.length;
        cursor = body.nextCursor;
        if (!body.hasMore) return;
      }
    });
    api.kill();

    if (!values["skip-site"]) {
      const next = startServer(path.join(BIN, "next"), ["start", "--port", String(PORTS.next)], env);
      children.push(next);
      await waitFor(`http://127.0.0.1:${PORTS.next}/api/health/live`);
      const nextIdle = Math.max(...rssByProcess(next.pid!));
      await streamSnapshot(PORTS.next, next.pid!, auth, false); // warm up
      snapshots.next = { ...(await streamSnapshot(PORTS.next, next.pid!, auth, false)), idleRss: nextIdle };
      if (isFull) {
        results.nextTrivial = await load(`http://127.0.0.1:${PORTS.next}`, () => "/api/health/live", {});
        results.next = await load(`http://127.0.0.1:${PORTS.next}`, randomPath, auth);
      }
      next.kill();
    }

    say("");
    say(`Register: ${POPULATION.toLocaleString("en-GB")} people, ${OPTED_OUT.toLocaleString("en-GB")} opted out (plus the migrations' canary people). Server and load generator on this 2-core machine.`);
    if (isFull) {
      say(`Single check, ${CONNECTIONS} connections, ${DURATION} s each:`);
      say(row("bare node http + pg (reference)", results.bare!));
      say(row("dedicated consent-check server", results.api!, results.bare));
      if (results.next) {
        say(row("Next.js trivial route (reference)", results.nextTrivial!));
        say(row("Next.js /api/v1/consent/{n}", results.next, results.nextTrivial));
      }
      say(`Batch of 10,000: median ${batchTimes[Math.floor(batchTimes.length / 2)]!.toFixed(0)} ms, max ${batchTimes.at(-1)!.toFixed(0)} ms over ${batchTimes.length} runs.`);
      say(`Change feed: ${seen.toLocaleString("en-GB")} changes in ${pages} pages in ${(feedMs / 1000).toFixed(2)} s.`);
    }
    say(`Snapshot export, NDJSON (gzip except from the site: ADR 022); RSS of the server process sampled every 20 ms; limits ${SNAPSHOT_LIMITS.ms / 1000} s and ${SNAPSHOT_LIMITS.rssMb} MB:`);
    say(snapshotRow("bare node http + pg (reference)", snapshots.bare!));
    say(snapshotRow("dedicated consent-check server", snapshots.api!, snapshots.bare));
    if (snapshots.next) say(snapshotRow("Next.js /api/v1/consent/snapshot", snapshots.next));
    if (!isFull) say("(--snapshot-only: load runs, batch and feed skipped.)");
    const failures = Object.values(results).reduce((n, r) => n + r.non2xx + r.errors, 0);
    if (failures) say(`WARNING: ${failures} requests failed or answered other than 2xx.`);
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill();
    await database.close();
  }
  process.exit(0);
}

await main();
