import type pg from "pg";
import type { Actor } from "../audit/actor";
import { DECISION } from "../database/tables/decision";
import { DECISION_STATUS_EVENT } from "../database/tables/decision-status-event";
import { IMPORT_RUN } from "../database/tables/import-run";
import { insertSelectSql } from "../database/tables/table";
import { NEW_DECISION_OUTCOMES } from "./classify-staged-rows";
import type { LegacyFormat } from "./formats";
import { renumberReferenceClashes } from "./renumber-reference-clashes";
import { STAGING_TABLE } from "./stage-rows";
import type { ImportReport } from "./types";

// Writes a checked import in its transaction: the import run, a decision per
// new event with its first status, the entered-in-error withdrawals, and the
// table of people whose current state may change (PEOPLE_TABLE), which
// refreshPeopleInBulk recomputes next. Column lists come from lib/database/tables.

export const PEOPLE_TABLE = "legacy_import_person";

export type WriteImportOptions = {
  format: LegacyFormat;
  fileName: string;
  ranBy: Actor;
  report: ImportReport;
  importRunId: string;
  startedAt: Date;
  /** What the check counted: the insert must match it. */
  newDecisions: number;
  step: (message: string) => void;
};

// $1 id, $2 source, $3 file name, $4 sha256, $5 rows, $6 report, $7 $8 who ran it, $9 started.
const INSERT_IMPORT_RUN_SQL = insertSelectSql(IMPORT_RUN, {
  values: {
    id: "$1::uuid",
    source: `$2::"ImportSource"`,
    fileName: "$3",
    sha256: "$4",
    rowCount: "$5::integer",
    summary: "$6::jsonb",
    ranByKind: `$7::"ActorKind"`,
    ranById: "$8",
    startedAt: "$9::timestamptz",
  },
});

// Inserted in NHS-number order, with the run's ascending ids and its (random)
// reference numbers handed out in ascending order too: the insert then walks
// four of the decision indexes (and the status events' two) in order instead
// of touching a random page per row. Measured on a million rows: 31 s instead
// of 57 s. It only ties the order of an imported decision's reference to its
// NHS number within one import; the numbers themselves stay random.
// $1 channel, $2 $3 who ran it, $4 import run.
const INSERT_DECISIONS_SQL = insertSelectSql(DECISION, {
  with: `WITH ranked AS (
       SELECT r.*, row_number() OVER (ORDER BY r.nhs_number COLLATE "C", r.decided_at, r.row_number) AS k
         FROM ${STAGING_TABLE} r
        WHERE EXISTS (SELECT 1 FROM legacy_import_outcome o WHERE o.row_number = r.row_number
                        AND o.outcome IN (${NEW_DECISION_OUTCOMES.map((o) => `'${o}'`).join(", ")}))
     ), ids AS (
       SELECT id, row_number() OVER (ORDER BY id) AS k FROM ranked
     ), refs AS (
       SELECT reference, row_number() OVER (ORDER BY reference COLLATE "C") AS k FROM ranked
     )`,
  values: {
    id: "i.id",
    reference: "f.reference",
    nhsNumber: "r.nhs_number",
    givenName: "r.given_name",
    familyName: "r.family_name",
    dateOfBirth: "r.date_of_birth",
    postcode: "r.postcode",
    gpPracticeOds: "r.gp_practice_ods",
    choice: "r.choice",
    // Neither scheme recorded proxies.
    madeBy: "'SELF'",
    channel: `$1::"Channel"`,
    decidedAt: "r.decided_at",
    recordedByKind: `$2::"ActorKind"`,
    recordedById: "$3",
    sourceReference: "r.source_reference",
    importRunId: "$4::uuid",
    sourceRow: "r.row_number",
    sourceCode: "r.source_code",
    // Both schemes checked who asked (docs/decisions/015).
    assurance: `'VERIFIED'::"Assurance"`,
  },
  from: "FROM ranked r JOIN ids i ON i.k = r.k JOIN refs f ON f.k = r.k ORDER BY r.k",
});

// A statement of its own, in id order: interleaved with the decisions (one
// statement with RETURNING) the two tables' pages fight for the cache.
// $1 $2 who ran it, $3 import run.
const INSERT_FIRST_STATUSES_SQL = insertSelectSql(DECISION_STATUS_EVENT, {
  values: { decisionId: "id", status: "'EFFECTIVE'", byKind: `$1::"ActorKind"`, byId: "$2" },
  from: "FROM decision WHERE import_run_id = $3::uuid ORDER BY id",
});

const RETRACTED_REASON_SQL = (rowColumn: string) => `'Entered in error in ' || $1 || ': retracted by row ' || ${rowColumn} || ' of ' || $2`;

// Events of this file that a later row of it retracts. $1 label, $2 file name, $3 $4 who ran it, $5 import run.
const WITHDRAW_RETRACTED_IN_FILE_SQL = insertSelectSql(DECISION_STATUS_EVENT, {
  values: { decisionId: "d.id", status: "'WITHDRAWN'", reason: RETRACTED_REASON_SQL("o.retracted_by"), byKind: `$3::"ActorKind"`, byId: "$4" },
  from: `FROM decision d JOIN legacy_import_outcome o ON o.row_number = d.source_row
        WHERE d.import_run_id = $5::uuid AND o.outcome = 'retracted'
        ORDER BY d.source_row`,
});

// Decisions earlier imports brought in. $1 label, $2 file name, $3 $4 who ran it.
const WITHDRAW_EARLIER_IMPORTS_SQL = insertSelectSql(DECISION_STATUS_EVENT, {
  values: { decisionId: "existing_id", status: "'WITHDRAWN'", reason: RETRACTED_REASON_SQL("row_number"), byKind: `$3::"ActorKind"`, byId: "$4" },
  from: `FROM legacy_import_retraction
        WHERE row_number = applied_row AND existing_id IS NOT NULL AND existing_status IS DISTINCT FROM 'WITHDRAWN'
        ORDER BY row_number`,
});

export async function writeImport(client: pg.ClientBase, options: WriteImportOptions): Promise<{ inserted: number }> {
  const { format, report, importRunId, step } = options;
  const by = [options.ranBy.kind, options.ranBy.id ?? null];
  await client.query(INSERT_IMPORT_RUN_SQL, [
    importRunId,
    format.importSource,
    options.fileName,
    report.sha256,
    report.counts.rowsRead,
    JSON.stringify(report),
    ...by,
    options.startedAt,
  ]);

  await renumberReferenceClashes(client);
  step("Checked reference numbers are free");
  const result = await client.query(INSERT_DECISIONS_SQL, [format.channel, ...by, importRunId]);
  const inserted = result.rowCount ?? 0;
  if (inserted !== options.newDecisions) throw new Error(`Inserted ${inserted} decisions, expected ${options.newDecisions}`);
  step(`Inserted ${inserted.toLocaleString("en-GB")} decisions`);
  await client.query(INSERT_FIRST_STATUSES_SQL, [...by, importRunId]);
  step("Inserted their first status");

  if (report.counts.retracted > 0) await client.query(WITHDRAW_RETRACTED_IN_FILE_SQL, [format.label, options.fileName, ...by, importRunId]);
  await client.query(WITHDRAW_EARLIER_IMPORTS_SQL, [format.label, options.fileName, ...by]);

  // Whose current state may change: people with a new effective decision, and
  // people whose imported decision was withdrawn.
  await client.query(
    `CREATE TEMP TABLE ${PEOPLE_TABLE} ON COMMIT DROP AS
     SELECT r.nhs_number FROM ${STAGING_TABLE} r JOIN legacy_import_outcome o ON o.row_number = r.row_number
      WHERE o.outcome IN ('accepted', 'superseded') AND r.nhs_number IS NOT NULL
     UNION
     SELECT existing_nhs_number FROM legacy_import_retraction
      WHERE row_number = applied_row AND existing_nhs_number IS NOT NULL AND existing_status IS DISTINCT FROM 'WITHDRAWN'`,
  );
  step("Wrote status events");
  return { inserted };
}
