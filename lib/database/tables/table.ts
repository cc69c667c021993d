// Raw SQL that writes a register table builds its column list here, from one
// typed map per table (Prisma field name to column name), never by hand. The
// maps are typed against Prisma's generated models, so a renamed field fails
// the type check, and tests/database/tables.test.ts checks every column name
// against Prisma's data model and the migrated database, so a renamed column
// fails a test. Bulk writers (the legacy importer, refreshPeopleInBulk) use
// these; everything else goes through Prisma.

export type Table<Field extends string> = {
  /** The table's name in the database. */
  readonly name: string;
  /** Prisma's model name, for the test that checks the map. */
  readonly model: string;
  /** Every scalar field of the model, with its column name. */
  readonly columns: Readonly<Record<Field, string>>;
};

/** `defineTable<DecisionModel>()("decision", "Decision", {...})`: the map must name every field of the model. */
export function defineTable<Model>() {
  return <const Columns extends Record<keyof Model & string, string>>(name: string, model: string, columns: Columns): Table<keyof Model & string> => ({
    name,
    model,
    columns,
  });
}

/** SQL expressions (or parameters) by field: only the table's own fields are accepted. */
export type ColumnValues<Field extends string> = Partial<Record<Field, string>>;

/**
 * `[WITH ...] INSERT INTO table (columns) SELECT values FROM ...`. `from` is the
 * rest of the SELECT after its list (FROM, WHERE, ORDER BY).
 */
export function insertSelectSql<Field extends string>(
  table: Table<Field>,
  options: { with?: string; values: ColumnValues<Field>; from?: string },
): string {
  const entries = Object.entries(options.values) as [Field, string][];
  const columns = entries.map(([field]) => table.columns[field]).join(", ");
  const values = entries.map(([, value]) => value).join(", ");
  return `${options.with ? `${options.with}\n` : ""}INSERT INTO ${table.name} (${columns})\nSELECT ${values}${options.from ? `\n${options.from}` : ""}`;
}

/** `UPDATE table alias SET column = value, ... [FROM ...] WHERE ...`. */
export function updateSql<Field extends string>(
  table: Table<Field>,
  options: { alias: string; set: ColumnValues<Field>; from?: string; where: string; returning?: string },
): string {
  const set = (Object.entries(options.set) as [Field, string][]).map(([field, value]) => `${table.columns[field]} = ${value}`).join(", ");
  return (
    `UPDATE ${table.name} ${options.alias} SET ${set}` +
    `${options.from ? ` FROM ${options.from}` : ""} WHERE ${options.where}${options.returning ? ` RETURNING ${options.returning}` : ""}`
  );
}

/** A column qualified by a table alias, for reading: `column(DECISION, "d", "decidedAt")` is `d.decided_at`. */
export function column<Field extends string>(table: Table<Field>, alias: string, field: Field): string {
  return `${alias}.${table.columns[field]}`;
}
