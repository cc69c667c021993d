import { createReadStream } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import pg from "pg";
import copyStreams from "pg-copy-streams";
import { AppError, appError } from "../../errors";
import { applyMigrations, type MigrationPaths } from "../migrate";
import { copyInSql, DETERMINISTIC_SESSION_SQL, listTables, quoteIdentifier } from "./catalogue";
import { fileAad, keyFingerprint, openDecryptedFile } from "./crypto";
import { TableTap } from "./dump";
import { BACKUP_FORMAT, type BackupManifest, MANIFEST_FILE } from "./manifest";

// Restores a backup into an EMPTY database: the checkout's migrations build
// the schema (they must be exactly the backup's), then every table is loaded
// with COPY in one transaction with triggers off (session_replication_role =
// replica: the append-only and chain triggers must not refire on history),
// and the sequences are set past the restored rows. Every table's bytes are
// checked against the manifest; any difference rolls the whole load back.

/** A backup that cannot be restored here, or a target that must not be restored into: the message is for the operator. */
function refused(message: string, code: "VALIDATION_FAILED" | "CONFLICT" = "VALIDATION_FAILED"): AppError {
  return appError(code, message);
}

export async function readManifest(dir: string): Promise<BackupManifest> {
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(await readFile(path.join(dir, MANIFEST_FILE), "utf8")) as BackupManifest;
  } catch (error) {
    throw refused(`${dir} holds no readable backup manifest (${MANIFEST_FILE}): ${(error as Error).message}`);
  }
  if (manifest.format !== BACKUP_FORMAT) throw refused(`${dir} is not a backup this version can restore (format ${String(manifest.format)}, expected ${BACKUP_FORMAT}).`);
  return manifest;
}

export type RestoreOptions = {
  migrationPaths: MigrationPaths;
  key?: Buffer;
  log?: (message: string) => void;
};

export async function restoreDatabase(dir: string, url: string, options: RestoreOptions): Promise<BackupManifest> {
  const manifest = await readManifest(dir);
  if (manifest.encryption) {
    if (!options.key) throw refused("This backup is encrypted: set BACKUP_ENCRYPTION_KEY to the key it was made with.");
    if (keyFingerprint(options.key) !== manifest.encryption.keyFingerprint) {
      throw refused(`BACKUP_ENCRYPTION_KEY is not the key this backup was made with (fingerprint ${manifest.encryption.keyFingerprint}).`);
    }
  }
  const checkout = (await readdir(options.migrationPaths.migrationsDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  if (checkout.join("\n") !== manifest.migrations.join("\n")) {
    throw refused(
      `The backup was made at migration ${manifest.migrations.at(-1) ?? "(none)"}, this checkout is at ${checkout.at(-1) ?? "(none)"}: ` +
        "restore with the code the backup was made with, then deploy the newer migrations (npm run db:deploy).",
      "CONFLICT",
    );
  }

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const existing = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'");
    if (existing.rows[0]!.n > 0) throw refused("Restore only into an empty database: this one already has tables.", "CONFLICT");
    await applyMigrations(url, options.migrationPaths);

    const tables = await listTables(client);
    const names = tables.map((t) => t.name).join(",");
    if (names !== manifest.tables.map((t) => t.name).join(",")) {
      throw refused(`The migrated schema's tables (${names}) are not the backup's (${manifest.tables.map((t) => t.name).join(",")}).`);
    }

    await client.query(DETERMINISTIC_SESSION_SQL);
    await client.query("BEGIN");
    try {
      await client.query("SET LOCAL session_replication_role = replica");
      // Rows the migrations seeded (the change counter) come back from the backup instead.
      await client.query(`TRUNCATE ${tables.map((t) => quoteIdentifier(t.name)).join(", ")}`);
      for (const table of manifest.tables) {
        const info = tables.find((t) => t.name === table.name)!;
        if (info.columns.join(",") !== table.columns.join(",")) {
          throw refused(`Table ${table.name}'s columns differ from the backup's.`);
        }
        const tap = new TableTap();
        const file = path.join(dir, table.file);
        const source: Readable = options.key && manifest.encryption ? await openDecryptedFile(file, options.key, fileAad(table.name)) : createReadStream(file);
        try {
          await pipeline([source, createGunzip(), tap, client.query(copyStreams.from(copyInSql(info)))]);
        } catch (error) {
          throw refused(`Could not restore ${table.name} from ${table.file}: ${(error as Error).message}`);
        }
        const got = tap.result(table.name);
        if (got.sha256 !== table.sha256 || got.rows !== table.rows) {
          throw refused(`${table.file} does not match the manifest (${got.rows} rows, SHA-256 ${got.sha256}; expected ${table.rows} rows, ${table.sha256}).`);
        }
        options.log?.(`  ${table.name.padEnd(28)} ${String(got.rows).padStart(9)} rows restored`);
      }
      for (const sequence of manifest.sequences) {
        await client.query("SELECT setval($1::regclass, $2::bigint, $3)", [quoteIdentifier(sequence.name), sequence.lastValue, sequence.isCalled]);
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    }
    await client.query("ANALYZE");
    return manifest;
  } finally {
    await client.end();
  }
}
