import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { applyMigrations, createMigration, defaultMigrationPaths, getMigrationStatus } from "@/lib/database/migrate";
import { recreateDatabase, withDatabaseName } from "@/lib/database/embedded-server";

const PROJECT_ROOT = path.resolve(import.meta.dirname, "..", "..");
const scratch = mkdtempSync(path.join(os.tmpdir(), "migrate-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("offline migrations", () => {
  it("report the test database as up to date", async () => {
    const status = await getMigrationStatus(inject("databaseUrl"), defaultMigrationPaths(PROJECT_ROOT));
    expect(status.migrations.length).toBeGreaterThan(0);
    expect(status.pending).toEqual([]);
    expect(status.problem).toBeNull();
  });

  it("create nothing when the schema matches the history", async () => {
    const url = withDatabaseName(inject("databaseUrl"), "migrate_test_same");
    await recreateDatabase(url);
    const paths = copyProject("same");
    expect(await createMigration(url, paths, "nothing")).toBeNull();
  });

  it("create a migration from a schema change, then apply it", async () => {
    const url = withDatabaseName(inject("databaseUrl"), "migrate_test_change");
    await recreateDatabase(url);
    const paths = copyProject("change");
    writeFileSync(paths.schemaPath, `${readFileSync(paths.schemaPath, "utf8")}\nmodel Widget {\n  id Int @id\n  label String\n}\n`);

    await applyMigrations(url, paths);
    const folder = await createMigration(url, paths, "Add widget!", new Date("2099-01-01T00:00:00Z"));
    expect(folder).toMatch(/20990101000000_add_widget_$/);
    expect(readFileSync(path.join(folder!, "migration.sql"), "utf8")).toMatch(/CREATE TABLE "Widget"/);

    expect((await getMigrationStatus(url, paths)).pending).toEqual([path.basename(folder!)]);
    expect(await applyMigrations(url, paths)).toEqual([path.basename(folder!)]);
    expect((await getMigrationStatus(url, paths)).pending).toEqual([]);
  });

  it("apply a migration whole or not at all", async () => {
    const url = withDatabaseName(inject("databaseUrl"), "migrate_test_atomic");
    await recreateDatabase(url);
    const paths = copyProject("atomic");
    const broken = path.join(paths.migrationsDir, "20990101000000_broken");
    cpSync(path.join(PROJECT_ROOT, "prisma", "migrations", "migration_lock.toml"), path.join(paths.migrationsDir, "migration_lock.toml"));
    await import("node:fs/promises").then((fs) => fs.mkdir(broken, { recursive: true }));
    writeFileSync(path.join(broken, "migration.sql"), 'CREATE TABLE "half_done" ("id" INT);\nSELECT * FROM "no_such_table";\n');

    await expect(applyMigrations(url, paths)).rejects.toThrow();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const table = await client.query("SELECT to_regclass('half_done') AS t");
      expect(table.rows[0].t).toBeNull();
    } finally {
      await client.end();
    }
  });
});

function copyProject(name: string) {
  const root = path.join(scratch, name);
  cpSync(path.join(PROJECT_ROOT, "prisma"), path.join(root, "prisma"), { recursive: true });
  return defaultMigrationPaths(root);
}
