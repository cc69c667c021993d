import { type ChildProcess, spawn } from "node:child_process";
import { createHash, randomInt } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { recordDecision } from "@/tests/support/record-test-decision";
import { dropDatabase, ensureDatabaseExists, withDatabaseName } from "@/lib/database/embedded-server";
import { applyMigrations, defaultMigrationPaths } from "@/lib/database/migrate";
import { disconnectDb, getDb } from "@/lib/db";
import { setEnvVariable } from "@/lib/env";
import { nhsCheckDigit } from "@/lib/nhs-number/nhs-number";
import { careMyWayFile, writeTempFile } from "../legacy-import/support";
import { decisionDetails, RESIDENT } from "../support/factories";
import { expectConsistent } from "../support/register-assertions";
import { PROJECT_ROOT } from "../support/scratch-server";

// The import command is killed (SIGKILL: no clean-up of its own) while its
// commit is writing. PostgreSQL must roll the whole import back: no import
// run, no decision, no person changed, no lock left behind; and running the
// same file again imports it, once.

const ROWS = 50_000;
// A database of this file's own on the test server: fifty thousand people must not meet other files' random ones.
const url = withDatabaseName(inject("databaseUrl"), `faults_import_${process.pid}`);

let admin: pg.Client;

beforeAll(async () => {
  await ensureDatabaseExists(url);
  await applyMigrations(url, defaultMigrationPaths(PROJECT_ROOT));
  await disconnectDb();
  setEnvVariable("DATABASE_URL", url);
  admin = new pg.Client({ connectionString: url });
  await admin.connect();
}, 120_000);

afterAll(async () => {
  await admin?.end();
  await disconnectDb();
  await dropDatabase(url);
});

/** ROWS distinct valid 999-range NHS numbers from a random start. */
function distinctTestNhsNumbers(count: number): string[] {
  const numbers: string[] = [];
  for (let stem = 999_000_000 + randomInt(0, 500_000); numbers.length < count; stem++) {
    const check = nhsCheckDigit(String(stem));
    if (check !== null) numbers.push(`${stem}${check}`);
  }
  return numbers;
}

function runImport(file: string) {
  // node with tsx's loader, not the tsx wrapper, so the process killed is the one doing the work.
  const child = spawn(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "scripts", "import-legacy.ts"), "--source", "caremyway", file], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  return { child, exited, output: () => output };
}

async function registerDigest() {
  const { rows } = await admin.query<{ digest: string }>(`
    SELECT md5(concat_ws('|',
      (SELECT string_agg(concat_ws(',', nhs_number, decision_id, status, seq), ';' ORDER BY nhs_number) FROM person_consent),
      (SELECT count(*) FROM decision), (SELECT count(*) FROM decision_status_event), (SELECT count(*) FROM audit_event),
      (SELECT count(*) FROM consent_change), (SELECT max(seq) FROM consent_change), (SELECT count(*) FROM import_run))) AS digest`);
  return rows[0]!.digest;
}

async function importBackends(): Promise<{ pid: number; state: string; query: string }[]> {
  const { rows } = await admin.query(
    "SELECT pid, state, query FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'legacy-import' AND pid <> pg_backend_pid()",
  );
  return rows;
}

function kill(child: ChildProcess) {
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}

describe("the import command killed in the middle of its commit", () => {
  it("leaves nothing of the import in the register and no lock behind; the same file then imports fully, once", async () => {
    const nhsNumbers = distinctTestNhsNumbers(ROWS);
    // Some of the file's people already have a newer online decision: they must be untouched by the killed import.
    const known = nhsNumbers.slice(0, 5);
    for (const nhsNumber of known) {
      await recordDecision({ details: decisionDetails({ nhsNumber, choice: "OPT_OUT", decidedAt: new Date("2026-01-10T10:00:00Z") }), recordedBy: RESIDENT });
    }
    const bytes = careMyWayFile(nhsNumbers.map((nhs, i) => ({ nhs, code: i % 3 === 0 ? "93C0." : "93C1." })));
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const file = writeTempFile(bytes, "killed-import.csv");
    const before = await registerDigest();

    const run = runImport(file);
    let killedDuring = "";
    try {
      // The report is printed, then "Importing...": the commit has started. Kill it once PostgreSQL is writing.
      await expect.poll(run.output, { timeout: 90_000, interval: 20 }).toMatch(/Importing\.\.\./);
      await expect
        .poll(
          async () => {
            const writing = (await importBackends()).find((b) => b.state === "active" && /INSERT INTO|UPDATE |DELETE FROM|WITH ranked/i.test(b.query));
            if (writing && run.child.exitCode === null) {
              kill(run.child);
              killedDuring = writing.query.replace(/\s+/g, " ").slice(0, 80);
            }
            return killedDuring !== "" || run.child.exitCode !== null;
          },
          { timeout: 30_000, interval: 5 },
        )
        .toBe(true);
    } finally {
      kill(run.child);
    }
    const exit = await run.exited;
    expect(killedDuring, `the import finished before it could be killed:\n${run.output()}`).not.toBe("");
    expect(exit.signal).toBe("SIGKILL");
    console.info(`Import killed while PostgreSQL ran: ${killedDuring}`);

    // PostgreSQL notices the dead client and rolls back: wait for its session to end.
    await expect.poll(async () => (await importBackends()).length, { timeout: 60_000, interval: 100 }).toBe(0);
    const { rows: locks } = await admin.query(
      "SELECT locktype, mode, pid FROM pg_locks l WHERE l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) AND pid <> pg_backend_pid()",
    );
    expect(locks).toEqual([]);
    expect(await registerDigest()).toBe(before);
    expect((await admin.query("SELECT count(*)::int AS n FROM import_run WHERE sha256 = $1", [sha256])).rows[0].n).toBe(0);
    expect((await admin.query("SELECT count(*)::int AS n FROM decision WHERE nhs_number = ANY($1::varchar[])", [nhsNumbers])).rows[0].n).toBe(known.length);
    for (const nhsNumber of known) {
      const state = await expectConsistent(nhsNumber);
      expect(state.state?.status).toBe("OPTED_OUT");
    }

    // The same file again, to the end: imported once, fully.
    const rerun = runImport(file);
    const rerunExit = await rerun.exited;
    expect(rerunExit, rerun.output()).toEqual({ code: 0, signal: null });
    const { rows: runs } = await admin.query("SELECT id, row_count FROM import_run WHERE sha256 = $1", [sha256]);
    expect(runs).toHaveLength(1);
    expect(runs[0].row_count).toBe(ROWS);
    const imported = await admin.query("SELECT count(*)::int AS n, count(DISTINCT nhs_number)::int AS people FROM decision WHERE import_run_id = $1", [runs[0].id]);
    expect(imported.rows[0]).toEqual({ n: ROWS, people: ROWS });
    const people = await admin.query("SELECT count(*)::int AS n FROM person_consent WHERE nhs_number = ANY($1::varchar[])", [nhsNumbers]);
    expect(people.rows[0].n).toBe(ROWS);
    // The newer online opt-outs still stand over the 2019 legacy events.
    for (const nhsNumber of [...known, nhsNumbers[ROWS - 1]!, nhsNumbers[ROWS - 3]!]) await expectConsistent(nhsNumber);
    expect(await getDb().personConsent.count({ where: { nhsNumber: { in: known }, status: "OPTED_OUT" } })).toBe(known.length);
  }, 180_000);
});
