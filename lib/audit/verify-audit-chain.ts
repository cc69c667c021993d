import type pg from "pg";
import { appError } from "../errors";
import { type AuditEventColumns, chainHash, GENESIS_HASH } from "./canonical-audit-event";

// Walks the audit log's hash chain in order, recomputing every link from the
// event it points at, inside one read-only snapshot so the chain and the
// events are seen as of one moment. Reads in batches: memory stays flat
// however long the log is. See docs/decisions/013-audit-hash-chain.md.

export type BrokenLinkProblem =
  /** The event no longer hashes to its link: a column was changed. */
  | "event-changed"
  /** The link points at an event that is no longer there: deleted. */
  | "event-missing"
  /** Links are missing before this one (deleted), or the chain does not start at 1. */
  | "link-missing"
  /** This link's previous hash is not the hash of the link before it: links were removed, added or rewritten. */
  | "previous-hash-mismatch"
  /** An event with no link: inserted around the chain's trigger (forged), or its link was deleted. */
  | "unchained-event"
  /** The link recorded outside the database (--expect-link) hashes differently now: history before it was rewritten. */
  | "recorded-link-mismatch"
  /** The link recorded outside the database is no longer in the chain: the chain was cut short. */
  | "recorded-link-missing";

export type BrokenLink = {
  problem: BrokenLinkProblem;
  /** The link's position, or null for an event with no link. */
  seq: bigint | null;
  eventId: string;
  /** Hex; what the chain says the value should be. */
  expected: string | null;
  /** Hex; what the stored data gives. */
  found: string | null;
  message: string;
};

export type AuditChainReport = {
  /** Events whose links were recomputed and matched (up to the first broken link). */
  eventsChecked: number;
  /** Audit events in the snapshot. */
  eventsTotal: number;
  /** The last link checked: operators can record it elsewhere to detect a rewritten tail later. */
  head: { seq: bigint; hash: string } | null;
  broken: BrokenLink | null;
  /** The recorded link that was checked and matched, if one was given. */
  recordedLinkChecked: bigint | null;
};

type LinkRow = {
  seq: string;
  event_id: string;
  prev_hash: Buffer;
  hash: Buffer;
  id: string | null;
  at: Date | null;
  actor_kind: string | null;
  actor_id: string | null;
  action: string | null;
  entity_type: string | null;
  entity_id: string | null;
  nhs_number: string | null;
  details: string | null;
  request_id: string | null;
};

const LINKS_SQL = `
  SELECT c.seq::text AS seq, c.event_id::text AS event_id, c.prev_hash, c.hash,
         e.id::text AS id, e.at, e.actor_kind::text AS actor_kind, e.actor_id, e.action,
         e.entity_type, e.entity_id, e.nhs_number, e.details::text AS details, e.request_id
    FROM audit_chain c
    LEFT JOIN audit_event e ON e.id = c.event_id
   WHERE c.seq > $1
   ORDER BY c.seq
   LIMIT $2`;

export type RecordedLink = { seq: bigint; hash: string };

/** Reads "<seq>:<hash>" or "<seq> <hash>" (as `Last good link:` prints it). */
export function parseRecordedLink(text: string): RecordedLink {
  const match = /^\s*(\d+)[:\s]\s*([0-9a-fA-F]{64})\s*$/.exec(text);
  if (!match) throw appError("VALIDATION_FAILED", `A recorded link is "<link number>:<64 hex digits>", as audit:verify prints it (got "${text}").`);
  return { seq: BigInt(match[1]!), hash: match[2]!.toLowerCase() };
}

export type VerifyOptions = {
  batchSize?: number;
  /**
   * A link recorded earlier outside the database: the recomputed chain must
   * pass through it. Catches a rewritten or truncated history that is
   * otherwise self-consistent.
   */
  expectLink?: RecordedLink;
  /** Called after each batch with the number of events checked so far. */
  onProgress?: (eventsChecked: number) => void;
};

/**
 * Verifies the chain with `client`, which must not be inside a transaction:
 * this opens (and ends) a REPEATABLE READ READ ONLY one of its own.
 */
export async function verifyAuditChain(client: pg.ClientBase, options: VerifyOptions = {}): Promise<AuditChainReport> {
  const batchSize = options.batchSize ?? 5_000;
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    const report = await walk(client, batchSize, options.onProgress, options.expectLink);
    await client.query("COMMIT");
    return report;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}

async function walk(client: pg.ClientBase, batchSize: number, onProgress?: (n: number) => void, expectLink?: RecordedLink): Promise<AuditChainReport> {
  const chain = await client.query<{ exists: boolean }>("SELECT to_regclass('audit_chain') IS NOT NULL AS exists");
  if (!chain.rows[0]!.exists) throw appError("CONFIGURATION", "This database has no audit chain yet: apply the migrations first (npm run db:deploy).");
  const total = await client.query<{ n: string }>("SELECT count(*)::text AS n FROM audit_event");
  const eventsTotal = Number(total.rows[0]!.n);
  let previousHash = GENESIS_HASH;
  let expectedSeq = 1n;
  let eventsChecked = 0;
  let head: AuditChainReport["head"] = null;
  const result = (broken: BrokenLink | null): AuditChainReport => ({
    eventsChecked,
    eventsTotal,
    head,
    broken,
    recordedLinkChecked: !broken && expectLink ? expectLink.seq : null,
  });

  for (;;) {
    const { rows } = await client.query<LinkRow>(LINKS_SQL, [(expectedSeq - 1n).toString(), batchSize]);
    for (const row of rows) {
      const seq = BigInt(row.seq);
      if (seq !== expectedSeq) {
        return result({
          problem: "link-missing",
          seq,
          eventId: row.event_id,
          expected: null,
          found: null,
          message: `Link ${expectedSeq}${seq - 1n > expectedSeq ? `-${seq - 1n}` : ""} is missing: the chain jumps to link ${seq} (event ${row.event_id}).`,
        });
      }
      if (!row.prev_hash.equals(previousHash)) {
        return result({
          problem: "previous-hash-mismatch",
          seq,
          eventId: row.event_id,
          expected: previousHash.toString("hex"),
          found: row.prev_hash.toString("hex"),
          message: `Link ${seq} (event ${row.event_id}) does not follow link ${seq - 1n}: previous hash expected ${previousHash.toString("hex")}, found ${row.prev_hash.toString("hex")}.`,
        });
      }
      if (row.id === null) {
        return result({
          problem: "event-missing",
          seq,
          eventId: row.event_id,
          expected: row.hash.toString("hex"),
          found: null,
          message: `Event ${row.event_id} (link ${seq}) is missing: it was deleted.`,
        });
      }
      const computed = chainHash(previousHash, toColumns(row));
      if (!computed.equals(row.hash)) {
        return result({
          problem: "event-changed",
          seq,
          eventId: row.event_id,
          expected: row.hash.toString("hex"),
          found: computed.toString("hex"),
          message: `Event ${row.event_id} (link ${seq}) has been changed: hash expected ${row.hash.toString("hex")}, found ${computed.toString("hex")}.`,
        });
      }
      if (expectLink && seq === expectLink.seq && computed.toString("hex") !== expectLink.hash) {
        return result({
          problem: "recorded-link-mismatch",
          seq,
          eventId: row.event_id,
          expected: expectLink.hash,
          found: computed.toString("hex"),
          message: `Link ${seq} (event ${row.event_id}) is not the link recorded earlier: hash expected ${expectLink.hash}, found ${computed.toString("hex")}. History up to it was rewritten.`,
        });
      }
      previousHash = computed;
      head = { seq, hash: computed.toString("hex") };
      expectedSeq = seq + 1n;
      eventsChecked++;
    }
    onProgress?.(eventsChecked);
    if (rows.length < batchSize) break;
  }

  if (expectLink && expectLink.seq >= expectedSeq) {
    return result({
      problem: "recorded-link-missing",
      seq: expectLink.seq,
      eventId: "(none)",
      expected: expectLink.hash,
      found: null,
      message: `Link ${expectLink.seq}, recorded earlier, is no longer in the chain: it ends at link ${expectedSeq - 1n}. Events were removed from the end.`,
    });
  }

  const unchained = await client.query<{ id: string }>(
    `SELECT e.id::text AS id FROM audit_event e
      WHERE NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.event_id = e.id)
      ORDER BY e.id LIMIT 1`,
  );
  const orphan = unchained.rows[0];
  if (orphan) {
    return result({
      problem: "unchained-event",
      seq: null,
      eventId: orphan.id,
      expected: null,
      found: null,
      message: `Event ${orphan.id} has no link in the chain: it was inserted around the chain (forged), or its link was removed.`,
    });
  }
  return result(null);
}

function toColumns(row: LinkRow): AuditEventColumns {
  return {
    id: row.id!,
    at: row.at!,
    actorKind: row.actor_kind!,
    actorId: row.actor_id,
    action: row.action!,
    entityType: row.entity_type!,
    entityId: row.entity_id!,
    nhsNumber: row.nhs_number,
    detailsText: row.details,
    requestId: row.request_id,
  };
}

/** The report as the command prints it. */
export function describeAuditChainReport(report: AuditChainReport): string {
  const lines = [`Audit events checked: ${report.eventsChecked} of ${report.eventsTotal}`];
  const broken = report.broken;
  if (broken) {
    const where = broken.seq === null ? "" : ` (link ${broken.seq})`;
    lines.push(`chain broken: first broken link at event ${broken.eventId}${where}: ${broken.problem}`);
    lines.push(broken.message);
  } else {
    lines.push("chain intact");
    if (report.recordedLinkChecked) lines.push(`Recorded link ${report.recordedLinkChecked} matches.`);
  }
  if (report.head) lines.push(`Last good link: ${report.head.seq} ${report.head.hash}`);
  return lines.join("\n");
}
