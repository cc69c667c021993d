import { createHash } from "node:crypto";

// The canonical serialisation of an audit event, byte for byte the same as the
// database's audit_event_canonical() (prisma/migrations/*_audit_hash_chain):
// a version tag, then each column in a fixed order as "-" for NULL or
// "<UTF-8 byte length>:<bytes>". See docs/decisions/013-audit-hash-chain.md.

export const AUDIT_EVENT_FORMAT = "audit-event-v1";

/** The first link's previous hash: 32 zero bytes. */
export const GENESIS_HASH: Buffer = Buffer.alloc(32);

/** An audit_event row as the verifier reads it: id as decimal text, details in jsonb's own text form. */
export type AuditEventColumns = {
  id: string;
  at: Date;
  actorKind: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  nhsNumber: string | null;
  /** `details::text`: jsonb prints keys in a fixed order, so this is canonical. */
  detailsText: string | null;
  requestId: string | null;
};

function field(value: string | null): Buffer {
  if (value === null) return Buffer.from("-", "utf8");
  const bytes = Buffer.from(value, "utf8");
  return Buffer.concat([Buffer.from(`${bytes.length}:`, "utf8"), bytes]);
}

/** Milliseconds in UTC, as the column stores them: 2026-11-25T22:50:29.123Z. */
export function canonicalTimestamp(at: Date): string {
  const year = at.getUTCFullYear();
  if (Number.isNaN(at.getTime()) || year < 0 || year > 9999) {
    throw new RangeError(`An audit event's time must fall in years 0000-9999 (got ${String(at)}).`);
  }
  return at.toISOString();
}

export function canonicalAuditEvent(event: AuditEventColumns): Buffer {
  return Buffer.concat([
    Buffer.from(AUDIT_EVENT_FORMAT, "utf8"),
    field(event.id),
    field(canonicalTimestamp(event.at)),
    field(event.actorKind),
    field(event.actorId),
    field(event.action),
    field(event.entityType),
    field(event.entityId),
    field(event.nhsNumber),
    field(event.detailsText),
    field(event.requestId),
  ]);
}

/** hash = SHA-256(previous hash || canonical serialisation of the event). */
export function chainHash(previousHash: Buffer, event: AuditEventColumns): Buffer {
  return createHash("sha256").update(previousHash).update(canonicalAuditEvent(event)).digest();
}
