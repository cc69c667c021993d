import { chmodSync, mkdtempSync, rmSync } from "node:fs";
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
