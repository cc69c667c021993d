import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, appendFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { chownToServerUser, connectionUrl, findFreePort, runEmbeddedPgCtl } from "@/lib/database/embedded-server";
import { startScratchDatabase } from "../support/scratch-server";

// A real PostgreSQL 17 primary (the embedded server) and a physical streaming
// standby of it, made with the low-level backup API as ../shared/ENVIRONMENT.md
// describes (the embedded package has no pg_basebackup). Both are processes of
// the test's own, in a scratch folder, stopped by close().

const execFileAsync = promisify(execFile);
const REPLICATOR_PASSWORD = "replica-test-only";
const SLOT = "standby1";

export type PrimaryAndStandby = {
  primaryUrl: string;
  standbyUrl: string;
  /** A client on the primary's register database (test set-up and writes). */
  primary: pg.Client;
  /** Runs SQL on the standby in a short session of its own. */
  onStandby: <R extends pg.QueryResultRow>(sql: string) => Promise<R[]>;
  stopPrimary(): Promise<void>;
  /** Starts the old primary again on its port, as it was (after a promotion: two primaries). */
  startPrimary(): Promise<void>;
  stopStandby(): Promise<void>;
  startStandby(): Promise<void>;
  close(): Promise<void>;
};

export async function startPrimaryAndStandby(folder: string, database: string, preferredPort: number): Promise<PrimaryAndStandby> {
  const primaryStart = await startScratchDatabase(folder, database, preferredPort);
  const primaryDir = primaryStart.options.dataDir!;
  const primaryPort = primaryStart.server.port;
  const admin = new pg.Client({ connectionString: connectionUrl(primaryPort, "postgres") });
  await admin.connect();
  const standbyDir = path.join(folder, "standby");
  const standbyLog = path.join(folder, "standby.log");
  let standbyPort = 0;
  let isStandbyRunning = false;
  try {
    // 1. The primary: wal_level is replica by default in PostgreSQL 17 (and max_wal_senders 10,
    // hot_standby on); a replication role, its pg_hba line and a slot that keeps the WAL the standby needs.
    await admin.query(`CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD '${REPLICATOR_PASSWORD}'`);
    const hba = path.join(primaryDir, "pg_hba.conf");
    appendFileSync(hba, "\nhost replication replicator 127.0.0.1/32 scram-sha-256\n");
    await admin.query("SELECT pg_reload_conf()");
    await admin.query(`SELECT pg_create_physical_replication_slot('${SLOT}', true)`);

    // 2. In one session: start the backup, copy the data folder, stop the backup and keep its label.
    await admin.query("SELECT pg_backup_start(label => 'standby1', fast => true)");
    await execFileAsync("cp", ["-a", primaryDir, standbyDir]);
    for (const sub of ["pg_wal", "pg_replslot"]) {
      const dir = path.join(standbyDir, sub);
      for (const entry of readdirSync(dir)) rmSync(path.join(dir, entry), { recursive: true, force: true });
    }
    mkdirSync(path.join(standbyDir, "pg_wal", "archive_status"));
    mkdirSync(path.join(standbyDir, "pg_wal", "summaries"));
    rmSync(path.join(standbyDir, "postmaster.pid"), { force: true });
    const stopped = await admin.query<{ labelfile: string }>("SELECT * FROM pg_backup_stop(true)");
    writeFileSync(path.join(standbyDir, "backup_label"), stopped.rows[0]!.labelfile);

    // 3. The standby: standby.signal, where the primary is, its slot, another port; run as postgres.
    writeFileSync(path.join(standbyDir, "standby.signal"), "");
    appendFileSync(
      path.join(standbyDir, "postgresql.auto.conf"),
      `\nprimary_conninfo = 'host=127.0.0.1 port=${primaryPort} user=replicator password=${REPLICATOR_PASSWORD} application_name=standby1'\nprimary_slot_name = '${SLOT}'\n`,
    );
    writeFileSync(standbyLog, "");
    await chownToServerUser(standbyDir);
    await chownToServerUser(standbyLog);
    standbyPort = await findFreePort(preferredPort + 1);
  } catch (error) {
    await admin.end().catch(() => undefined);
    await primaryStart.server.release();
    throw error;
  }
  await admin.end();

  const startStandby = async () => {
    await runEmbeddedPgCtl(standbyDir, [
      "start",
      "-D",
      standbyDir,
      "-l",
      standbyLog,
      "-w",
      "-t",
      "60",
      "-o",
      // The same max_connections as the embedded primary: a hot standby refuses to run with fewer.
      `-p ${standbyPort} -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=200`,
    ]).catch((error: Error) => {
      throw new Error(`${error.message}\nstandby log:\n${readFileSync(standbyLog, "utf8").split("\n").slice(-15).join("\n")}`);
    });
    isStandbyRunning = true;
  };
  const stopStandby = async () => {
    if (!isStandbyRunning) return;
    await runEmbeddedPgCtl(standbyDir, ["stop", "-D", standbyDir, "-m", "fast", "-w", "-t", "60"]);
    isStandbyRunning = false;
  };
  const primaryUrl = primaryStart.url;
  const standbyUrl = connectionUrl(standbyPort, database);
  const primary = new pg.Client({ connectionString: primaryUrl });
  try {
    await startStandby();
    await primary.connect();
  } catch (error) {
    await stopStandby().catch(() => undefined);
    await primaryStart.server.release();
    throw error;
  }

  return {
    primaryUrl,
    standbyUrl,
    primary,
    async onStandby<R extends pg.QueryResultRow>(sql: string) {
      const client = new pg.Client({ connectionString: standbyUrl, connectionTimeoutMillis: 3_000 });
      await client.connect();
      try {
        return (await client.query<R>(sql)).rows;
      } finally {
        await client.end();
      }
    },
    async stopPrimary() {
      await primary.end().catch(() => undefined);
      await runEmbeddedPgCtl(primaryDir, ["stop", "-D", primaryDir, "-m", "fast", "-w", "-t", "60"]);
    },
    async startPrimary() {
      const log = path.join(folder, "pg.log");
      await runEmbeddedPgCtl(primaryDir, ["start", "-D", primaryDir, "-l", log, "-w", "-t", "60", "-o", `-p ${primaryPort} -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=200`]);
    },
    stopStandby,
    startStandby,
    async close() {
      await primary.end().catch(() => undefined);
      await stopStandby().catch((error: Error) => console.error(`standby stop: ${error.message}`));
      // Gives up the lease; stops the primary unless it is already stopped.
      await primaryStart.server.release();
    },
  };
}
