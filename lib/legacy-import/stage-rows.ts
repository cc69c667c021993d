import type pg from "pg";
import type { IdentifierSource } from "./new-identifiers";
import type { CheckedRow } from "./types";

// The rows that passed their own checks go into a temporary table (never
// WAL-logged, gone at the end of the transaction), where SQL compares them
// with each other and with the register set-wise.

export const STAGING_TABLE = "legacy_import_row";

export async function createStagingTable(client: pg.ClientBase): Promise<void> {
  await client.query(`
    CREATE TEMP TABLE ${STAGING_TABLE} (
      row_number integer NOT NULL,
      is_retraction boolean NOT NULL,
      nhs_number varchar(10),
      given_name varchar(100),
      family_name varchar(100),
      date_of_birth date,
      postcode varchar(8),
      gp_practice_ods varchar(10),
      choice "Choice" NOT NULL,
      source_code varchar(20) NOT NULL,
      decided_at timestamptz(3) NOT NULL,
      source_reference varchar(200),
      -- Who the event is about: the NHS number, or for an untraced row its name and date of birth.
      person_key text NOT NULL,
      -- Commit only: the new decision's id and reference number.
      id uuid,
      reference varchar(9)
    ) ON COMMIT DROP`);
}

// Each batch goes as one text parameter, a row per line and a tab between
// fields, split by the server: much less work on both sides than fifteen
// array parameters. Every value has been checked before it gets here, and
// none can hold a tab or a line break (control characters are refused).
const INSERT_SQL = `
  INSERT INTO ${STAGING_TABLE} (row_number, is_retraction, nhs_number, given_name, family_name, date_of_birth, postcode,
                                gp_practice_ods, choice, source_code, decided_at, source_reference, person_key, id, reference)
  SELECT f[1]::int, f[2]::bool, nullif(f[3], ''), nullif(f[4], ''), nullif(f[5], ''), nullif(f[6], '')::date, nullif(f[7], ''),
         nullif(f[8], ''), f[9]::"Choice", f[10], f[11]::timestamptz, nullif(f[12], ''),
         coalesce(nullif(f[3], ''), '~' || f[5] || chr(1) || f[4] || chr(1) || f[6]),
         nullif(f[13], '')::uuid, nullif(f[14], '')
    -- OFFSET 0 keeps the split in its own subquery: flattened, it would run once per f[n].
    FROM (SELECT string_to_array(line, E'\\t') AS f FROM string_to_table($1, E'\\n') AS line OFFSET 0) AS rows`;

export type StagingWriter = {
  /** Sends a batch; resolves once the previous batch is in, so one batch is in flight while the next is read. */
  write: (rows: readonly CheckedRow[]) => Promise<void>;
  finish: () => Promise<void>;
};

/**
 * `identifiers`: the commit's source of new ids and reference numbers; null
 * for a dry run, which stages only what comparing needs (who, what and when).
 */
export function createStagingWriter(client: pg.ClientBase, identifiers: IdentifierSource | null): StagingWriter {
  const isCommit = identifiers !== null;
  let inFlight: Promise<unknown> | null = null;
  const settle = async () => {
    const pending = inFlight;
    inFlight = null;
    if (pending) await pending;
  };
  return {
    async write(rows) {
      await settle();
      const lines = new Array<string>(rows.length);
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i]!;
        const isEvent = row.kind === "event";
        // An untraced row's name and date of birth say who it is about.
        const person = isCommit || row.nhsNumber === null ? `${row.givenName ?? ""}\t${row.familyName ?? ""}\t${row.dateOfBirth ?? ""}` : "\t\t";
        const details = isCommit ? `${row.postcode ?? ""}\t${row.gpPracticeOds ?? ""}` : "\t";
        lines[i] =
          `${row.rowNumber}\t${isEvent ? "f" : "t"}\t${row.nhsNumber ?? ""}\t${person}\t${details}\t${row.choice}\t${row.sourceCode}\t` +
          `${row.decidedAt.toISOString()}\t${isCommit ? (row.sourceReference ?? "") : ""}\t` +
          `${isCommit && isEvent ? identifiers.nextId() : ""}\t${isCommit && isEvent ? identifiers.nextReference() : ""}`;
      }
      const query = client.query(INSERT_SQL, [lines.join("\n")]);
      // Awaited by the next write or by finish; never left unhandled meanwhile.
      query.catch(() => undefined);
      inFlight = query;
    },
    finish: settle,
  };
}
