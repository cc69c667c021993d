import type pg from "pg";

// What a backup holds: every table of the application's schema except
// Prisma's migration history and the register's epoch (a restore recreates that by migrating), read
// with fixed session settings so the same rows always give the same bytes.

/** Text COPY output depends on these; dump, restore and digest all set them. */
export const DETERMINISTIC_SESSION_SQL = [
  "SET TimeZone TO 'UTC'",
  "SET DateStyle TO 'ISO, YMD'",
  "SET IntervalStyle TO 'postgres'",
  "SET extra_float_digits TO 1",
  "SET bytea_output TO 'hex'",
  "SET client_encoding TO 'UTF8'",
].join("; ");

// register_epoch is left out on purpose: a restored database keeps the fresh epoch its migration
// gave it, so feed cursors handed out before the restore are refused (docs/decisions/020).
// organisation_list_version likewise: a restored database's list gets a version no site has seen,
// so no site answers /when-it-starts from a rendering of other rows (docs/decisions/028).
export const EXCLUDED_TABLES = new Set(["_prisma_migrations", "register_epoch", "organisation_list_version"]);

export type TableInfo = {
  name: string;
  /** Columns COPY reads and writes: every stored column except generated ones, in table order. */
  columns: string[];
  /** The primary key's columns (rows are dumped and digested in this order), or empty when there is none. */
  primaryKey: string[];
};

export type SequenceInfo = { name: string; table: string; column: string };

export async function listTables(client: pg.ClientBase, schema = "public"): Promise<TableInfo[]> {
  const { rows } = await client.query<{ name: string; columns: string[]; primary_key: string[] | null }>(
    `SELECT c.relname AS name,
            array(SELECT a.attname::text FROM pg_attribute a
                   WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
                   ORDER BY a.attnum) AS columns,
            (SELECT array_agg(a.attname::text ORDER BY k.ord)
               FROM pg_index i
               CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
              WHERE i.indrelid = c.oid AND i.indisprimary) AS primary_key
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      ORDER BY c.relname`,
    [schema],
  );
  return rows
    .filter((row) => !EXCLUDED_TABLES.has(row.name))
    .map((row) => ({ name: row.name, columns: row.columns, primaryKey: row.primary_key ?? [] }));
}

/** Sequences that number a table's column (serial and identity columns). */
export async function listSequences(client: pg.ClientBase, schema = "public"): Promise<SequenceInfo[]> {
  const { rows } = await client.query<SequenceInfo>(
    `SELECT s.relname AS name, t.relname AS table, a.attname AS column
       FROM pg_class s
       JOIN pg_namespace n ON n.oid = s.relnamespace
       JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = s.oid AND d.deptype IN ('a', 'i')
       JOIN pg_class t ON t.oid = d.refobjid
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
      WHERE s.relkind = 'S' AND n.nspname = $1
      ORDER BY s.relname`,
    [schema],
  );
  return rows.filter((row) => !EXCLUDED_TABLES.has(row.table));
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** COPY of a table's rows in primary-key order (whole-row text order without one): the same rows give the same bytes. */
export function copyOutSql(table: TableInfo): string {
  const columns = table.columns.map(quote).join(", ");
  const order = table.primaryKey.length ? table.primaryKey.map(quote).join(", ") : "t::text";
  return `COPY (SELECT ${columns} FROM ${quote(table.name)} t ORDER BY ${order}) TO STDOUT`;
}

export function copyInSql(table: TableInfo): string {
  return `COPY ${quote(table.name)} (${table.columns.map(quote).join(", ")}) FROM STDIN`;
}

export { quote as quoteIdentifier };
