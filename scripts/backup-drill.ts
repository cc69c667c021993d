// npm run db:drill                      dump the database, restore it into a scratch database, compare digests, drop the scratch copy
// npm run db:drill -- --out DIR         keep the archive in DIR (gzip; AES-256-GCM too when BACKUP_ENCRYPTION_KEY is set)
// npm run db:drill -- --in-place        wipe the configured database and restore it from the dump (the archive is kept)
// Exits 1 when the digests differ or the restored audit chain is broken.
import path from "node:path";
import { parseArgs } from "node:util";
import { describeAuditChainReport } from "@/lib/audit/verify-audit-chain";
import { parseBackupKey } from "@/lib/database/backup/crypto";
import { runBackupDrill } from "@/lib/database/backup/drill";
import { defaultMigrationPaths } from "@/lib/database/migrate";
import { PROJECT_ROOT, runWithDatabase } from "./support/run-script";

const { values } = parseArgs({
  options: {
    out: { type: "string" },
    "in-place": { type: "boolean", default: false },
  },
});

// A backup drill dumps the database exactly as it is: no migrations first.
await runWithDatabase(async ({ url }) => {
  const keyText = process.env.BACKUP_ENCRYPTION_KEY;
  const inPlace = values["in-place"];
  const archiveDir = values.out ? path.resolve(values.out) : inPlace ? path.join(PROJECT_ROOT, ".data", "backups", new Date().toISOString().replace(/[:.]/g, "-")) : undefined;
  const result = await runBackupDrill({
    sourceUrl: url,
    migrationPaths: defaultMigrationPaths(PROJECT_ROOT),
    key: keyText ? parseBackupKey(keyText) : undefined,
    archiveDir,
    inPlace,
    log: (message) => console.log(message),
  });
  console.log("");
  console.log(`Digest before: ${result.before.digest}`);
  console.log(`Digest after:  ${result.after.digest}`);
  const rows = result.before.tables.reduce((sum, table) => sum + table.rows, 0);
  console.log(`${result.before.tables.length} tables, ${rows} rows. Dump ${result.seconds.dump} s, restore ${result.seconds.restore} s, digest ${result.seconds.digest} s, total ${result.seconds.total} s.`);
  if (result.comparison.identical) {
    console.log(`Restored copy identical: every table's rows match (restored into ${result.restoredInto}${inPlace ? "" : ", since dropped"}).`);
  } else {
    for (const d of result.comparison.differences) {
      console.log(`DIFFERS ${d.name}: before ${d.before ? `${d.before.rows} rows ${d.before.sha256}` : "absent"}, after ${d.after ? `${d.after.rows} rows ${d.after.sha256}` : "absent"}`);
    }
    console.log("Restored copy NOT identical.");
    process.exitCode = 1;
  }
  console.log(`Restored audit log: ${describeAuditChainReport(result.auditChain).replace(/\n/g, "; ")}`);
  if (result.auditChain.broken) process.exitCode = 1;
  if (result.archiveDir) console.log(`Archive kept in ${result.archiveDir}`);
}, { migrate: false });
