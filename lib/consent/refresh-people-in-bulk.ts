import type pg from "pg";
import { CONSENT_CHANGE } from "../database/tables/consent-change";
import { CONSENT_CHANGE_COUNTER } from "../database/tables/consent-change-counter";
import { PERSON_CONSENT } from "../database/tables/person-consent";
import { insertSelectSql, updateSql } from "../database/tables/table";
import { decisionPrecedenceOrderBySql } from "./select-current-decision";

// The set-based twin of refreshPersonConsent, for writers that change many
// people in one transaction (the legacy importer). It computes every affected
// person's current state with the same rule as select-current-decision.ts, in
// SQL built from that rule's one definition (decisionPrecedenceOrderBySql),
// appends the changes to the feed numbered in NHS-number order, and rewrites
// person_consent (its writes built from lib/database/tables).
//
// Locking (docs/decisions/004 and 007): refreshPersonConsent takes one advisory
// lock per person, but PostgreSQL's shared lock table holds only a few thousand
// locks (max_locks_per_transaction x connections), far fewer than the people a
// legacy file touches. So a bulk writer takes the bulk write gate instead.
// Every insert into decision and decision_status_event takes the gate shared
// (a statement trigger), and every online writer inserts before it recomputes:
// while the gate is held exclusively, no online writer is between its insert
// and its commit, and those that come later wait at their insert, then
// recompute from everything the bulk writer committed. The change counter row
// is taken last, once, as ADR 004 requires.
//
// Online writers queue while the gate is held, so most of the work is done
// before taking it: every person's new state is computed first, then, under the
// gate, again only for the people whose state an online writer changed
// meanwhile (their change-feed number moved past the one noted at the start).
// A decision or status change that did not change a person's state for its
// writer cannot change the state computed here either: adding decisions never
// makes one that lost win, and taking away one that lost changes nothing.

/** The gate's key; the trigger in the legacy_import_gate migration uses the same one. */
const BULK_WRITE_GATE_SQL = "SELECT pg_advisory_xact_lock(hashtextextended('consent-register:bulk-write-gate', 0))";

export type BulkRefreshResult = {
  /** People whose state changed: one change-feed entry each. */
  changes: number;
  firstSeq: bigint | null;
  lastSeq: bigint | null;
  /** People computed again under the gate because an online writer changed them meanwhile. */
  recomputed: number;
  /** How long online writers were kept waiting, in milliseconds. */
  gateHeldMs: number;
};

const TABLE_NAME = /^[a-z_][a-z0-9_]*$/;

// No row in person_consent means "participating, nothing recorded".
const IS_CHANGE_SQL = `
  CASE WHEN pc.nhs_number IS NULL THEN n.decision_id IS NOT NULL
       ELSE pc.status <> n.status OR pc.decision_id IS DISTINCT FROM n.decision_id END`;

const TAKE_CHANGE_NUMBERS_SQL = updateSql(CONSENT_CHANGE_COUNTER, {
  alias: "k",
  set: { lastSeq: "k.last_seq + $1" },
  where: "k.id = 1",
  returning: "k.last_seq, clock_timestamp() AS now",
});

// $1: the feed's number before the first change; $2: the time of the change.
// Run before person_consent is rewritten: where the decision it still names
// (the one in force until now) has been withdrawn, the change carries the
// withdrawal's reason and time (docs/decisions/020).
const APPEND_CHANGES_SQL = insertSelectSql(CONSENT_CHANGE, {
  values: {
    seq: "$1::bigint + b.position",
    nhsNumber: "b.nhs_number",
    status: "b.status",
    decisionId: "b.decision_id",
    decidedAt: "b.decided_at",
    channel: "b.channel",
    changedAt: "$2",
    withdrawalReason: "w.reason",
    withdrawnAt: "w.changed_at",
  },
  from: `FROM bulk_refresh_change b
    LEFT JOIN person_consent pc ON pc.nhs_number = b.nhs_number AND pc.decision_id IS DISTINCT FROM b.decision_id
    LEFT JOIN LATERAL (SELECT e.status, e.reason, e.changed_at FROM decision_status_event e
                        WHERE e.decision_id = pc.decision_id ORDER BY e.id DESC LIMIT 1) w ON w.status = 'WITHDRAWN'
    ORDER BY b.position`,
});

const REWRITE_PEOPLE_SQL = updateSql(PERSON_CONSENT, {
  alias: "pc",
  set: {
    status: "c.status",
    decisionId: "c.decision_id",
    decidedAt: "c.decided_at",
    channel: "c.channel",
    seq: "$1::bigint + c.position",
    updatedAt: "$2",
  },
  from: "bulk_refresh_change c",
  where: "c.has_row AND pc.nhs_number = c.nhs_number",
});

const ADD_PEOPLE_SQL = insertSelectSql(PERSON_CONSENT, {
  values: {
    nhsNumber: "nhs_number",
    status: "status",
    decisionId: "decision_id",
    decidedAt: "decided_at",
    channel: "channel",
    seq: "$1::bigint + position",
    updatedAt: "$2",
  },
  from: "FROM bulk_refresh_change WHERE NOT has_row ORDER BY position",
});

/**
 * Creates table `into` holding, for every person in table `scope`, the state
 * selectCurrentDecision gives: the effective decision (its latest status event
 * says so) that no effective correction replaces, with the latest decision
 * time; at the same moment an opt-out; then the lower reference. No such
 * decision means participating, with no decision. `is_change`: whether that
 * differs from person_consent now; `has_row`: whether person_consent has a row.
 */
async function computeNextStates(client: pg.ClientBase, scope: string, into: string): Promise<void> {
  await client.query(`
    CREATE TEMP TABLE ${into}_decision ON COMMIT DROP AS
    SELECT d.nhs_number, d.id, d.reference, d.choice, d.decided_at, d.channel
      FROM ${scope} p JOIN decision d ON d.nhs_number = p.nhs_number`);
  await client.query(`ANALYZE ${into}_decision`);
  // Latest status events set-wise (a join and a sort), about twice as fast as one index probe per decision.
  await client.query(`
    CREATE TEMP TABLE ${into} ON COMMIT DROP AS
    WITH latest AS (
      SELECT DISTINCT ON (e.decision_id) e.decision_id, e.status
        FROM ${into}_decision x JOIN decision_status_event e ON e.decision_id = x.id
       ORDER BY e.decision_id, e.id DESC
    ), corrected AS (
      -- Corrections are few: find them all once rather than probing for each decision.
      SELECT DISTINCT c.corrects_id AS id FROM decision c
       WHERE c.corrects_id IS NOT NULL
         AND (SELECT e.status FROM decision_status_event e WHERE e.decision_id = c.id ORDER BY e.id DESC LIMIT 1) = 'EFFECTIVE'
    ), candidate AS (
      SELECT x.* FROM ${into}_decision x JOIN latest l ON l.decision_id = x.id
       WHERE l.status = 'EFFECTIVE' AND NOT EXISTS (SELECT 1 FROM corrected c WHERE c.id = x.id)
    ), best AS (
      SELECT DISTINCT ON (nhs_number COLLATE "C") nhs_number, id, choice, decided_at, channel
        FROM candidate
       ORDER BY nhs_number COLLATE "C", ${decisionPrecedenceOrderBySql()}
    )
    SELECT n.*, ${IS_CHANGE_SQL} AS is_change, pc.nhs_number IS NOT NULL AS has_row
      FROM (SELECT p.nhs_number, b.id AS decision_id, b.decided_at, b.channel,
                   (CASE WHEN b.choice = 'OPT_OUT' THEN 'OPTED_OUT' ELSE 'PARTICIPATING' END)::"ConsentStatus" AS status
              FROM ${scope} p LEFT JOIN best b ON b.nhs_number = p.nhs_number) n
      LEFT JOIN person_consent pc ON pc.nhs_number = n.nhs_number`);
  await client.query(`DROP TABLE ${into}_decision`);
}

/**
 * Recomputes the current state of every NHS number in `peopleTable` (a table
 * with an `nhs_number` column, usually temporary) inside the caller's
 * transaction, taking the bulk write gate itself at the right moment. Call it
 * after writing the decisions and status events it should see.
 */
export async function refreshPeopleInBulk(
  client: pg.ClientBase,
  options: { peopleTable: string; log?: (message: string) => void },
): Promise<BulkRefreshResult> {
  if (!TABLE_NAME.test(options.peopleTable)) throw new Error(`Not a table name: ${options.peopleTable}`);
  let lap = performance.now();
  const step = (message: string) => {
    const now = performance.now();
    options.log?.(`  ${message} (${((now - lap) / 1000).toFixed(1)} s)`);
    lap = now;
  };

  await client.query("DROP TABLE IF EXISTS bulk_refresh_person, bulk_refresh_scope, bulk_refresh_next, bulk_refresh_again, bulk_refresh_change");
  await client.query(`
    CREATE TEMP TABLE bulk_refresh_person ON COMMIT DROP AS
    SELECT DISTINCT nhs_number FROM ${options.peopleTable} WHERE nhs_number IS NOT NULL`);
  await client.query("ANALYZE bulk_refresh_person");

  // Before the gate: everyone, from what is committed now (and our own writes).
  const { rows: start } = await client.query<{ last_seq: string }>("SELECT last_seq FROM consent_change_counter WHERE id = 1");
  if (!start[0]) throw new Error("consent_change_counter has no row: the migrations have not been applied");
  await computeNextStates(client, "bulk_refresh_person", "bulk_refresh_next");
  await client.query("CREATE UNIQUE INDEX ON bulk_refresh_next (nhs_number)");
  step("computed every person's new state");

  await client.query(BULK_WRITE_GATE_SQL);
  const gateTakenAt = performance.now();
  step("took the bulk write gate");

  // Under the gate: again for anyone an online writer changed since we started.
  await client.query(
    `CREATE TEMP TABLE bulk_refresh_scope ON COMMIT DROP AS
     SELECT p.nhs_number FROM bulk_refresh_person p JOIN person_consent pc ON pc.nhs_number = p.nhs_number
      WHERE pc.seq > $1::bigint`,
    [start[0].last_seq],
  );
  await computeNextStates(client, "bulk_refresh_scope", "bulk_refresh_again");
  const recomputed = await client.query(`
    UPDATE bulk_refresh_next x
       SET decision_id = n.decision_id, decided_at = n.decided_at, channel = n.channel, status = n.status,
           is_change = n.is_change, has_row = n.has_row
      FROM bulk_refresh_again n WHERE n.nhs_number = x.nhs_number`);

  step("recomputed the people online writers changed meanwhile");
  const changed = await client.query(`
    CREATE TEMP TABLE bulk_refresh_change ON COMMIT DROP AS
    SELECT row_number() OVER (ORDER BY nhs_number COLLATE "C") AS position, nhs_number, decision_id, decided_at, channel, status, has_row
      FROM bulk_refresh_next WHERE is_change`);
  const count = changed.rowCount ?? 0;
  const result = { changes: count, firstSeq: null, lastSeq: null, recomputed: recomputed.rowCount ?? 0 };
  if (count === 0) {
    await client.query("DROP TABLE bulk_refresh_change");
    return { ...result, gateHeldMs: performance.now() - gateTakenAt };
  }

  // Last, and once: the counter row lock is held to commit (ADR 004).
  const counter = await client.query<{ last_seq: string; now: Date }>(TAKE_CHANGE_NUMBERS_SQL, [count]);
  const row = counter.rows[0]!;
  const lastSeq = BigInt(row.last_seq);
  const before = lastSeq - BigInt(count);
  await client.query(APPEND_CHANGES_SQL, [before.toString(), row.now]);
  step("appended the changes to the feed");
  // Rows to rewrite, then rows to add: no conflict handling needed under the gate.
  await client.query(REWRITE_PEOPLE_SQL, [before.toString(), row.now]);
  await client.query(ADD_PEOPLE_SQL, [before.toString(), row.now]);
  step("rewrote person_consent");
  await client.query("DROP TABLE bulk_refresh_change");
  return { ...result, firstSeq: before + 1n, lastSeq, gateHeldMs: performance.now() - gateTakenAt };
}
