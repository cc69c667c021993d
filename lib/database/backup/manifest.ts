import { createHash } from "node:crypto";

export const BACKUP_FORMAT = "consent-register-backup-v1";
export const MANIFEST_FILE = "manifest.json";

/** One table's rows as dumped: text COPY in primary-key order. */
export type TableDigest = { name: string; rows: number; sha256: string };

export type DatabaseDigest = {
  tables: TableDigest[];
  /** SHA-256 over every table's name, row count and SHA-256, in name order. */
  digest: string;
};

export type BackupManifest = {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  database: string;
  serverVersion: string;
  /** Applied migrations, in order: a restore needs a checkout with exactly these. */
  migrations: string[];
  compression: "gzip";
  encryption: null | { algorithm: "aes-256-gcm"; keyFingerprint: string };
  tables: (TableDigest & { file: string; columns: string[] })[];
  sequences: { name: string; lastValue: string; isCalled: boolean }[];
  digest: string;
};

export function combineDigests(tables: TableDigest[]): DatabaseDigest {
  const sorted = [...tables].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const hash = createHash("sha256");
  for (const table of sorted) hash.update(`${table.name}\t${table.rows}\t${table.sha256}\n`);
  return { tables: sorted, digest: hash.digest("hex") };
}

export type DigestComparison = {
  identical: boolean;
  /** Tables whose rows differ, or that only one side has. */
  differences: { name: string; before: TableDigest | null; after: TableDigest | null }[];
};

export function compareDigests(before: DatabaseDigest, after: DatabaseDigest): DigestComparison {
  const names = [...new Set([...before.tables, ...after.tables].map((t) => t.name))].sort();
  const differences = names
    .map((name) => ({ name, before: before.tables.find((t) => t.name === name) ?? null, after: after.tables.find((t) => t.name === name) ?? null }))
    .filter((d) => d.before?.sha256 !== d.after?.sha256 || d.before?.rows !== d.after?.rows);
  return { identical: before.digest === after.digest && differences.length === 0, differences };
}
