import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AUDIT_EVENT_FORMAT, type AuditEventColumns, canonicalAuditEvent, chainHash, GENESIS_HASH } from "./canonical-audit-event";

// The serialisation must be unambiguous: reading it back gives every column,
// so two different events can never serialise (and so hash) alike.
function decode(bytes: Buffer): (string | null)[] {
  const prefix = Buffer.from(AUDIT_EVENT_FORMAT, "utf8");
  expect(bytes.subarray(0, prefix.length).equals(prefix)).toBe(true);
  const values: (string | null)[] = [];
  let at = prefix.length;
  while (at < bytes.length) {
    if (bytes[at] === 0x2d) {
      values.push(null);
      at += 1;
      continue;
    }
    const colon = bytes.indexOf(0x3a, at);
    const length = Number(bytes.subarray(at, colon).toString("ascii"));
    expect(String(length)).toBe(bytes.subarray(at, colon).toString("ascii"));
    values.push(bytes.subarray(colon + 1, colon + 1 + length).toString("utf8"));
    at = colon + 1 + length;
  }
  return values;
}

const text = fc.string({ unit: "grapheme", maxLength: 20 });
const optional = fc.option(text, { nil: null });
const event: fc.Arbitrary<AuditEventColumns> = fc.record({
  id: fc.bigInt({ min: 1n, max: 2n ** 63n - 1n }).map(String),
  at: fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59.999Z"), noInvalidDate: true }),
  actorKind: fc.constantFrom("RESIDENT", "STAFF", "SYSTEM", "API_CLIENT"),
  actorId: optional,
  action: text,
  entityType: text,
  entityId: text,
  nhsNumber: optional,
  detailsText: optional,
  requestId: optional,
});

const columns = (e: AuditEventColumns) => [e.id, e.at.toISOString(), e.actorKind, e.actorId, e.action, e.entityType, e.entityId, e.nhsNumber, e.detailsText, e.requestId];

describe("canonical audit event serialisation", () => {
  it("reads back to exactly the columns it was made from, in order (so it is unambiguous)", () => {
    fc.assert(
      fc.property(event, (e) => {
        expect(decode(canonicalAuditEvent(e))).toEqual(columns(e));
      }),
      { numRuns: 500 },
    );
  });

  it("tells NULL from an empty string and from a literal '-'", () => {
    const base: AuditEventColumns = { id: "1", at: new Date("2026-01-01T00:00:00Z"), actorKind: "STAFF", actorId: null, action: "a", entityType: "b", entityId: "c", nhsNumber: null, detailsText: null, requestId: null };
    const serialised = new Set([null, "", "-", "0:"].map((actorId) => canonicalAuditEvent({ ...base, actorId }).toString("hex")));
    expect(serialised.size).toBe(4);
  });

  it("counts UTF-8 bytes, not characters, and writes times in UTC with milliseconds", () => {
    const bytes = canonicalAuditEvent({
      id: "42", at: new Date("2026-03-29T01:30:00.5+01:00"), actorKind: "RESIDENT", actorId: "Zoë", action: "x", entityType: "y", entityId: "z",
      nhsNumber: "9990000018", detailsText: '{"a": 1}', requestId: null,
    });
    expect(bytes.toString("utf8")).toBe('audit-event-v12:4224:2026-03-29T00:30:00.500Z8:RESIDENT4:Zoë1:x1:y1:z10:99900000188:{"a": 1}-');
  });

  it("hashes SHA-256 of the previous hash followed by the serialisation", () => {
    fc.assert(
      fc.property(event, fc.uint8Array({ minLength: 32, maxLength: 32 }), (e, previous) => {
        const prev = Buffer.from(previous);
        const expected = createHash("sha256").update(Buffer.concat([prev, canonicalAuditEvent(e)])).digest();
        expect(chainHash(prev, e).equals(expected)).toBe(true);
      }),
      { numRuns: 100 },
    );
    expect(GENESIS_HASH.equals(Buffer.alloc(32))).toBe(true);
  });

  it("refuses a time it cannot write in the database's form", () => {
    const e = fc.sample(event, 1)[0]!;
    expect(() => canonicalAuditEvent({ ...e, at: new Date("+010000-01-01T00:00:00Z") })).toThrow(/years 0000-9999/);
    expect(() => canonicalAuditEvent({ ...e, at: new Date(Number.NaN) })).toThrow(/years 0000-9999/);
  });
});
