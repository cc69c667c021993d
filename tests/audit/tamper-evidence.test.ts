import type pg from "pg";
import { beforeEach, describe, expect, it } from "vitest";
import { canonicalAuditEvent, chainHash, GENESIS_HASH } from "@/lib/audit/canonical-audit-event";
import { describeAuditChainReport, parseRecordedLink, type RecordedLink, verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { insertAuditEvent, scratchDatabase } from "./support";

// Tampering as a superuser would: switch the append-only triggers off for the
// session (session_replication_role = replica), then change history. Each test
// gets a fresh database of its own with a chain of a few events.
const database = await scratchDatabase("tamper");

let admin: pg.Client;
let ids: string[];

async function asReplica(sql: string, params: unknown[] = []) {
  await admin.query("SET session_replication_role = replica");
  try {
    return await admin.query(sql, params);
  } finally {
    await admin.query("SET session_replication_role = DEFAULT");
  }
}

async function verify(expectLink?: RecordedLink) {
  const checker = await database.connect();
  try {
    return await verifyAuditChain(checker, { batchSize: 3, expectLink });
  } finally {
    await checker.end();
  }
}

beforeEach(async () => {
  admin ??= await database.connect();
  // History may not be emptied normally: wipe this scratch database's log as replica.
  await asReplica("DELETE FROM audit_chain");
  await asReplica("DELETE FROM audit_event");
  ids = [];
  for (let i = 0; i < 8; i++) {
    ids.push(await insertAuditEvent(admin, { action: `person.view.${i}`, details: { page: i, note: "looked up" } }));
  }
});

describe("audit hash chain: tamper evidence", () => {
  it("reports an untouched chain as intact, with the head the database recorded", async () => {
    const report = await verify();
    expect(report.broken).toBeNull();
    expect(report.eventsChecked).toBe(8);
    expect(report.eventsTotal).toBe(8);
    const head = await admin.query<{ seq: string; hash: Buffer }>("SELECT seq::text, hash FROM audit_chain ORDER BY seq DESC LIMIT 1");
    expect(report.head).toEqual({ seq: BigInt(head.rows[0]!.seq), hash: head.rows[0]!.hash.toString("hex") });
    expect(describeAuditChainReport(report)).toMatch(/Audit events checked: 8 of 8\nchain intact/);
  });

  it("links every event in commit order from 32 zero bytes, each hash SHA-256(previous || event)", async () => {
    const links = await admin.query<{ seq: string; event_id: string; prev_hash: Buffer; hash: Buffer }>(
      "SELECT seq::text, event_id::text, prev_hash, hash FROM audit_chain ORDER BY seq",
    );
    expect(links.rows.map((l) => l.seq)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(links.rows.map((l) => l.event_id)).toEqual(ids);
    expect(links.rows[0]!.prev_hash.equals(GENESIS_HASH)).toBe(true);
    for (let i = 1; i < links.rows.length; i++) expect(links.rows[i]!.prev_hash.equals(links.rows[i - 1]!.hash)).toBe(true);
  });

  it.each([
    ["action", "UPDATE audit_event SET action = 'person.search' WHERE id = $1"],
    ["actor", "UPDATE audit_event SET actor_id = 'someone-else' WHERE id = $1"],
    ["time, by one millisecond", "UPDATE audit_event SET at = at + interval '1 millisecond' WHERE id = $1"],
    ["details", `UPDATE audit_event SET details = '{"page": 4, "note": "looked up "}' WHERE id = $1`],
    ["NHS number cleared", "UPDATE audit_event SET nhs_number = NULL WHERE id = $1"],
    ["request id added", "UPDATE audit_event SET request_id = '' WHERE id = $1"],
  ])("finds a changed event (%s) as the first broken link, naming its id", async (_what, sql) => {
    const target = ids[4]!;
    const [before] = (await admin.query<{ hash: Buffer }>("SELECT hash FROM audit_chain WHERE event_id = $1", [target])).rows;
    await asReplica(sql, [target]);

    const report = await verify();
    expect(report.broken).toMatchObject({ problem: "event-changed", eventId: target, seq: 5n, expected: before!.hash.toString("hex") });
    expect(report.broken!.found).toMatch(/^[0-9a-f]{64}$/);
    expect(report.broken!.found).not.toBe(report.broken!.expected);
    expect(report.eventsChecked).toBe(4);
    expect(describeAuditChainReport(report)).toContain(`chain broken: first broken link at event ${target} (link 5): event-changed`);
  });

  it("reports the earliest of two changed events", async () => {
    await asReplica("UPDATE audit_event SET action = 'x' WHERE id = ANY($1::bigint[])", [[ids[6], ids[2]]]);
    expect((await verify()).broken).toMatchObject({ problem: "event-changed", eventId: ids[2] });
  });

  it("finds a deleted event", async () => {
    await asReplica("DELETE FROM audit_event WHERE id = $1", [ids[3]]);
    const report = await verify();
    expect(report.broken).toMatchObject({ problem: "event-missing", eventId: ids[3], seq: 4n });
    expect(report.eventsTotal).toBe(7);
  });

  it("finds a deleted event whose link was deleted too", async () => {
    await asReplica("DELETE FROM audit_chain WHERE event_id = $1", [ids[3]]);
    await asReplica("DELETE FROM audit_event WHERE id = $1", [ids[3]]);
    const report = await verify();
    expect(report.broken).toMatchObject({ problem: "link-missing", eventId: ids[4], seq: 5n });
    expect(report.broken!.message).toContain("Link 4 is missing");
  });

  it("finds a link renumbered to hide a deletion: its previous hash does not match", async () => {
    await asReplica("DELETE FROM audit_chain WHERE seq = 2");
    await asReplica("DELETE FROM audit_event WHERE id = $1", [ids[1]]);
    await asReplica("UPDATE audit_chain SET seq = seq + 100 WHERE seq > 2");
    await asReplica("UPDATE audit_chain SET seq = seq - 101 WHERE seq > 100");
    // Now links run 1, 2 (was 3), ... with link 2's previous hash pointing at the old link 2.
    const report = await verify();
    expect(report.broken).toMatchObject({ problem: "previous-hash-mismatch", eventId: ids[2], seq: 2n });
  });

  it("finds a forged event inserted around the chain's trigger", async () => {
    await admin.query("SET session_replication_role = replica");
    const forged = await insertAuditEvent(admin, { action: "person.view", actorId: "innocent-bystander" });
    await admin.query("SET session_replication_role = DEFAULT");

    const report = await verify();
    expect(report.broken).toMatchObject({ problem: "unchained-event", eventId: forged, seq: null });
    expect(report.eventsChecked).toBe(8);
    expect(describeAuditChainReport(report)).toContain(`first broken link at event ${forged}`);
  });

  it("finds a forged event given a forged link in the middle of the chain", async () => {
    await admin.query("SET session_replication_role = replica");
    const forged = await insertAuditEvent(admin, { action: "person.view" });
    const [previous] = (await admin.query<{ hash: Buffer }>("SELECT hash FROM audit_chain WHERE seq = 3")).rows;
    await admin.query("UPDATE audit_chain SET seq = seq + 100 WHERE seq > 3");
    await admin.query("UPDATE audit_chain SET seq = seq - 99 WHERE seq > 100");
    // A link computed the honest way: the chain still breaks at the link after it.
    await admin.query(
      "INSERT INTO audit_chain (seq, event_id, prev_hash, hash) SELECT 4, e.id, $2::bytea, sha256($2::bytea || audit_event_canonical(e)) FROM audit_event e WHERE e.id = $1",
      [forged, previous!.hash],
    );
    await admin.query("SET session_replication_role = DEFAULT");

    const report = await verify();
    expect(report.broken).toMatchObject({ problem: "previous-hash-mismatch", eventId: ids[3], seq: 5n });
    expect(report.eventsChecked).toBe(4);
  });

  it("cannot see a cut-off tail by itself, but a link recorded earlier shows it", async () => {
    const recorded = (await verify()).head!;
    await asReplica("DELETE FROM audit_chain WHERE seq > 6");
    await asReplica("DELETE FROM audit_event WHERE id = ANY($1::bigint[])", [ids.slice(6)]);

    // The limit of a keyless chain (docs/decisions/013): what is left is self-consistent.
    expect((await verify()).broken).toBeNull();
    const report = await verify(parseRecordedLink(`${recorded.seq}:${recorded.hash}`));
    expect(report.broken).toMatchObject({ problem: "recorded-link-missing", seq: 8n, expected: recorded.hash });
    expect(report.broken!.message).toContain("it ends at link 6");
  });

  it("cannot see a history rewritten with every later link recomputed, but a link recorded earlier shows it", async () => {
    const recorded = (await verify()).head!;
    await asReplica("UPDATE audit_event SET actor_id = 'someone-else' WHERE id = $1", [ids[2]]);
    await asReplica(`DO $$
      DECLARE r record; prev bytea;
      BEGIN
        SELECT hash INTO prev FROM audit_chain WHERE seq = 2;
        FOR r IN SELECT c.seq, e FROM audit_chain c JOIN audit_event e ON e.id = c.event_id WHERE c.seq >= 3 ORDER BY c.seq LOOP
          UPDATE audit_chain SET prev_hash = prev, hash = sha256(prev || audit_event_canonical(r.e)) WHERE seq = r.seq RETURNING hash INTO prev;
        END LOOP;
      END $$`);

    expect((await verify()).broken).toBeNull();
    const report = await verify({ seq: recorded.seq, hash: recorded.hash });
    expect(report.broken).toMatchObject({ problem: "recorded-link-mismatch", seq: 8n, eventId: ids[7], expected: recorded.hash });
    // An earlier recorded link, from before the rewritten event, still matches.
    const early = await admin.query<{ hash: Buffer }>("SELECT hash FROM audit_chain WHERE seq = 2");
    const fine = await verify({ seq: 2n, hash: early.rows[0]!.hash.toString("hex") });
    expect(fine.broken).toBeNull();
    expect(fine.recordedLinkChecked).toBe(2n);
    expect(describeAuditChainReport(fine)).toContain("Recorded link 2 matches.");
  });

  it("reads a recorded link as audit:verify prints it, and refuses anything else", () => {
    const hash = "ab".repeat(32);
    expect(parseRecordedLink(`12:${hash}`)).toEqual({ seq: 12n, hash });
    expect(parseRecordedLink(`12 ${hash.toUpperCase()}`)).toEqual({ seq: 12n, hash });
    expect(() => parseRecordedLink("12:abc")).toThrow(/64 hex digits/);
    expect(() => parseRecordedLink(hash)).toThrow(/link number/);
  });

  it("refuses to change, delete or write links directly, or to empty the chain", async () => {
    await expect(admin.query("UPDATE audit_chain SET hash = sha256(hash) WHERE seq = 1")).rejects.toThrow(/append-only/);
    await expect(admin.query("DELETE FROM audit_chain WHERE seq = 8")).rejects.toThrow(/append-only/);
    await expect(admin.query("TRUNCATE audit_chain CASCADE")).rejects.toThrow(/append-only/);
    await expect(
      admin.query("INSERT INTO audit_chain (seq, event_id, prev_hash, hash) VALUES (9, $1, $2, $2)", [ids[0], Buffer.alloc(32)]),
    ).rejects.toThrow(/written only by the audit_event trigger/);
    expect((await verify()).broken).toBeNull();
  });

  it("links events at commit: a rolled-back event leaves no link and no gap", async () => {
    await admin.query("BEGIN");
    await insertAuditEvent(admin, { action: "rolled.back" });
    expect((await admin.query("SELECT count(*)::int AS n FROM audit_chain")).rows[0].n).toBe(8);
    await admin.query("ROLLBACK");
    const kept = await insertAuditEvent(admin, { action: "kept" });
    const link = await admin.query<{ seq: string }>("SELECT seq::text FROM audit_chain WHERE event_id = $1", [kept]);
    expect(link.rows[0]!.seq).toBe("9");
    expect((await verify()).broken).toBeNull();
  });

  it("links several events written in one transaction, in the order they were written", async () => {
    await admin.query("BEGIN");
    const a = await insertAuditEvent(admin, { action: "one" });
    const b = await insertAuditEvent(admin, { action: "two" });
    await admin.query("COMMIT");
    const links = await admin.query<{ event_id: string }>("SELECT event_id::text FROM audit_chain WHERE seq > 8 ORDER BY seq");
    expect(links.rows.map((l) => l.event_id)).toEqual([a, b]);
    expect((await verify()).broken).toBeNull();
  });

  it("the database's serialisation is the verifier's, byte for byte, for awkward values", async () => {
    const awkward = [
      { actorId: null, nhsNumber: null, details: null, requestId: null },
      { actorId: "", requestId: "", details: {} },
      { actorId: "-", requestId: "1:x", details: [] },
      { actorId: "Zoë Ø'Brien 名前 🙂", details: { z: 1, a: [1.50, "two", null, true], "é": { nested: "back\\slash \" quote\ttab\nnewline" } } },
      { details: "a string", at: new Date("2026-03-29T00:59:59.999Z") },
      { details: 12345678901234567890, at: new Date("1999-12-31T23:59:59.001Z") },
    ];
    for (const event of awkward) {
      const id = await insertAuditEvent(admin, event as Parameters<typeof insertAuditEvent>[1]);
      const { rows } = await admin.query(
        `SELECT audit_event_canonical(e) AS bytes, e.id::text AS id, e.at, e.actor_kind::text AS "actorKind", e.actor_id AS "actorId",
                e.action, e.entity_type AS "entityType", e.entity_id AS "entityId", e.nhs_number AS "nhsNumber",
                e.details::text AS "detailsText", e.request_id AS "requestId"
           FROM audit_event e WHERE id = $1`,
        [id],
      );
      const { bytes, ...columns } = rows[0];
      expect(canonicalAuditEvent(columns).toString("hex")).toBe((bytes as Buffer).toString("hex"));
    }
    const report = await verify();
    expect(report.broken).toBeNull();
    expect(report.eventsChecked).toBe(8 + awkward.length);
    // And the hash is exactly SHA-256(previous || canonical).
    const first = await admin.query("SELECT hash FROM audit_chain WHERE seq = 1");
    const [event] = (await admin.query(
      `SELECT e.id::text AS id, e.at, e.actor_kind::text AS "actorKind", e.actor_id AS "actorId", e.action, e.entity_type AS "entityType",
              e.entity_id AS "entityId", e.nhs_number AS "nhsNumber", e.details::text AS "detailsText", e.request_id AS "requestId"
         FROM audit_event e WHERE id = $1`,
      [ids[0]],
    )).rows;
    expect(chainHash(GENESIS_HASH, event).equals(first.rows[0].hash)).toBe(true);
  });
});
