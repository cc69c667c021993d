import { finished } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
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

// The rows stream into the table through COPY FROM STDIN (text format, a row
// per line, a tab between fields, \N for null): one statement for the whole
// file, parsed by the server's COPY code rather than by SQL functions. Every
// value has been checked before it gets here: none can hold a tab, a line
// break or any other control character, so the only character COPY's text
// format treats specially that can occur is the backslash, which is doubled.
const COPY_SQL = `
  COPY ${STAGING_TABLE} (row_number, is_retraction, nhs_number, given_name, family_name, date_of_birth, postcode,
                         gp_practice_ods, choice, source_code, decided_at, source_reference, person_key, id, reference)
  FROM STDIN`;

const NULL = "\\N";
const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, "0"));
const THREE_DIGITS = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, "0"));
const DAY_MS = 86_400_000;
const dayPrefixes = new Map<number, string>();

/**
 * The instant as "YYYY-MM-DD HH:MM:SS.mmm+00", which PostgreSQL reads exactly;
 * several times faster than toISOString, which matters a million times over.
 * Days repeat (a file spans a few thousand), so each day's date is formatted once.
 */
export function formatInstant(date: Date): string {
  const ms = date.getTime();
  const day = Math.floor(ms / DAY_MS);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    const iso = date.toISOString();
    // Years beyond 9999 or before 0 have a sign and six digits: let PostgreSQL read the ISO form.
    if (iso.length !== 24) return iso;
    prefix = `${iso.slice(0, 10)} `;
    if (dayPrefixes.size >= 100_000) dayPrefixes.clear();
    dayPrefixes.set(day, prefix);
  }
  const inDay = ms - day * DAY_MS;
  const seconds = Math.floor(inDay / 1000);
  return (
    prefix +
    TWO_DIGITS[Math.floor(seconds / 3600)]! +
    ":" +
    TWO_DIGITS[Math.floor(seconds / 60) % 60]! +
    ":" +
    TWO_DIGITS[seconds % 60]! +
    "." +
    THREE_DIGITS[inDay % 1000]! +
    "+00"
  );
}
const text = (value: string | null): string => (value === null ? NULL : value.includes("\\") ? value.replaceAll("\\", "\\\\") : value);

export type StagingWriter = {
  /** Sends a batch; resolves once the connection can take more, so reading and staging overlap. */
  write: (rows: readonly CheckedRow[]) => Promise<void>;
  /** Ends the COPY and waits for the server to confirm every row is in. */
  finish: () => Promise<void>;
  /** Abandons the COPY (the server discards it), so the connection can roll back. Safe to call at any time. */
  abort: () => Promise<void>;
};

/**
 * `identifiers`: the commit's source of new ids and reference numbers; null
 * for a dry run, which stages only what comparing needs (who, what and when).
 */
export function createStagingWriter(client: pg.ClientBase, identifiers: IdentifierSource | null): StagingWriter {
  const isCommit = identifiers !== null;
  const stream = client.query(copyFrom(COPY_SQL));
  // Kept until someone waits on the stream, so an error is never unhandled.
  let failure: Error | null = null;
  stream.on("error", (error: Error) => {
    failure ??= error;
  });
  const done = finished(stream);
  done.catch(() => undefined);
  let isEnded = false;
  return {
    async write(rows) {
      if (failure) throw failure;
      const lines = new Array<string>(rows.length);
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i]!;
        const isEvent = row.kind === "event";
        // An untraced row's name and date of birth say who it is about.
        const withPerson = isCommit || row.nhsNumber === null;
        const personKey = row.nhsNumber ?? `~${row.familyName ?? ""}\u0001${row.givenName ?? ""}\u0001${row.dateOfBirth ?? ""}`;
        lines[i] =
          `${row.rowNumber}\t${isEvent ? "f" : "t"}\t${row.nhsNumber ?? NULL}\t` +
          `${withPerson ? `${text(row.givenName)}\t${text(row.familyName)}\t${row.dateOfBirth ?? NULL}` : `${NULL}\t${NULL}\t${NULL}`}\t` +
          `${isCommit ? `${text(row.postcode)}\t${text(row.gpPracticeOds)}` : `${NULL}\t${NULL}`}\t` +
          `${row.choice}\t${text(row.sourceCode)}\t${formatInstant(row.decidedAt)}\t${isCommit ? text(row.sourceReference) : NULL}\t` +
          `${text(personKey)}\t${isCommit && isEvent ? identifiers.nextId() : NULL}\t${isCommit && isEvent ? identifiers.nextReference() : NULL}\n`;
      }
      if (!stream.write(lines.join(""))) {
        // The socket is full: wait until it drains (or the COPY fails).
        await new Promise<void>((resolve, reject) => {
          const onDrain = () => {
            stream.off("error", onError);
            resolve();
          };
          const onError = (error: Error) => {
            stream.off("drain", onDrain);
            reject(error);
          };
          stream.once("drain", onDrain);
          stream.once("error", onError);
        });
      }
    },
    async finish() {
      if (failure) throw failure;
      isEnded = true;
      stream.end();
      await done;
    },
    async abort() {
      if (!isEnded && !stream.destroyed) stream.destroy();
      isEnded = true;
      await done.catch(() => undefined);
    },
  };
}
