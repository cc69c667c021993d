import type pg from "pg";

// The set-based twin of refreshPersonConsent, for writers that change many
// people in one transaction (the legacy importer). It computes every affected
// person's current state with the same rule as select-current-decision.ts, in
// SQL (latest decision time; an opt-out wins a tie; then the lower reference
// number, compared byte by byte as JavaScript does), appends the changes to the
// feed numbered in NHS-number order, and rewrites person_consent.
//
// Locking (docs/decisions/004 and 007): refreshPersonConsent takes one advisory
// lock per person, but PostgreSQL's shared lock table holds only a few thousand
// locks (max_locks_per_transaction x connections), far fewer than the people a
// legacy file touches. So a bulk writer instead takes the bulk write gate
// exclusively (acquireBulkWriteGate), after writing its decisions and before
// calling this. Every insert into decision and decision_status_event takes the
// gate shared (a statement trigger), and every online writer inserts before it
// recomputes: while the gate is held exclusively, no online writer can be
// between its insert and its commit, and those that come later wait at their
// insert, then recompute from everything the bulk writer committed. The change
// counter row is taken last, once, as ADR 004 requires.

/** The key of the bulk write gate; the trigger in the legacy_import_gate migration uses the same one. */
const BULK_WRITE_GATE_SQL = "SELECT pg_advisory_xact_lock(hashtextextended('consent-register:bulk-write-gate', 0))";

/**
 * Waits until no other transaction is between writing a decision (or status
 * event) and committing, then keeps new ones waiting until this transaction
 * ends. Take it as late as possible: online writers queue behind it.
 */
export async function acquireBulkWriteGate(client: pg.ClientBase): Promise<void> {
  await client.query(BULK_WRITE_GATE_SQL);
}

export type BulkRefreshResult = {
  /** People whose state changed: one change-feed entry each. */
  changes: number;
  firstSeq: bigint | null;
  lastSeq: bigint | null;
};

const TABLE_NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * Recomputes the current state of every NHS number in `peopleTable` (a table
 * with an `nhs_number` column, usually temporary) inside the caller's
 * transaction. The caller must hold the bulk write gate.
 */
export async function refreshPeopleInBulk(client: pg.ClientBase, options: { peopleTable: string }): Promise<BulkRefreshResult> {
  if (!TABLE_NAME.test(options.peopleTable)) throw new Error(`Not a table name: ${options.peopleTable}`);
  const people = options.peopleTable;

  await client.query("DROP TABLE IF EXISTS bulk_refresh_person, bulk_refresh_candidate, bulk_refresh_change");
  await client.query(`
    CREATE TEMP TABLE bulk_refresh_person ON COMMIT DROP AS
    SELECT DISTINCT nhs_number FROM ${people} WHERE nhs_number IS NOT NULL`);
  await client.query("ANALYZE bulk_refresh_person");

  // Candidates: every effective decision of these people that no effective
  // correction replaces. A decision's status is its latest status event.
  await client.query(`
    CREATE TEMP TABLE bulk_refresh_candidate ON COMMIT DROP AS
    SELECT d.nhs_number, d.id, d.reference, d.choice, d.decided_at, d.channel
      FROM bulk_refresh_person p
      JOIN decision d ON d.nhs_number = p.nhs_number
     WHERE (SELECT e.status FROM decision_status_event e WHERE e.decision_id = d.id ORDER BY e.id DESC LIMIT 1) = 'EFFECTIVE'
       AND NOT EXISTS (
             SELECT 1 FROM decision c
              WHERE c.corrects_id = d.id
                AND (SELECT e.status FROM decision_status_event e WHERE e.decision_id = c.id ORDER BY e.id DESC LIMIT 1) = 'EFFECTIVE')`);

  // The rule of selectCurrentDecision, then only the people whose answer changed
  // (no row yet means "participating, nothing recorded"), numbered in NHS-number order.
  const changed = await client.query(`
    CREATE TEMP TABLE bulk_refresh_change ON COMMIT DROP AS
    WITH best AS (
      SELECT DISTINCT ON (nhs_number) nhs_number, id, choice, decided_at, channel
        FROM bulk_refresh_candidate
       ORDER BY nhs_number, decided_at DESC, (choice = 'OPT_OUT') DESC, reference COLLATE "C" ASC
    ), next_state AS (
      SELECT p.nhs_number, b.id AS decision_id, b.decided_at, b.channel,
             (CASE WHEN b.choice = 'OPT_OUT' THEN 'OPTED_OUT' ELSE 'PARTICIPATING' END)::"ConsentStatus" AS status
        FROM bulk_refresh_person p LEFT JOIN best b ON b.nhs_number = p.nhs_number
    )
    SELECT row_number() OVER (ORDER BY n.nhs_number COLLATE "C") AS position, n.*
      FROM next_state n LEFT JOIN person_consent pc ON pc.nhs_number = n.nhs_number
     WHERE CASE WHEN pc.nhs_number IS NULL THEN n.decision_id IS NOT NULL
                ELSE pc.status <> n.status OR pc.decision_id IS DISTINCT FROM n.decision_id END`);
  const count = changed.rowCount ?? 0;
  if (count === 0) return { changes: 0, firstSeq: null, lastSeq: null };

  // Last, and once: the counter row lock is held to commit (ADR 004).
  const counter = await client.query<{ last_seq: string; now: Date }>(
    "UPDATE consent_change_counter SET last_seq = last_seq + $1 WHERE id = 1 RETURNING last_seq, clock_timestamp() AS now",
    [count],
  );
  const row = counter.rows[0];
  if (!row) throw new Error("consent_change_counter has no row: the migrations have not been applied");
  const lastSeq = BigInt(row.last_seq);
  const before = lastSeq - BigInt(count);
  await client.query(
    `INSERT INTO consent_change (seq, nhs_number, status, decision_id, decided_at, channel, changed_at)
     SELECT $1::bigint + position, nhs_number, status, decision_id, decided_at, channel, $2
       FROM bulk_refresh_change ORDER BY position`,
    [before.toString(), row.now],
  );
  await client.query(
    `INSERT INTO person_consent (nhs_number, status, decision_id, decided_at, channel, seq, updated_at)
     SELECT nhs_number, status, decision_id, decided_at, channel, $1::bigint + position, $2
       FROM bulk_refresh_change ORDER BY position
     ON CONFLICT (nhs_number) DO UPDATE
        SET status = EXCLUDED.status, decision_id = EXCLUDED.decision_id, decided_at = EXCLUDED.decided_at,
            channel = EXCLUDED.channel, seq = EXCLUDED.seq, updated_at = EXCLUDED.updated_at`,
    [before.toString(), row.now],
  );
  return { changes: count, firstSeq: before + 1n, lastSeq };
}
