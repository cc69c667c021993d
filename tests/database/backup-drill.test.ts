import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { runBackupDrill } from "@/lib/database/backup/drill";
import { digestDatabase, dumpDatabase } from "@/lib/database/backup/dump";
import { compareDigests } from "@/lib/database/backup/manifest";
import { restoreDatabase } from "@/lib/database/backup/restore";
import { dropDatabase, ensureDatabaseExists, withDatabaseName } from "@/lib/database/embedded-server";
import { defaultMigrationPaths } from "@/lib/database/migrate";
import { changeDecisionStatus } from "@/lib/consent/change-decision-status";
import { recordDecision } from "@/tests/support/record-test-decision";
import { decisionDetails, minutesAfter, RESIDENT, STAFF, uniqueNhsNumber } from "../support/factories";
import { CANARY_NHS_NUMBERS } from "@/lib/canary/canaries";

const PROJECT_ROOT = path.resolve(import.meta.dirname, "..", "..");
const migrationPaths = defaultMigrationPaths(PROJECT_ROOT);
const sourceUrl = inject("databaseUrl");

const folders: string[] = [];
const databases: string[] = [];
afterAll(async () => {
  for (const url of databases) await dropDatabase(url);
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function tempFolder(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), "backup-test-"));
  folders.push(folder);
  return path.join(folder, "archive");
}

async function emptyDatabase(label: string): Promise<string> {
  const url = withDatabaseName(sourceUrl, `${inject("databaseName")}_${label}`.slice(0, 63));
  await dropDatabase(url);
  await ensureDatabaseExists(url);
  databases.push(url);
  return url;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Decisions (one corrected in time order, one withdrawn, one awaiting review), status events and audit events. */
async function seedRegister() {
  const people = [uniqueNhsNumber(), uniqueNhsNumber(), uniqueNhsNumber()];
  const base = new Date("2026-05-01T08:00:00Z");
  const first = await recordDecision({ details: decisionDetails({ nhsNumber: people[0], decidedAt: base }), recordedBy: RESIDENT });
  await recordDecision({ details: decisionDetails({ nhsNumber: people[0], choice: "OPT_IN", decidedAt: minutesAfter(base, 5) }), recordedBy: RESIDENT });
  const second = await recordDecision({ details: decisionDetails({ nhsNumber: people[1], decidedAt: base }), recordedBy: STAFF, initialStatus: "EFFECTIVE" });
  await changeDecisionStatus({ decisionId: second.id, status: "WITHDRAWN", reason: "Entered in error", by: STAFF });
  await recordDecision({ details: decisionDetails({ nhsNumber: people[2], givenName: "Zoë", familyName: "O'Brien-Łukasz" }), recordedBy: RESIDENT });
  return { people, first };
}

describe("backup and restore drill", () => {
  it("dumps the test database, restores it into a scratch database and finds every table identical, audit chain intact", async () => {
    const { people } = await seedRegister();
    const lines: string[] = [];
    const scratchName = `${inject("databaseName")}_drill_${process.pid}`.slice(0, 63);

    const result = await runBackupDrill({ sourceUrl, migrationPaths, key: randomBytes(32), log: (line) => lines.push(line) });

    expect(result.comparison).toEqual({ identical: true, differences: [] });
    expect(result.after.digest).toBe(result.before.digest);
    expect(result.before.digest).toMatch(/^[0-9a-f]{64}$/);
    const rows = Object.fromEntries(result.after.tables.map((t) => [t.name, t.rows]));
    for (const table of ["decision", "decision_status_event", "person_consent", "consent_change", "audit_event", "audit_chain", "consent_change_counter"]) {
      expect(rows[table], table).toBeGreaterThan(0);
    }
    expect(rows.audit_chain).toBe(rows.audit_event);
    expect(result.auditChain.broken).toBeNull();
    expect(result.auditChain.eventsChecked).toBe(rows.audit_event);
    expect(lines).toContain(`Digest before: ${result.before.digest}`);
    expect(lines).toContain(`Digest after:  ${result.after.digest}`);
    expect(result.restoredInto).toBe(scratchName);
    // The scratch copy and the temporary archive are gone; the source still has our people.
    expect(await query(sourceUrl, "SELECT 1 FROM pg_database WHERE datname = $1", [scratchName])).toEqual([]);
    expect(result.archiveDir).toBeNull();
    expect((await query<{ n: number }>(sourceUrl, "SELECT count(*)::int AS n FROM person_consent WHERE nhs_number = ANY($1)", [people]))[0]!.n).toBe(3);
  });

  it("in place, only when asked: wipes the database, restores it from the kept archive and finds it identical", async () => {
    await seedRegister();
    const copy = await emptyDatabase("in_place");
    const dir = tempFolder();
    await dumpDatabase(sourceUrl, dir);
    await restoreDatabase(dir, copy, { migrationPaths });
    const [marker] = await query<{ id: string }>(copy, "SELECT max(id::text) AS id FROM decision");

    const archiveDir = tempFolder();
    const started = new Date(Date.now() - 1000);
    const result = await runBackupDrill({ sourceUrl: copy, migrationPaths, inPlace: true, archiveDir });

    expect(result.comparison.identical).toBe(true);
    expect(result.restoredInto).toBe(new URL(copy).pathname.slice(1));
    expect(result.archiveDir).toBe(archiveDir);
    expect(readFileSync(path.join(archiveDir, "manifest.json"), "utf8")).toContain(result.before.digest);
    expect(await query(copy, "SELECT 1 FROM decision WHERE id::text = $1", [marker!.id])).toHaveLength(1);
    // It was really wiped: its migrations were applied again during the drill.
    const [migrated] = await query<{ at: Date }>(copy, "SELECT min(finished_at) AS at FROM _prisma_migrations");
    expect(migrated!.at.getTime()).toBeGreaterThanOrEqual(started.getTime());
  });

  it("detects a row changed after the restore, naming the table", async () => {
    await seedRegister();
    const dir = tempFolder();
    const manifest = await dumpDatabase(sourceUrl, dir);
    const target = await emptyDatabase("changed");
    await restoreDatabase(dir, target, { migrationPaths });
    const before = { tables: manifest.tables.map(({ name, rows, sha256 }) => ({ name, rows, sha256 })), digest: manifest.digest };
    expect(compareDigests(before, await digestDatabase(target)).identical).toBe(true);

    // One letter of one person's family name, behind the append-only trigger's back.
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    try {
      await client.query("SET session_replication_role = replica");
      await client.query("UPDATE decision SET family_name = family_name || 'x' WHERE id = (SELECT id FROM decision ORDER BY id LIMIT 1)");
    } finally {
      await client.end();
    }
    const comparison = compareDigests(before, await digestDatabase(target));
    expect(comparison.identical).toBe(false);
    expect(comparison.differences.map((d) => d.name)).toEqual(["decision"]);
    expect(comparison.differences[0]!.after!.rows).toBe(comparison.differences[0]!.before!.rows);

    // A row added to the projection shows up too, by count.
    await query(target, "INSERT INTO person_consent (nhs_number, status, seq, updated_at) VALUES ($1, 'OPTED_OUT', 0, now())", [uniqueNhsNumber()]);
    const again = compareDigests(before, await digestDatabase(target));
    expect(again.differences.map((d) => d.name)).toEqual(["decision", "person_consent"]);
    const projection = again.differences.find((d) => d.name === "person_consent")!;
    expect(projection.after!.rows).toBe(projection.before!.rows + 1);
  });

  it("leaves a restored database that carries on: new ids follow the restored ones and the audit chain continues", async () => {
    await seedRegister();
    const dir = tempFolder();
    await dumpDatabase(sourceUrl, dir);
    const target = await emptyDatabase("carry_on");
    await restoreDatabase(dir, target, { migrationPaths });
    const [max] = await query<{ id: string; seq: string }>(target, "SELECT (SELECT max(id) FROM audit_event)::text AS id, (SELECT max(seq) FROM audit_chain)::text AS seq");
    const [added] = await query<{ id: string }>(
      target,
      "INSERT INTO audit_event (actor_kind, actor_id, action, entity_type, entity_id) VALUES ('STAFF', 'staff-1', 'person.view', 'person', 'x') RETURNING id::text AS id",
    );
    expect(BigInt(added!.id)).toBeGreaterThan(BigInt(max!.id));
    const [link] = await query<{ seq: string }>(target, "SELECT seq::text AS seq FROM audit_chain WHERE event_id = $1", [added!.id]);
    expect(link!.seq).toBe(String(BigInt(max!.seq) + 1n));
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    try {
      expect((await verifyAuditChain(client)).broken).toBeNull();
    } finally {
      await client.end();
    }
    // The append-only triggers are on again after the restore.
    await expect(query(target, "DELETE FROM decision")).rejects.toThrow(/append-only/);
  });

  it("refuses a damaged archive, a wrong key or a non-empty target, and restores nothing", async () => {
    const key = randomBytes(32);
    const dir = tempFolder();
    const manifest = await dumpDatabase(sourceUrl, dir, { key });
    expect(manifest.encryption).toMatchObject({ algorithm: "aes-256-gcm" });
    const people = manifest.tables.find((t) => t.name === "decision")!;
    const stored = readFileSync(path.join(dir, people.file));
    expect(stored.subarray(0, 4).toString("ascii")).toBe("CRB1");
    // Personal data: the archive is readable by its owner only.
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(dir, people.file)).mode & 0o777).toBe(0o600);

    const wrongKey = await emptyDatabase("wrong_key");
    await expect(restoreDatabase(dir, wrongKey, { migrationPaths, key: randomBytes(32) })).rejects.toThrow(/not the key this backup was made with/);
    await expect(restoreDatabase(dir, wrongKey, { migrationPaths })).rejects.toThrow(/encrypted: set BACKUP_ENCRYPTION_KEY/);

    // Another table's file in place of the decisions' is refused.
    const decisionFile = path.join(dir, manifest.tables.find((t) => t.name === "decision")!.file);
    const original = readFileSync(decisionFile);
    writeFileSync(decisionFile, readFileSync(path.join(dir, manifest.tables.find((t) => t.name === "person_consent")!.file)));
    const swapped = await emptyDatabase("swapped");
    await expect(restoreDatabase(dir, swapped, { migrationPaths, key })).rejects.toThrow(/Could not restore decision/);
    writeFileSync(decisionFile, original);

    // One byte changed in the middle of the decisions' file.
    const file = path.join(dir, manifest.tables.find((t) => t.name === "decision")!.file);
    const bytes = readFileSync(file);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    writeFileSync(file, bytes);
    const damaged = await emptyDatabase("damaged");
    await expect(restoreDatabase(dir, damaged, { migrationPaths, key })).rejects.toThrow(/Could not restore decision/);
    // Nothing of the backup's: only what the migrations themselves write (the canary people, lib/canary).
    const canaries = CANARY_NHS_NUMBERS.map((n) => `'${n}'`).join(",");
    const fromBackup = {
      decision: `SELECT count(*)::int AS n FROM decision WHERE nhs_number IS NULL OR nhs_number NOT IN (${canaries})`,
      audit_event: `SELECT count(*)::int AS n FROM audit_event WHERE nhs_number IS NULL OR nhs_number NOT IN (${canaries})`,
      organisation: "SELECT count(*)::int AS n FROM organisation",
    };
    for (const [table, sql] of Object.entries(fromBackup)) {
      expect((await query<{ n: number }>(damaged, sql))[0]!.n, table).toBe(0);
    }

    await expect(restoreDatabase(dir, sourceUrl, { migrationPaths, key })).rejects.toThrow(/only into an empty database/);
  });
});
