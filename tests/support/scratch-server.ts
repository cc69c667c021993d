import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { acquireEmbeddedServer, type AcquireEmbeddedServerOptions, connectionUrl, ensureDatabaseExists } from "@/lib/database/embedded-server";
import { applyMigrations, defaultMigrationPaths } from "@/lib/database/migrate";

// A PostgreSQL server of a test's own, for tests that stop and start the
// database under running code: the shared test server must stay up.

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "..", "..");

/** A temporary folder removed after the file's tests; the postgres user can reach it. */
export function scratchFolder(prefix: string): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  chmodSync(folder, 0o755);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/** Starts a server in `folder` with a migrated database `name`; acquire again with the same options to restart it. */
export async function startScratchDatabase(folder: string, name: string, preferredPort: number) {
  const options: AcquireEmbeddedServerOptions = { projectRoot: PROJECT_ROOT, dataDir: path.join(folder, "pg"), preferredPort };
  const server = await acquireEmbeddedServer(options);
  const url = connectionUrl(server.port, name);
  await ensureDatabaseExists(url);
  await applyMigrations(url, defaultMigrationPaths(PROJECT_ROOT));
  return { server, url, options };
}

/**
 * Stops the server under `dataDir` the way pg_ctl's stop modes do, by signal
 * to the postmaster: "immediate" (SIGQUIT, a crash: recovery runs at the next
 * start) or "fast" (SIGINT: sessions are cut, open transactions roll back).
 * Resolves once the server has gone. Start it again with acquireEmbeddedServer.
 */
export async function stopScratchDatabase(dataDir: string, mode: "immediate" | "fast"): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) throw new Error(`No server pid in ${pidFile}`);
  process.kill(pid, mode === "immediate" ? "SIGQUIT" : "SIGINT");
  const deadline = Date.now() + 30_000;
  while (isProcessAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`PostgreSQL (pid ${pid}) did not stop within 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
