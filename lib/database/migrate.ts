import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import pg from "pg";

// Offline replacement for `prisma migrate`: drives Prisma's own WebAssembly
// schema engine through the pg driver adapter, so the native schema engine
// (a download this network cannot make) is never needed.
// See docs/decisions/002-offline-migrations.md.

const require = createRequire(import.meta.url);
const FILTERS = { externalTables: [], externalEnums: [] };

export type MigrationPaths = { schemaPath: string; migrationsDir: string };

export function defaultMigrationPaths(projectRoot: string): MigrationPaths {
  return {
    schemaPath: path.join(projectRoot, "prisma", "schema.prisma"),
    migrationsDir: path.join(projectRoot, "prisma", "migrations"),
  };
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the Wasm engine ships without types */
type SchemaEngine = {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  diagnoseMigrationHistory(input: unknown): Promise<any>;
  free(): void;
};
type SchemaEngineClass = {
  new: (config: unknown, log: (line: string) => void, adapter: unknown) => Promise<SchemaEngine>;
};

let engineClass: Promise<SchemaEngineClass> | undefined;

function loadEngineClass(): Promise<SchemaEngineClass> {
  engineClass ??= (async () => {
    // The engine reports a Rust panic through this global before it traps;
    // keep the message so the error says what went wrong.
    (globalThis as any).PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message: (message: string) => console.error(`Prisma schema engine panicked: ${message}`),
    };
    const runtimePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const runtime: any = await import(runtimePath);
    const wasm = await readFile(path.join(path.dirname(runtimePath), "schema_engine_bg.wasm"));
    const instance = new WebAssembly.Instance(new WebAssembly.Module(wasm), { "./schema_engine_bg.js": runtime });
    runtime.__wbg_set_wasm(instance.exports);
    (instance.exports as any).__wbindgen_start();
    return runtime.SchemaEngine as SchemaEngineClass;
  })();
  return engineClass;
}

// adapter-pg 7.10 cannot type PostgreSQL's internal "char" (OID 18), which the
// engine's catalog queries return (constraint and index kinds). pg reads it as
// a string; the pool marks those columns and the adapter reports them as the
// Character type the engine expects.
const CHAR_COLUMNS = Symbol("internal char columns");
class CatalogSafePool extends pg.Pool {
  override query(...args: any[]): any {
    const result = (super.query as any)(...args);
    const retype = (r: any) => {
      const indexes: number[] = [];
      (r?.fields ?? []).forEach((field: any, index: number) => {
        if (field.dataTypeID === 18) {
          field.dataTypeID = 25;
          indexes.push(index);
        }
      });
      if (indexes.length && Array.isArray(r.rows)) Object.defineProperty(r.rows, CHAR_COLUMNS, { value: indexes });
      return r;
    };
    return result?.then ? result.then(retype) : result;
  }
}

// adapter-pg runs a script by splitting it on ";", which breaks function bodies
// and applies half a migration when one statement fails. Sending the script as
// one simple-protocol query runs it whole, in one implicit transaction.
class WholeScriptPg extends PrismaPg {
  override async connect() {
    const adapter: any = await super.connect();
    const pool: pg.Pool = adapter.underlyingDriver();
    const queryRaw = adapter.queryRaw.bind(adapter);
    adapter.queryRaw = async (query: unknown) => {
      const result = await queryRaw(query);
      for (const index of result.rows[CHAR_COLUMNS] ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
      return result;
    };
    adapter.executeScript = async (script: string) => {
      try {
        await pool.query(script);
      } catch (error) {
        adapter.onError(error);
      }
    };
    return adapter;
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */


async function schemaFiles(paths: MigrationPaths) {
  return [{ path: paths.schemaPath, content: await readFile(paths.schemaPath, "utf8") }];
}

async function migrationsList(paths: MigrationPaths) {
  const dir = paths.migrationsDir;
  const lockPath = path.join(dir, "migration_lock.toml");
  const names = existsSync(dir)
    ? (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok", value: await readFile(path.join(dir, name, "migration.sql"), "utf8") },
        },
      })),
    ),
  };
}

async function withEngine<T>(connectionString: string, paths: MigrationPaths, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const SchemaEngine = await loadEngineClass();
  const files = await schemaFiles(paths);
  // Ended here: freeing the engine does not close the adapter's pool, whose
  // idle connections would otherwise keep the process alive for seconds.
  const pool = new CatalogSafePool({ connectionString, max: 2 });
  try {
    const engine = await SchemaEngine.new(
      { datamodels: files.map((f) => [f.path, f.content]) },
      (line: string) => {
        if (process.env.DEBUG_SCHEMA_ENGINE) console.error(line);
      },
      bindMigrationAwareSqlAdapterFactory(new WholeScriptPg(pool)),
    );
    try {
      return await run(engine);
    } finally {
      engine.free();
    }
  } finally {
    await pool.end();
  }
}

/** Applies every pending migration; returns the names applied. */
export async function applyMigrations(connectionString: string, paths: MigrationPaths): Promise<string[]> {
  const list = await migrationsList(paths);
  return withEngine(connectionString, paths, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList: list, filters: FILTERS });
    return result.appliedMigrationNames;
  });
}

export type MigrationStatus = {
  migrations: string[];
  pending: string[];
  problem: string | null;
};

export async function getMigrationStatus(connectionString: string, paths: MigrationPaths): Promise<MigrationStatus> {
  const list = await migrationsList(paths);
  const migrations = list.migrationDirectories.map((m) => m.path);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const table = await client.query("SELECT to_regclass('_prisma_migrations') AS t");
    const applied = new Set<string>();
    let problem: string | null = null;
    if (table.rows[0]?.t) {
      const rows = await client.query<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }>(
        "SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations",
      );
      for (const row of rows.rows) {
        if (row.finished_at && !row.rolled_back_at) applied.add(row.migration_name);
        else if (!row.rolled_back_at) problem = `Migration ${row.migration_name} started but did not finish.`;
      }
      const unknown = [...applied].filter((name) => !migrations.includes(name));
      if (unknown.length) problem = `The database has migrations this checkout does not: ${unknown.join(", ")}.`;
    }
    return { migrations, pending: migrations.filter((name) => !applied.has(name)), problem };
  } finally {
    await client.end();
  }
}

/**
 * Creates a migration from the difference between the migration history
 * (replayed into a throwaway shadow database) and the schema. Returns the new
 * folder, or null when the schema and the history already agree.
 */
export async function createMigration(
  connectionString: string,
  paths: MigrationPaths,
  name: string,
  now: Date = new Date(),
): Promise<string | null> {
  const list = await migrationsList(paths);
  const files = await schemaFiles(paths);
  const shadowName = `migrate_shadow_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString });
  await admin.connect();
  let script: string | null = null;
  try {
    await admin.query(`CREATE DATABASE "${shadowName}"`);
    const shadowUrl = new URL(connectionString);
    shadowUrl.pathname = `/${shadowName}`;
    script = await withEngine(shadowUrl.toString(), paths, async (engine) => {
      if (list.migrationDirectories.length) await engine.applyMigrations({ migrationsList: list, filters: FILTERS });
      const diff = await engine.diff({
        from: { tag: "schemaDatasource", files, configDir: path.dirname(paths.schemaPath) },
        to: { tag: "schemaDatamodel", files },
        script: true,
        exitCode: true,
        filters: FILTERS,
      });
      return diff.exitCode === 2 ? diff.stdout : null;
    });
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${shadowName}" WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
  if (!script) return null;

  const stamp = now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const last = list.migrationDirectories.map((m) => m.path.slice(0, 14)).sort().pop();
  // Folder names order the history, so keep them strictly increasing.
  const timestamp = last && last >= stamp ? String(BigInt(last) + 1n) : stamp;
  const safeName = name.replace(/[^A-Za-z0-9_]+/g, "_").toLowerCase() || "migration";
  const folder = path.join(paths.migrationsDir, `${timestamp}_${safeName}`);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, "migration.sql"), script);
  const lockPath = path.join(paths.migrationsDir, "migration_lock.toml");
  if (!existsSync(lockPath)) {
    await writeFile(lockPath, '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n');
  }
  return folder;
}
