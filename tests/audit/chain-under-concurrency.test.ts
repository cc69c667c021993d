import pg from "pg";
import { inject, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { changeDecisionStatus } from "@/lib/consent/change-decision-status";
import { recordDecision } from "@/tests/support/record-test-decision";
import { decisionDetails, minutesAfter, RESIDENT, STAFF, uniqueNhsNumber } from "../support/factories";
import { scratchDatabase } from "./support";

// The register writes audit events from many transactions at once, each
// holding person locks and the change counter row. The chain's trigger runs at
// commit, after all of those: every write must still succeed (no deadlock, no
// duplicate link) and the chain must verify end to end.
describe("audit hash chain under concurrent audited writes", () => {
  it("stays intact and links every event once when decisions and status changes race", async () => {
    const people = Array.from({ length: 6 }, () => uniqueNhsNumber());
    const base = new Date("2026-07-01T10:00:00Z");
    const first = await Promise.all(
      people.map((nhsNumber) => recordDecision({ details: decisionDetails({ nhsNumber, decidedAt: base }), recordedBy: RESIDENT })),
    );

    // 6 people x 6 decisions racing on the same people, plus status changes on
    // the first decisions, from 8 workers at once: as many as the pool has
    // connections, so every write is a transaction of its own in flight together.
    const jobs: (() => Promise<unknown>)[] = [];
    for (let round = 1; round <= 6; round++) {
      for (const nhsNumber of people) {
        const choice = round % 2 ? "OPT_IN" : "OPT_OUT";
        jobs.push(() => recordDecision({ details: decisionDetails({ nhsNumber, choice, decidedAt: minutesAfter(base, round) }), initialStatus: "EFFECTIVE", recordedBy: STAFF }));
      }
    }
    for (const decision of first.slice(0, 3)) {
      jobs.splice(7 * (jobs.length % 5), 0, () => changeDecisionStatus({ decisionId: decision.id, status: "WITHDRAWN", reason: "Entered in error", by: STAFF }));
    }
    const failures: unknown[] = [];
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let job = jobs.shift(); job; job = jobs.shift()) await job().catch((error: unknown) => failures.push(error));
      }),
    );
    expect(failures).toEqual([]);

    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    try {
      const report = await verifyAuditChain(client, { batchSize: 50 });
      expect(report.broken).toBeNull();
      expect(report.eventsChecked).toBe(report.eventsTotal);

      // Every event of ours has exactly one link, and the links have no gaps.
      const ours = await client.query<{ events: number; linked: number }>(
        `SELECT count(*)::int AS events, count(c.seq)::int AS linked
           FROM audit_event e LEFT JOIN audit_chain c ON c.event_id = e.id
          WHERE e.nhs_number = ANY($1)`,
        [people],
      );
      expect(ours.rows[0]).toEqual({ events: 6 + 36 + 3, linked: 6 + 36 + 3 });
      const shape = await client.query<{ n: string; lo: string; hi: string }>("SELECT count(*)::text AS n, min(seq)::text AS lo, max(seq)::text AS hi FROM audit_chain");
      expect(shape.rows[0]).toEqual({ n: shape.rows[0]!.hi, lo: "1", hi: shape.rows[0]!.n });
    } finally {
      await client.end();
    }
  });

  it("never deadlocks with the register's locks, with no retry to hide one", async () => {
    // The register's order, by hand on 8 connections, without inRegisterTransaction's
    // retry: person advisory locks (sorted), then the change counter row held to
    // commit, audit events written between them. Were the chain lock taken at
    // the insert instead of at commit, this deadlocks (checked with SET
    // CONSTRAINTS audit_event_chain IMMEDIATE). A deadlock fails the test.
    const database = await scratchDatabase("chain_locks");
    const people = Array.from({ length: 4 }, () => uniqueNhsNumber()).sort();
    // A migrated database already holds the canary people's events (lib/canary).
    const before = await database.connect();
    const migrated = Number((await before.query<{ n: string }>("SELECT count(*) AS n FROM audit_event")).rows[0]!.n);
    await before.end();
    const clients = await Promise.all(Array.from({ length: 8 }, () => database.connect()));
    const failures: string[] = [];
    await Promise.all(
      clients.map(async (client, worker) => {
        for (let i = 0; i < 25; i++) {
          const mine = [...new Set([people[(worker + i) % 4]!, people[(worker * 3 + i) % 4]!])].sort();
          try {
            await client.query("BEGIN");
            // Sorted person locks with an audit event written between them.
            for (const [index, nhsNumber] of mine.entries()) {
              await client.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [`person:${nhsNumber}`]);
              if (index === 0) await client.query("INSERT INTO audit_event (actor_kind, actor_id, action, entity_type, entity_id) VALUES ('STAFF', $1, 'person.view', 'person', $2)", [`w${worker}`, nhsNumber]);
            }
            if (i % 3 !== 0) await client.query("UPDATE consent_change_counter SET last_seq = last_seq + 1 WHERE id = 1");
            await client.query("INSERT INTO audit_event (actor_kind, actor_id, action, entity_type, entity_id, nhs_number) VALUES ('STAFF', $1, 'decision.record', 'decision', $2, $2)", [`w${worker}`, mine.at(-1)]);
            await client.query("COMMIT");
          } catch (error) {
            failures.push((error as Error).message);
            await client.query("ROLLBACK");
          }
        }
      }),
    );
    expect(failures).toEqual([]);

    const checker = await database.connect();
    const report = await verifyAuditChain(checker);
    expect(report.broken).toBeNull();
    expect(report.eventsChecked).toBe(migrated + 8 * 25 * 2);
    expect(report.head!.seq).toBe(BigInt(migrated + 8 * 25 * 2));
  });
});
