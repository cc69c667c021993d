import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase, type OpenDatabase } from "@/lib/database/open-database";
import { disconnectDb } from "@/lib/db";
import { setEnvVariable } from "@/lib/env";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Loads .env (when present) before anything reads the environment. */
export function loadDotEnv(): void {
  const file = path.join(PROJECT_ROOT, ".env");
  if (existsSync(file)) process.loadEnvFile(file);
}

/**
 * Runs a command-line script against the project's database: DATABASE_URL, or
 * the embedded server, which is stopped afterwards if no other process is using
 * it. DATABASE_URL is set for the script's own code (lib/db.ts reads it).
 */
export async function runWithDatabase(main: (database: OpenDatabase) => Promise<void>): Promise<void> {
  loadDotEnv();
  let database: OpenDatabase | undefined;
  try {
    database = await openDatabase({ projectRoot: PROJECT_ROOT, log: (m) => console.error(m) });
    const opened = database;
    // Interrupted: still give up the embedded server, so it does not run on unused.
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.once(signal, () => void opened.close().finally(() => process.exit(130)));
    }
    setEnvVariable("DATABASE_URL", database.url);
    setEnvVariable("LOCAL_DEMO", database.isEmbedded ? "on" : "off");
    await main(database);
  } catch (error) {
    process.exitCode = process.exitCode || 1;
    console.error(error instanceof Error ? error.message : error);
  } finally {
    await disconnectDb();
    await database?.close();
  }
  // The schema engine leaves a 10-second timer behind; a finished script ends now.
  process.exit();
}
