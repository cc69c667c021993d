import path from "node:path";
import type { TestProject } from "vitest/node";
import { applyMigrations, defaultMigrationPaths } from "@/lib/database/migrate";
import { recreateDatabase } from "@/lib/database/embedded-server";
import { openDatabase } from "@/lib/database/open-database";

// Integration tests run against a real PostgreSQL: a fresh database on the
// embedded server (or on DATABASE_URL's server), migrated like production.
const PROJECT_ROOT = path.resolve(import.meta.dirname, "..", "..");
const TEST_DATABASE = "consent_register_test";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    isEmbeddedDatabase: boolean;
  }
}

export default async function setup(project: TestProject) {
  const database = await openDatabase({ projectRoot: PROJECT_ROOT, database: TEST_DATABASE, log: console.log });
  await recreateDatabase(database.url);
  await applyMigrations(database.url, defaultMigrationPaths(PROJECT_ROOT));
  project.provide("databaseUrl", database.url);
  project.provide("isEmbeddedDatabase", database.isEmbedded);
  return async () => {
    await database.close();
  };
}
