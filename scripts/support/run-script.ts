import { applyMigrations, defaultMigrationPaths } from "@/lib/database/migrate";
import { openDatabase, type OpenDatabase } from "@/lib/database/open-database";
import { disconnectDb } from "@/lib/db";
import { setEnvVariable } from "@/lib/env";

import { loadDotEnv, PROJECT_ROOT } from "./dot-env";

export { loadDotEnv, PROJECT_ROOT } from "./dot-env";

export type ScriptDatabaseOptions = {
  /**
   * Apply pending migrations first, as npm start does (default): a script run
   * in a fresh checkout before the first npm start must find the register's
   * tables and types. Off only for scripts that manage the schema themselves
   * (db:migrate, db:reset) or must see the database exactly as it is (db:drill).
   */
  migrate?: boolean;
  /** A database of its own on the same server (tests); default DATABASE_URL's, or the embedded one. */
  database?: string;
  log?: (message: string) => void;
};

/**
 * The database a script works on: DATABASE_URL, or the embedded server (which
 * `close` stops if no other process is using it), migrated unless told not to.
 * DATABASE_URL is set for the script's own code (lib/db.ts reads it).
 */
export async function openScriptDatabase(options: ScriptDatabaseOptions = {}): Promise<OpenDatabase> {
  const log = options.log ?? ((message: string) => console.error(message));
  const database = await openDatabase({ projectRoot: PROJECT_ROOT, database: options.database, log });
  try {
    if (options.migrate !== false) {
      const applied = await applyMigrations(database.url, defaultMigrationPaths(PROJECT_ROOT));
      if (applied.length) log(`Applied migrations: ${applied.join(", ")}`);
    }
  } catch (error) {
    await database.close();
    throw error;
  }
  setEnvVariable("DATABASE_URL", database.url);
  setEnvVariable("LOCAL_DEMO", database.isEmbedded ? "on" : "off");
  return database;
}

/** Opens the script's database (openScriptDatabase), runs `main`, then lets the database go, whatever happens. */
export async function withScriptDatabase(main: (database: OpenDatabase) => Promise<void>, options: ScriptDatabaseOptions = {}): Promise<void> {
  let database: OpenDatabase | undefined;
  try {
    database = await openScriptDatabase(options);
    const opened = database;
    // Interrupted: still give up the embedded server, so it does not run on unused.
    const onSignal = () => void opened.close().finally(() => process.exit(130));
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, onSignal);
    try {
      await main(database);
    } finally {
      for (const signal of ["SIGINT", "SIGTERM"] as const) process.off(signal, onSignal);
    }
  } finally {
    await disconnectDb();
    await database?.close();
  }
}

/**
 * Runs a command-line script against the project's database (withScriptDatabase),
 * prints a failure's message, and ends the process.
 */
export async function runWithDatabase(main: (database: OpenDatabase) => Promise<void>, options: ScriptDatabaseOptions = {}): Promise<void> {
  loadDotEnv();
  try {
    await withScriptDatabase(main, options);
  } catch (error) {
    process.exitCode = process.exitCode || 1;
    console.error(error instanceof Error ? error.message : error);
  }
  // The schema engine leaves a 10-second timer behind; a finished script ends now.
  process.exit();
}
