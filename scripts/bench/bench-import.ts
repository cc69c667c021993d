// npm run bench:import: generates a 1,000,000-row CareMyWay extract (999-range
// NHS numbers; people appearing several times, opting out then back in; some
// blank NHS numbers, exact repeats and bad rows) in a temporary folder, then
// runs the dry run and the commit against a fresh database on the embedded
// server, printing rows per second and peak memory (the importer process's
// resident set, sampled) for each phase.
//
// By default the phases are those of `npm run import:legacy`: a dry run that
// keeps its transaction (prepareImport), then the commit of what it checked.
// --separate measures the upload page's way instead: dryRunImport, then
// commitImport, which reads and checks the file again.
//
// Targets: dry run plus commit within 90 s, peak memory under 400 MB.
// Options: --rows N (default 1,000,000), --separate, --keep (keep the file and the database),
//          --generate-only FILE (write the extract there and stop: try it with npm run import:legacy)
import { createWriteStream, existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { once } from "node:events";
import { parseArgs } from "node:util";
import iconv from "iconv-lite";
import pg from "pg";
import { recreateDatabase } from "@/lib/database/embedded-server";
import { applyMigrations, defaultMigrationPaths } from "@/lib/database/migrate";
import { openDatabase } from "@/lib/database/open-database";
import { setEnvVariable } from "@/lib/env";
import { commitImport } from "@/lib/legacy-import/commit-import";
import { dryRunImport } from "@/lib/legacy-import/dry-run-import";
import { prepareImport, type PreparedImport } from "@/lib/legacy-import/prepare-import";
import { CAREMYWAY_FORMAT } from "@/lib/legacy-import/formats";
import type { ImportReport } from "@/lib/legacy-import/types";
import { isValidNhsNumber } from "@/lib/nhs-number/nhs-number";
import { loadDotEnv, PROJECT_ROOT } from "../support/run-script";
import { seededRandom } from "@/lib/demo/seeded-random";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "1000000" },
    separate: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    "generate-only": { type: "string" },
  },
});
const ROWS = Number(values.rows);
const TARGET_SECONDS = 90;
const TARGET_MB = 400;
const DATABASE = "consent_register_bench";

const SURNAMES = ["O'Brien", "Núñez", "Smith, Jr", "Ødegård", "Patel", "Okafor", "Kowalski", "D'Souza", "Murphy", "Nguyen", 'Jones "JJ"', "Çelik"];
const FORENAMES = ["Zoë", "Seán", "Ada", "Chloé", "Mohammed", "Aoife", "Jürgen", "Fatima", "Grace", "Tomás", "Li", "Anna-Marie"];
const OUTWARD = ["N1", "N4", "N5", "N7", "N19", "NW1", "NW5", "EC1V", "WC1X", "N6"];
const PRACTICES = Array.from({ length: 120 }, (_, i) => `F83${String(i).padStart(3, "0")}`);

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const csv = (value: string) => (/[",]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

async function generateFile(file: string): Promise<{ people: number }> {
  const random = seededRandom(20_261_125);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  // About 2.5 events a person: 400,000 people for a million rows.
  const peopleCount = Math.ceil(ROWS / 2.5);
  const people: string[] = [];
  for (let prefix = 0; people.length < peopleCount; prefix++) {
    for (let last = 0; last < 10 && people.length < peopleCount; last++) {
      const candidate = `999${String(prefix).padStart(6, "0")}${last}`;
      if (isValidNhsNumber(candidate)) {
        people.push(candidate);
        break;
      }
    }
  }
  const eventsOf = new Uint8Array(peopleCount).map(() => 1 + Math.floor(random() * 4)); // 1 to 4 events each
  const firstDay = new Uint16Array(peopleCount).map(() => Math.floor(random() * 3650)); // from 2008
  const order = new Uint32Array(peopleCount).map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }

  const out = createWriteStream(file);
  let pending: string[] = [CAREMYWAY_FORMAT.columns.join(",")];
  const flush = async () => {
    if (!out.write(iconv.encode(pending.join("\r\n") + "\r\n", "windows-1252"))) await once(out, "drain");
    pending = [];
  };
  let written = 0;
  // Round r writes every person's r-th event, people in a shuffled order: each
  // person's events are in time order but far apart in the file.
  for (let round = 0; written < ROWS; round++) {
    for (let k = 0; k < order.length && written < ROWS; k++) {
      const person = order[k]!;
      if (eventsOf[person]! <= round && round < 4) continue;
      const day = new Date(Date.UTC(2008, 0, 1 + firstDay[person]! + round * 200));
      const withTime = random() < 0.7;
      const untraced = random() < 0.015;
      const badCheck = random() < 0.001;
      let nhs = untraced ? "" : people[person]!;
      if (badCheck) nhs = nhs.slice(0, 9) + String((Number(nhs[9] ?? 0) + 1) % 10);
      if (!untraced && random() < 0.3) nhs = `${nhs.slice(0, 3)} ${nhs.slice(3, 6)} ${nhs.slice(6)}`;
      const line = [
        nhs,
        csv(pick(SURNAMES)),
        csv(pick(FORENAMES)),
        `${pad(1 + (person % 28))}/${pad(1 + (person % 12))}/${1930 + (person % 75)}`,
        `${pick(OUTWARD)} ${1 + Math.floor(random() * 9)}${"ABDEFGHJLNPQRSTUWXYZ"[Math.floor(random() * 20)]}${"ABDEFGHJLNPQRSTUWXYZ"[Math.floor(random() * 20)]}`,
        pick(PRACTICES),
        round % 2 === 0 ? "93C1." : "93C0.", // opt out, then back in, then out again...
        `${pad(day.getUTCDate())}/${pad(day.getUTCMonth() + 1)}/${day.getUTCFullYear()}${withTime ? ` ${pad(8 + Math.floor(random() * 10))}:${pad(Math.floor(random() * 60))}` : ""}`,
        pick(["JSMITH", "APATEL", "SYSTEM", ""]),
      ].join(",");
      pending.push(line);
      written++;
      // Now and then the extract repeats a row exactly.
      if (random() < 0.005 && written < ROWS) {
        pending.push(line);
        written++;
      }
      if (pending.length >= 10_000) await flush();
    }
  }
  pending.push(`TOTAL_ROWS=${written}`);
  await flush();
  out.end();
  await once(out, "close");
  return { people: peopleCount };
}

type Phase = { name: string; seconds: number; rows: number; peakMb: number; report: ImportReport };

async function measure(name: string, work: () => Promise<ImportReport>): Promise<Phase> {
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 50);
  const started = performance.now();
  try {
    const report = await work();
    const seconds = (performance.now() - started) / 1000;
    peak = Math.max(peak, process.memoryUsage.rss());
    return { name, seconds, rows: report.counts.rowsRead, peakMb: peak / 1024 / 1024, report };
  } finally {
    clearInterval(sampler);
  }
}

/** CPU seconds of this process and of the importer's backend between calls of lap(). */
async function watchImportBackend(url: string): Promise<{ lap: () => string; stop: () => void }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const ticksPerSecond = 100; // USER_HZ on Linux
  let pid: number | null = null;
  let lastBackend = 0;
  let lastOwn = process.cpuUsage();
  const backendTicks = (): number | null => {
    if (pid === null || !existsSync(`/proc/${pid}/stat`)) return null;
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return Number(fields[11]) + Number(fields[12]); // utime + stime
  };
  let isAsking = false;
  const timer = setInterval(() => {
    if (isAsking) return;
    isAsking = true;
    void client
      .query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE application_name = 'legacy-import' AND datname = current_database()")
      .then(({ rows }) => {
        if (rows[0] && rows[0].pid !== pid) {
          pid = rows[0].pid;
          lastBackend = backendTicks() ?? 0;
        }
      })
      .catch(() => undefined)
      .finally(() => {
        isAsking = false;
      });
  }, 100);
  return {
    lap() {
      const own = process.cpuUsage(lastOwn);
      lastOwn = process.cpuUsage();
      const ticks = backendTicks();
      const backend = ticks === null ? null : (ticks - lastBackend) / ticksPerSecond;
      if (ticks !== null) lastBackend = ticks;
      return ` [CPU: importer ${((own.user + own.system) / 1e6).toFixed(1)} s, PostgreSQL ${backend === null ? "?" : `${backend.toFixed(1)} s`}]`;
    },
    stop() {
      clearInterval(timer);
      void client.end();
    },
  };
}

if (values["generate-only"]) {
  const { people } = await generateFile(values["generate-only"]);
  console.log(`Wrote ${ROWS.toLocaleString("en-GB")} rows about ${people.toLocaleString("en-GB")} people to ${values["generate-only"]}`);
  process.exit();
}

loadDotEnv();
const folder = await mkdtemp(path.join(tmpdir(), "bench-import-"));
const file = path.join(folder, "caremyway-bench.csv");
let database: Awaited<ReturnType<typeof openDatabase>> | undefined;
try {
  console.log(`Generating ${ROWS.toLocaleString("en-GB")} CareMyWay rows in ${file}...`);
  let started = performance.now();
  const { people } = await generateFile(file);
  const size = (await stat(file)).size;
  console.log(`  ${people.toLocaleString("en-GB")} people, ${(size / 1024 / 1024).toFixed(0)} MB, in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  database = await openDatabase({ projectRoot: PROJECT_ROOT, database: DATABASE, log: (m) => console.log(m) });
  started = performance.now();
  await recreateDatabase(database.url);
  await applyMigrations(database.url, defaultMigrationPaths(PROJECT_ROOT));
  setEnvVariable("DATABASE_URL", database.url);
  console.log(`Fresh database ${DATABASE} in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  // The machine is shared, so wall-clock times are noisy: each step also shows
  // the CPU seconds spent by this process and by the import's PostgreSQL backend
  // (read from /proc, so only when the server runs on this machine).
  const cpu = await watchImportBackend(database.url);
  const log = (message: string) => console.log(`    ${message}${cpu.lap()}`);
  const ranBy = { kind: "SYSTEM", id: "bench-import" } as const;
  let dry: Phase;
  let commit: Phase;
  if (values.separate) {
    console.log("Dry run (dryRunImport)...");
    dry = await measure("dry run", () => dryRunImport({ source: "caremyway", path: file, log }));
    console.log("Commit (commitImport: reads and checks the file again)...");
    const sha256 = dry.report.sha256;
    commit = await measure("commit", () => commitImport({ source: "caremyway", path: file, log, ranBy, expectedSha256: sha256 }));
  } else {
    console.log("Dry run (prepareImport, as npm run import:legacy does)...");
    let prepared: PreparedImport | undefined;
    dry = await measure("dry run", async () => {
      prepared = await prepareImport({ source: "caremyway", path: file, log });
      return prepared.report;
    });
    console.log("Commit (of what the dry run checked)...");
    commit = await measure("commit", () => prepared!.commit({ ranBy }));
  }
  if (commit.report.outcome !== "committed") throw new Error(`The commit did not commit: ${commit.report.outcome} ${commit.report.refusal?.message ?? ""}`);

  cpu.stop();
  const c = commit.report.counts;
  console.log(
    `\nCounts: ${c.rowsRead.toLocaleString("en-GB")} rows read; ${c.accepted.toLocaleString("en-GB")} accepted, ${c.untraced.toLocaleString("en-GB")} untraced, ` +
      `${c.duplicates.toLocaleString("en-GB")} duplicates, ${c.rejected.toLocaleString("en-GB")} rejected; ${commit.report.peopleChanged?.toLocaleString("en-GB")} people changed`,
  );
  console.log("\nphase      seconds   rows/s     peak RSS (MB)");
  for (const phase of [dry, commit]) {
    console.log(
      `${phase.name.padEnd(10)} ${phase.seconds.toFixed(1).padStart(7)}   ${Math.round(phase.rows / phase.seconds).toLocaleString("en-GB").padStart(8)}   ${phase.peakMb.toFixed(0).padStart(6)}`,
    );
  }
  const total = dry.seconds + commit.seconds;
  const peak = Math.max(dry.peakMb, commit.peakMb);
  console.log(`total      ${total.toFixed(1).padStart(7)}   target ${TARGET_SECONDS} s: ${total <= TARGET_SECONDS ? "met" : "MISSED"}; peak ${peak.toFixed(0)} MB, target ${TARGET_MB} MB: ${peak < TARGET_MB ? "met" : "MISSED"}`);

  if (!values.keep) {
    const admin = new pg.Client({ connectionString: database.url.replace(`/${DATABASE}`, "/postgres") });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await admin.end();
  }
} catch (error) {
  process.exitCode = 1;
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
} finally {
  if (!values.keep) await rm(folder, { recursive: true, force: true });
  else console.log(`Kept ${file} and the database ${DATABASE}`);
  await database?.close();
}
// The schema engine leaves a timer behind; the benchmark ends now.
process.exit();
