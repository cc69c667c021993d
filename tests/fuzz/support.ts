import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, inject } from "vitest";
import { applyMigrations, defaultMigrationPaths } from "@/lib/database/migrate";
import { dropDatabase, recreateDatabase, withDatabaseName } from "@/lib/database/embedded-server";
import { disconnectDb } from "@/lib/db";

// Database-backed fuzz tests prove that rejected input writes nothing by
// counting the rows of every table before and after. Other test files write
// to the shared test database at the same time, so each fuzz file gets a
// database of its own (migrated like production) and points lib/db at it.

const PROJECT_ROOT = path.resolve(import.meta.dirname, "..", "..");

export type PrivateDatabase = { url: string; countRows: () => Promise<Record<string, number>>; query: (text: string, values?: unknown[]) => Promise<pg.QueryResult> };

/** Call at the top level of a test file, before anything touches the database. */
export function privateDatabaseFor(name: string): PrivateDatabase {
  const url = withDatabaseName(inject("databaseUrl"), `${inject("databaseName")}_${name}`);
  let pool: pg.Pool | undefined;
  beforeAll(async () => {
    await recreateDatabase(url);
    await applyMigrations(url, defaultMigrationPaths(PROJECT_ROOT));
    process.env.DATABASE_URL = url;
    pool = new pg.Pool({ connectionString: url, max: 2 });
  }, 120_000);
  afterAll(async () => {
    await disconnectDb();
    await pool?.end();
    await dropDatabase(url);
  });
  const database: PrivateDatabase = {
    url,
    query: (text: string, values?: unknown[]) => pool!.query(text, values),
    async countRows() {
      const tables = await pool!.query<{ name: string }>(
        "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
      );
      const counts: Record<string, number> = {};
      for (const { name } of tables.rows) {
        const result = await pool!.query<{ n: string }>(`SELECT count(*)::text AS n FROM "${name}"`);
        counts[name] = Number(result.rows[0]!.n);
      }
      return counts;
    },
  };
  return database;
}

/** Runs `work` and asserts that no table gained or lost a row. */
export async function expectNothingWritten<T>(database: PrivateDatabase, work: () => Promise<T>): Promise<T> {
  const before = await database.countRows();
  const result = await work();
  expect(await database.countRows()).toEqual(before);
  return result;
}
