import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { type Readable, Transform, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import pg from "pg";
import copyStreams from "pg-copy-streams";
import { copyOutSql, DETERMINISTIC_SESSION_SQL, listSequences, listTables, type TableInfo } from "./catalogue";
import { encryptStream, fileAad, keyFingerprint } from "./crypto";
import { BACKUP_FORMAT, type BackupManifest, combineDigests, type DatabaseDigest, MANIFEST_FILE, type TableDigest } from "./manifest";

// A logical dump of the application's tables, streamed table by table from one
// REPEATABLE READ snapshot (so the archive is a single moment of the register,
// however busy it is), gzip-compressed and optionally encrypted. The digest of
// each table is taken from the same bytes. docs/decisions/014-backup-and-restore.md.

/** Counts rows (text COPY ends each row with a newline; newlines in values are escaped) and hashes the bytes. */
export class TableTap extends Transform {
  readonly hash = createHash("sha256");
  rows = 0;
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null, data?: Buffer) => void) {
    this.hash.update(chunk);
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) this.rows++;
    done(null, chunk);
  }
  result(name: string): TableDigest {
    return { name, rows: this.rows, sha256: this.hash.digest("hex") };
  }
}

const discard = () => new Writable({ write: (_chunk, _encoding, done) => done() });

async function readTable(client: pg.ClientBase, table: TableInfo, sink: Writable[]): Promise<TableDigest> {
  const tap = new TableTap();
  const source: Readable = client.query(copyStreams.to(copyOutSql(table)));
  await pipeline([source, tap, ...(sink.length ? sink : [discard()])]);
  return tap.result(table.name);
}

/** Starts the read-only snapshot every table is read from. */
async function beginSnapshot(client: pg.ClientBase) {
  await client.query(DETERMINISTIC_SESSION_SQL);
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The digest of a database's application tables as they stand (one snapshot). */
export async function digestDatabase(url: string): Promise<DatabaseDigest> {
  return withClient(url, async (client) => {
    await beginSnapshot(client);
    try {
      const digests: TableDigest[] = [];
      for (const table of await listTables(client)) digests.push(await readTable(client, table, []));
      return combineDigests(digests);
    } finally {
      await client.query("ROLLBACK");
    }
  });
}

export type DumpOptions = {
  /** Encrypts every file with AES-256-GCM under this 32-byte key. */
  key?: Buffer;
  log?: (message: string) => void;
};

/** Dumps the database at `url` into the folder `dir` (created; must not hold a backup already). */
export async function dumpDatabase(url: string, dir: string, options: DumpOptions = {}): Promise<BackupManifest> {
  // The archive holds personal data: readable by its owner only.
  await mkdir(dir, { recursive: true, mode: 0o700 });
  return withClient(url, async (client) => {
    await beginSnapshot(client);
    try {
      const info = await client.query<{ database: string; version: string }>("SELECT current_database() AS database, current_setting('server_version') AS version");
      const migrations = await client.query<{ migration_name: string }>(
        `SELECT migration_name FROM _prisma_migrations
          WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      );
      const tables: BackupManifest["tables"] = [];
      for (const table of await listTables(client)) {
        const file = `${table.name}.copy.gz${options.key ? ".enc" : ""}`;
        const sink: Writable[] = [createGzip({ level: 6 }) as unknown as Writable];
        if (options.key) sink.push(encryptStream(options.key, fileAad(table.name)) as unknown as Writable);
        sink.push(createWriteStream(path.join(dir, file), { flags: "wx", mode: 0o600 }));
        const digest = await readTable(client, table, sink);
        tables.push({ ...digest, file, columns: table.columns });
        options.log?.(`  ${table.name.padEnd(28)} ${String(digest.rows).padStart(9)} rows  ${digest.sha256.slice(0, 16)}…`);
      }
      // Sequences are not transactional: read now, they are at least as far on as the rows read.
      const sequences: BackupManifest["sequences"] = [];
      for (const sequence of await listSequences(client)) {
        const value = await client.query<{ last_value: string; is_called: boolean }>(
          `SELECT last_value::text AS last_value, is_called FROM "${sequence.name.replace(/"/g, '""')}"`,
        );
        sequences.push({ name: sequence.name, lastValue: value.rows[0]!.last_value, isCalled: value.rows[0]!.is_called });
      }
      const manifest: BackupManifest = {
        format: BACKUP_FORMAT,
        createdAt: new Date().toISOString(),
        database: info.rows[0]!.database,
        serverVersion: info.rows[0]!.version,
        migrations: migrations.rows.map((m) => m.migration_name),
        compression: "gzip",
        encryption: options.key ? { algorithm: "aes-256-gcm", keyFingerprint: keyFingerprint(options.key) } : null,
        tables,
        sequences,
        digest: combineDigests(tables).digest,
      };
      await writeFile(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { flag: "wx", mode: 0o600 });
      return manifest;
    } finally {
      await client.query("ROLLBACK");
    }
  });
}
