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

/** The person an event is about, as the importer compares them: see ADR 007. */
export function personKey(row: Pick<CheckedRow, "nhsNumber" | "familyName" | "givenName" | "dateOfBirth">): string {
  return row.nhsNumber ?? `~${row.familyName ?? ""}\u0001${row.givenName ?? ""}\u0001${row.dateOfBirth ?? ""}`;
}

const INSERT_SQL = `
  INSERT INTO ${STAGING_TABLE} (row_number, is_retraction, nhs_number, given_name, family_name, date_of_birth, postcode,
                                gp_practice_ods, choice, source_code, decided_at, source_reference, person_key, id, reference)
  SELECT * FROM unnest($1::int[], $2::bool[], $3::text[], $4::text[], $5::text[], $6::date[], $7::text[],
                       $8::text[], $9::"Choice"[], $10::text[], $11::timestamptz[], $12::text[], $13::text[], $14::uuid[], $15::text[])`;

export type StagingWriter = {
  /** Sends a batch; resolves once the previous batch is in, so one batch is in flight while the next is read. */
  write: (rows: readonly CheckedRow[]) => Promise<void>;
  finish: () => Promise<void>;
};

export function createStagingWriter(client: pg.ClientBase, identifiers: IdentifierSource | null): StagingWriter {
  let inFlight: Promise<unknown> | null = null;
  const settle = async () => {
    const pending = inFlight;
    inFlight = null;
    if (pending) await pending;
  };
  return {
    async write(rows) {
      await settle();
      const columns: unknown[][] = Array.from({ length: 15 }, () => new Array(rows.length));
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i]!;
        columns[0]![i] = row.rowNumber;
        columns[1]![i] = row.kind === "retraction";
        columns[2]![i] = row.nhsNumber;
        columns[3]![i] = row.givenName;
        columns[4]![i] = row.familyName;
        columns[5]![i] = row.dateOfBirth;
        columns[6]![i] = row.postcode;
        columns[7]![i] = row.gpPracticeOds;
        columns[8]![i] = row.choice;
        columns[9]![i] = row.sourceCode;
        columns[10]![i] = row.decidedAt.toISOString();
        columns[11]![i] = row.sourceReference;
        columns[12]![i] = personKey(row);
        columns[13]![i] = identifiers && row.kind === "event" ? identifiers.nextId() : null;
        columns[14]![i] = identifiers && row.kind === "event" ? identifiers.nextReference() : null;
      }
      const query = client.query(INSERT_SQL, columns);
      // Awaited by the next write or by finish; never left unhandled meanwhile.
      query.catch(() => undefined);
      inFlight = query;
    },
    finish: settle,
  };
}
