import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { applyMigrations, defaultMigrationPaths } from "@/lib/database/migrate";
import { dropDatabase, recreateDatabase } from "@/lib/database/embedded-server";
import { openDatabase } from "@/lib/database/open-database";

// Integration tests run against a real PostgreSQL: a fresh database on the
// embedded server (or on DATABASE_URL's server), migrated like production.
// Named after this run's process, so two runs at once never share one, and
// dropped at the end.
const PROJECT_ROOT = path.resolve(import.meta.dirname, "..", "..");
const TEST_DATABASE = `consent_register_test_${process.pid}`;

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseName: string;
    isEmbeddedDatabase: boolean;
  }
}

export default async function setup(project: TestProject) {
  const database = await openDatabase({ projectRoot: PROJECT_ROOT, database: TEST_DATABASE, log: console.log });
  await recreateDatabase(database.url);
  await applyMigrations(database.url, defaultMigrationPaths(PROJECT_ROOT));
  project.provide("databaseUrl", database.url);
  project.provide("databaseName", TEST_DATABASE);
  project.provide("isEmbeddedDatabase", database.isEmbedded);
  return async () => {
    // The blocks of test NHS numbers this run's files claimed (tests/support/factories.ts).
    rmSync(path.join(tmpdir(), "consent-register-test-nhs-numbers", TEST_DATABASE), { recursive: true, force: true });
    await dropDatabase(database.url).catch((error: Error) => console.error(`Could not drop ${TEST_DATABASE}: ${error.message}`));
    await database.close();
  };
}
