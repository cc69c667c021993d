import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { type AuditChainReport, verifyAuditChain } from "../../audit/verify-audit-chain";
import { dropDatabase, ensureDatabaseExists, recreateDatabase, withDatabaseName } from "../embedded-server";
import type { MigrationPaths } from "../migrate";
import { digestDatabase, dumpDatabase } from "./dump";
import { compareDigests, type DatabaseDigest, type DigestComparison } from "./manifest";
import { restoreDatabase } from "./restore";

// The backup-and-restore drill: dump the configured database, restore the
// dump into a new scratch database (or, only when asked, wipe the configured
// one and restore into it), digest the restored tables, compare with the
// digest taken while dumping, verify the restored audit chain, and clean up.

export type DrillOptions = {
  sourceUrl: string;
  migrationPaths: MigrationPaths;
  /** Keep the archive in this folder (created); otherwise a temporary folder, removed afterwards. */
  archiveDir?: string;
  key?: Buffer;
  /** Wipe the source database and restore into it, instead of a scratch database. The archive is kept. */
  inPlace?: boolean;
  log?: (message: string) => void;
};

export type DrillResult = {
  before: DatabaseDigest;
  after: DatabaseDigest;
  comparison: DigestComparison;
  auditChain: AuditChainReport;
  restoredInto: string;
  archiveDir: string | null;
  seconds: { dump: number; restore: number; digest: number; total: number };
};

const seconds = (from: number) => Math.round((performance.now() - from) / 10) / 100;

export async function runBackupDrill(options: DrillOptions): Promise<DrillResult> {
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const keep = Boolean(options.archiveDir || options.inPlace);
  const dir = options.archiveDir ?? (await mkdtemp(path.join(os.tmpdir(), "consent-register-backup-")));
  const target = options.inPlace
    ? options.sourceUrl
    : withDatabaseName(options.sourceUrl, `${new URL(options.sourceUrl).pathname.slice(1)}_drill_${process.pid}`.slice(0, 63));
  const targetName = new URL(target).pathname.slice(1);
  try {
    log(`Dumping ${new URL(options.sourceUrl).pathname.slice(1)} to ${dir}${options.key ? " (encrypted)" : ""}:`);
    const dumpStart = performance.now();
    const manifest = await dumpDatabase(options.sourceUrl, dir, { key: options.key, log });
    const before = { tables: manifest.tables.map(({ name, rows, sha256 }) => ({ name, rows, sha256 })), digest: manifest.digest };
    const dumpSeconds = seconds(dumpStart);
    log(`Digest before: ${before.digest}`);

    if (options.inPlace) {
      log(`Wiping ${targetName} (in place, as asked): the archive stays in ${dir}.`);
      await recreateDatabase(target);
    } else {
      await dropDatabase(target);
      await ensureDatabaseExists(target);
    }
    log(`Restoring into ${targetName}:`);
    const restoreStart = performance.now();
    await restoreDatabase(dir, target, { migrationPaths: options.migrationPaths, key: options.key, log });
    const restoreSeconds = seconds(restoreStart);

    const digestStart = performance.now();
    const after = await digestDatabase(target);
    const digestSeconds = seconds(digestStart);
    log(`Digest after:  ${after.digest}`);
    const comparison = compareDigests(before, after);

    const client = new pg.Client({ connectionString: target });
    await client.connect();
    let auditChain: AuditChainReport;
    try {
      auditChain = await verifyAuditChain(client);
    } finally {
      await client.end();
    }
    return {
      before,
      after,
      comparison,
      auditChain,
      restoredInto: targetName,
      archiveDir: keep ? dir : null,
      seconds: { dump: dumpSeconds, restore: restoreSeconds, digest: digestSeconds, total: seconds(started) },
    };
  } finally {
    if (!options.inPlace) await dropDatabase(target).catch((error: Error) => log(`Could not drop ${targetName}: ${error.message}`));
    if (!keep) await rm(dir, { recursive: true, force: true });
  }
}
