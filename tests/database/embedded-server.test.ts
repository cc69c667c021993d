import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { acquireEmbeddedServer, connectionUrl } from "@/lib/database/embedded-server";

const PROJECT_ROOT = path.resolve(import.meta.dirname, "..", "..");
const scratch = mkdtempSync(path.join(os.tmpdir(), "embedded-pg-test-"));
// The server runs as the postgres user, which must be able to reach its folder.
chmodSync(scratch, 0o755);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function answers(port: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: connectionUrl(port, "postgres"), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return (await client.query("SELECT 1 AS one")).rows[0].one === 1;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

describe("embedded PostgreSQL server", () => {
  it("is started once per data folder, shared, and stopped by the last process to leave", async () => {
    const dataDir = path.join(scratch, "cluster", "postgres");
    const options = { projectRoot: PROJECT_ROOT, dataDir, preferredPort: 54390 };
    // Two callers at once on a new folder: one initialises and starts it, the other waits and joins.
    const [a, b] = await Promise.all([acquireEmbeddedServer(options), acquireEmbeddedServer(options)]);
    expect([a.didStart, b.didStart].sort()).toEqual([false, true]);
    expect(a.port).toBe(b.port);
    expect(await answers(a.port)).toBe(true);

    // The one that started it leaves first: the other is still using it, so it keeps running.
    const starter = a.didStart ? a : b;
    const joiner = a.didStart ? b : a;
    await starter.release();
    expect(await answers(joiner.port)).toBe(true);

    await joiner.release();
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);
    expect(await answers(joiner.port)).toBe(false);

    // The data folder survives: starting again reuses it without initdb.
    const again = await acquireEmbeddedServer(options);
    expect(again.didStart).toBe(true);
    expect(await answers(again.port)).toBe(true);
    await again.release();
  }, 120_000);

  it("is not kept running by a process that died without leaving", async () => {
    const dataDir = path.join(scratch, "orphan", "postgres");
    const options = { projectRoot: PROJECT_ROOT, dataDir, preferredPort: 54393 };
    const server = await acquireEmbeddedServer(options);
    // A lease left by a process that no longer exists (killed with SIGKILL, say).
    writeFileSync(path.join(path.dirname(dataDir), "postgres-leases", "999999999-dead"), "");
    await server.release();
    expect(await answers(server.port)).toBe(false);
  }, 120_000);

  it.runIf(process.getuid?.() === 0)("says clearly when the postgres user cannot reach the data folder", async () => {
    const privateDir = mkdtempSync(path.join(scratch, "private-"));
    chmodSync(privateDir, 0o700);
    await expect(
      acquireEmbeddedServer({ projectRoot: PROJECT_ROOT, dataDir: path.join(privateDir, "pg"), preferredPort: 54391 }),
    ).rejects.toThrow(/postgres user cannot reach .*EMBEDDED_PG_DIR/);
  });

  it.runIf(inject("isEmbeddedDatabase"))("is found by a second process instead of being started again", () => {
    // The test run's own server is up; a script run now must use it, not start another.
    const result = spawnSync(path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx"), ["scripts/migrate.ts", "status"], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: "", EMBEDDED_PG_DATABASE: inject("databaseName") },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.stderr).toMatch(/Using the embedded PostgreSQL server already running on port \d+/);
    expect(result.stderr).not.toMatch(/Started the embedded PostgreSQL server/);
    expect(result.stdout).toMatch(/Database is up to date\./);
    expect(result.status).toBe(0);
  });
});
