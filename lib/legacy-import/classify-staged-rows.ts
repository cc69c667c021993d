import type pg from "pg";
import type { Channel } from "../generated/prisma/enums";
import { decisionPrecedenceOrderBySql, decisionPrecedesSql } from "../consent/select-current-decision";
import { STAGING_TABLE } from "./stage-rows";
import { createStepLog } from "./step-log";
import type { RowIssue } from "./types";

// Compares the staged rows with each other and with the register, set-wise,
// and decides each row's outcome. Leaves three temporary tables for the commit:
//   legacy_import_existing    events of this source already in the register that the file names
//   legacy_import_retraction  entered-in-error rows: what each withdraws, if anything
//   legacy_import_outcome     one outcome per event row
// An event is (person, legacy code, decision time): the same three from the same
// source are the same event, however often they appear.

export type EventOutcome = "accepted" | "superseded" | "untraced" | "duplicate-in-file" | "duplicate-of-import" | "retracted";

/** Outcomes that become a new decision. */
export const NEW_DECISION_OUTCOMES: readonly EventOutcome[] = ["accepted", "superseded", "untraced", "retracted"];

export type Classification = {
  accepted: number;
  superseded: number;
  untraced: number;
  duplicatesInFile: number;
  duplicatesOfImport: number;
  retracted: number;
  /** Entered-in-error rows that withdraw an event of this file. */
  retractionsInFile: number;
  /** Entered-in-error rows that withdraw a decision an earlier import brought in. */
  retractionsOfImport: number;
  /** Entered-in-error rows repeating a retraction already applied (in this file or before). */
  retractionDuplicates: number;
  /** Entered-in-error rows with no earlier event to withdraw: rejected. */
  retractionsOfNothing: RowIssue[];
  retractedIssues: RowIssue[];
};

const KEY = ["person_key", "source_code", "decided_at"] as const;
const joinOn = (a: string, b: string) => KEY.map((k) => `${a}.${k} = ${b}.${k}`).join(" AND ");

export async function classifyStagedRows(
  client: pg.ClientBase,
  options: { channel: Channel; lockRetractionTargets: boolean; maxIssues: number; log?: (message: string) => void },
): Promise<Classification> {
  const step = createStepLog(options.log, "  ");
  await client.query(`ANALYZE ${STAGING_TABLE}`);
  step("analysed the staged rows");

  // Events of this source already in the register, traced by NHS number,
  // untraced by name and date of birth (two joins the planner can use indexes for).
  await client.query(
    `CREATE TEMP TABLE legacy_import_existing ON COMMIT DROP AS
     SELECT DISTINCT ON (person_key COLLATE "C", source_code COLLATE "C", decided_at) person_key, source_code, decided_at, id, reference, nhs_number
       FROM (
         SELECT r.person_key, r.source_code, r.decided_at, d.id, d.reference, d.nhs_number, d.recorded_at
           FROM ${STAGING_TABLE} r
           JOIN decision d ON d.channel = $1::"Channel" AND d.nhs_number = r.nhs_number
                          AND d.decided_at = r.decided_at AND d.source_code = r.source_code
          WHERE r.nhs_number IS NOT NULL
         UNION ALL
         SELECT r.person_key, r.source_code, r.decided_at, d.id, d.reference, d.nhs_number, d.recorded_at
           FROM ${STAGING_TABLE} r
           JOIN decision d ON d.channel = $1::"Channel" AND d.nhs_number IS NULL
                          AND d.family_name = r.family_name AND d.given_name = r.given_name
                          AND d.date_of_birth = r.date_of_birth AND d.decided_at = r.decided_at
                          AND d.source_code = r.source_code
          WHERE r.nhs_number IS NULL
       ) m
      ORDER BY person_key COLLATE "C", source_code COLLATE "C", decided_at, recorded_at, id`,
    [options.channel],
  );
  // Temporary tables have no statistics until analysed: without them the
  // planner hashes the million-row side instead of these small ones.
  await client.query("ANALYZE legacy_import_existing");
  step("found events already imported");

  const hasRetractions = (await client.query(`SELECT 1 FROM ${STAGING_TABLE} WHERE is_retraction LIMIT 1`)).rowCount! > 0;
  if (hasRetractions && options.lockRetractionTargets) {
    // Row locks before reading their status, as changeDecisionStatus does, so
    // a member of staff withdrawing the same decision queues behind us.
    await client.query(
      `SELECT d.id FROM decision d
        WHERE d.id IN (SELECT x.id FROM legacy_import_existing x JOIN ${STAGING_TABLE} r ON ${joinOn("x", "r")} WHERE r.is_retraction)
        ORDER BY d.id FOR NO KEY UPDATE`,
    );
  }

  // Entered-in-error rows. The first one for an event that has something
  // earlier to withdraw (a decision already imported, or the event's first row
  // above it in this file) applies; later ones repeat it; one with nothing
  // earlier is rejected.
  await client.query(
    `CREATE TEMP TABLE legacy_import_retraction ON COMMIT DROP AS
     WITH firsts AS (
       SELECT person_key, source_code, decided_at, min(row_number) AS first_row
         FROM ${STAGING_TABLE} e
        WHERE NOT e.is_retraction
          AND (person_key, source_code, decided_at) IN (SELECT person_key, source_code, decided_at FROM ${STAGING_TABLE} WHERE is_retraction)
        GROUP BY person_key, source_code, decided_at
     ), retraction AS (
       SELECT r.row_number, r.person_key, r.source_code, r.decided_at, f.first_row AS event_row,
              x.id AS existing_id, x.reference AS existing_reference, x.nhs_number AS existing_nhs_number,
              (SELECT s.status FROM decision_status_event s WHERE s.decision_id = x.id ORDER BY s.id DESC LIMIT 1) AS existing_status,
              coalesce(x.id IS NOT NULL OR f.first_row < r.row_number, false) AS has_target
         FROM ${STAGING_TABLE} r
         LEFT JOIN firsts f ON ${joinOn("f", "r")}
         LEFT JOIN legacy_import_existing x ON ${joinOn("x", "r")}
        WHERE r.is_retraction
     )
     SELECT retraction.*,
            min(row_number) FILTER (WHERE has_target) OVER (PARTITION BY person_key COLLATE "C", source_code COLLATE "C", decided_at) AS applied_row
       FROM retraction
     ${hasRetractions ? "" : "LIMIT 0"}`,
  );
  await client.query("ANALYZE legacy_import_retraction");
  step("matched retractions");

  // Each person's current decision before this import, unless this import
  // withdraws it: then the best of the rest, by the register's rule.
  await client.query(
    `CREATE TEMP TABLE legacy_import_current ON COMMIT DROP AS
     WITH people AS (
       SELECT DISTINCT nhs_number FROM ${STAGING_TABLE} WHERE NOT is_retraction AND nhs_number IS NOT NULL
     ), withdrawn AS (
       SELECT existing_id AS id FROM legacy_import_retraction
        WHERE row_number = applied_row AND existing_id IS NOT NULL AND existing_status IS DISTINCT FROM 'WITHDRAWN'
     )
     SELECT pc.nhs_number, d.decided_at, d.choice
       FROM person_consent pc JOIN people p ON p.nhs_number = pc.nhs_number JOIN decision d ON d.id = pc.decision_id
      WHERE d.id NOT IN (SELECT id FROM withdrawn)
     UNION ALL
     SELECT * FROM (
       SELECT DISTINCT ON (d.nhs_number COLLATE "C") d.nhs_number, d.decided_at, d.choice
         FROM decision d
        WHERE d.nhs_number IN (SELECT pc.nhs_number FROM person_consent pc JOIN people p ON p.nhs_number = pc.nhs_number
                                WHERE pc.decision_id IN (SELECT id FROM withdrawn))
          AND d.id NOT IN (SELECT id FROM withdrawn)
          AND (SELECT s.status FROM decision_status_event s WHERE s.decision_id = d.id ORDER BY s.id DESC LIMIT 1) = 'EFFECTIVE'
          AND NOT EXISTS (SELECT 1 FROM decision c WHERE c.corrects_id = d.id
                            AND (SELECT s.status FROM decision_status_event s WHERE s.decision_id = c.id ORDER BY s.id DESC LIMIT 1) = 'EFFECTIVE')
        ORDER BY d.nhs_number COLLATE "C", ${decisionPrecedenceOrderBySql("d")}
     ) rest`,
  );
  await client.query("ANALYZE legacy_import_current");
  step("read the current state of the people in the file");

  // One outcome per event row. "Superseded": a decision already in the register
  // outranks it by the register's rule (later; or as late and an opt-out; or as
  // late with the same choice, when the event changes nothing either way): the
  // rule's keys before the reference, which the event does not have yet.
  await client.query(
    `CREATE TEMP TABLE legacy_import_outcome ON COMMIT DROP AS
     WITH events AS (
       SELECT r.row_number, r.person_key, r.source_code, r.decided_at, r.nhs_number, r.choice,
              -- Byte order ("C"): sorting a million keys by locale rules is several times slower.
              min(r.row_number) OVER (PARTITION BY r.person_key COLLATE "C", r.source_code COLLATE "C", r.decided_at) AS first_row
         FROM ${STAGING_TABLE} r
        WHERE NOT r.is_retraction
     ), retracting AS (
       SELECT event_row, row_number FROM legacy_import_retraction
        WHERE row_number = applied_row AND existing_id IS NULL
     )
     SELECT e.row_number,
            CASE WHEN e.row_number <> e.first_row THEN 'duplicate-in-file'
                 WHEN x.id IS NOT NULL THEN 'duplicate-of-import'
                 WHEN t.row_number IS NOT NULL THEN 'retracted'
                 WHEN e.nhs_number IS NULL THEN 'untraced'
                 WHEN c.nhs_number IS NOT NULL
                      AND ${decisionPrecedesSql("c", "e", { throughColumn: "choice", orEqual: true })} THEN 'superseded'
                 ELSE 'accepted' END AS outcome,
            t.row_number AS retracted_by
       FROM events e
       LEFT JOIN legacy_import_existing x ON ${joinOn("x", "e")}
       LEFT JOIN retracting t ON t.event_row = e.row_number
       LEFT JOIN legacy_import_current c ON c.nhs_number = e.nhs_number`,
  );
  step("decided each row's outcome");

  const counts = await client.query<{ outcome: EventOutcome; n: string }>(
    "SELECT outcome, count(*) AS n FROM legacy_import_outcome GROUP BY outcome",
  );
  const count = (outcome: EventOutcome) => Number(counts.rows.find((r) => r.outcome === outcome)?.n ?? 0);

  const retractions = await client.query<{
    row_number: number;
    applied_row: number | null;
    existing_id: string | null;
    existing_status: string | null;
    has_target: boolean;
  }>("SELECT row_number, applied_row, existing_id, existing_status, has_target FROM legacy_import_retraction ORDER BY row_number");
  let retractionsInFile = 0;
  let retractionsOfImport = 0;
  let retractionDuplicates = 0;
  const retractionsOfNothing: RowIssue[] = [];
  for (const r of retractions.rows) {
    if (!r.has_target) {
      retractionsOfNothing.push({
        rowNumber: r.row_number,
        outcome: "rejected",
        code: "retracts-nothing",
        message: "This entered-in-error row has no earlier row (or earlier import) with the same nhs_no, snomed_ct and recorded_at to retract",
      });
    } else if (r.row_number !== r.applied_row || r.existing_status === "WITHDRAWN") {
      retractionDuplicates++;
    } else if (r.existing_id) {
      retractionsOfImport++;
    } else {
      retractionsInFile++;
    }
  }

  const retracted = await client.query<{ row_number: number; retracted_by: number }>(
    "SELECT row_number, retracted_by FROM legacy_import_outcome WHERE outcome = 'retracted' ORDER BY row_number LIMIT $1",
    [options.maxIssues],
  );

  return {
    accepted: count("accepted"),
    superseded: count("superseded"),
    untraced: count("untraced"),
    duplicatesInFile: count("duplicate-in-file"),
    duplicatesOfImport: count("duplicate-of-import"),
    retracted: count("retracted"),
    retractionsInFile,
    retractionsOfImport,
    retractionDuplicates,
    retractionsOfNothing,
    retractedIssues: retracted.rows.map((r) => ({
      rowNumber: r.row_number,
      outcome: "retracted",
      code: "retracted-in-error",
      message: `Retracted by the entered-in-error row ${r.retracted_by}: kept in history as withdrawn, not counted as a decision`,
    })),
  };
}
