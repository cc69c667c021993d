import pg from "pg";
import { getEnv } from "../env";
import { AppError } from "../errors";

// The import's own connection and its one transaction (ADR 007 "Its own
// connection"): a pg client rather than Prisma's interactive transaction,
// which has a timeout and goes through the query engine.

// One legacy import commits at a time (a second waits); dry runs take no lock.
const IMPORT_LOCK_KEY_SQL = "hashtextextended('consent-register:legacy-import', 0)";

export type ImportTransaction = {
  client: pg.Client;
  /** Something to stop before rolling back: a COPY still running (the file failed part-way). */
  onClose: (abort: () => Promise<void>) => void;
  /** Commits; the transaction is then over. */
  commit: () => Promise<void>;
  /** Whether neither committed nor closed yet. */
  isOpen: () => boolean;
  /** Rolls back (if not committed) and lets the connection go. Safe to call twice. */
  close: () => Promise<void>;
};

export type OpenImportTransactionOptions = {
  /** Takes the one-commit-at-a-time import lock first. */
  willWrite: boolean;
  /** Rolled back by the database when left idle this long (a prepared import waiting for a person). */
  idleTimeoutMinutes?: number;
  log?: (message: string) => void;
};

export async function openImportTransaction(options: OpenImportTransactionOptions): Promise<ImportTransaction> {
  const url = getEnv().DATABASE_URL;
  if (!url) throw new AppError({ code: "CONFIGURATION", message: "DATABASE_URL is not set: the importer needs the register's database" });
  const client = new pg.Client({ connectionString: url, application_name: "legacy-import" });
  await client.connect();
  let isOpen = false;
  let isClosed = false;
  const aborts: (() => Promise<void>)[] = [];
  const transaction: ImportTransaction = {
    client,
    onClose: (abort) => void aborts.push(abort),
    isOpen: () => isOpen,
    async commit() {
      await client.query("COMMIT");
      isOpen = false;
    },
    async close() {
      if (isClosed) return;
      isClosed = true;
      // A COPY still running must end before the connection can roll back.
      for (const abort of aborts) await abort();
      if (isOpen) await client.query("ROLLBACK").catch(() => undefined);
      isOpen = false;
      await client.end().catch(() => undefined);
    },
  };
  try {
    // Temporary tables for a million rows: keep them in memory where we can.
    await client.query("SET temp_buffers = '256MB'");
    await client.query("BEGIN");
    isOpen = true;
    // Sorting and hashing a million rows in memory rather than on disk.
    await client.query("SET LOCAL work_mem = '192MB'");
    if (options.idleTimeoutMinutes) {
      // A prepared import waiting for a person to say yes must not hold its locks for ever.
      await client.query(`SET LOCAL idle_in_transaction_session_timeout = '${Math.round(options.idleTimeoutMinutes)}min'`);
    }
    if (options.willWrite) {
      const { rows } = await client.query<{ locked: boolean }>(`SELECT pg_try_advisory_xact_lock(${IMPORT_LOCK_KEY_SQL}) AS locked`);
      if (!rows[0]?.locked) {
        options.log?.("Waiting for another legacy import to finish committing");
        await client.query(`SELECT pg_advisory_xact_lock(${IMPORT_LOCK_KEY_SQL})`);
      }
    }
    return transaction;
  } catch (error) {
    await transaction.close();
    throw error;
  }
}
