import type pg from "pg";
import { AUDIT_EVENT } from "../database/tables/audit-event";
import { insertSelectSql } from "../database/tables/table";
import type { AuditEventInput } from "./record-audit-event";

// recordAuditEvent's twin for writers on a pg connection of their own (the
// legacy importer's long transaction, bulk jobs): the same input, any number
// of events in one statement, inside the caller's transaction so they commit
// or roll back with the change they describe. The hash chain (ADR 013) is the
// database's: a deferred trigger links every inserted event at commit, in
// insertion order, whoever inserted it.

const INSERT_SQL = insertSelectSql(AUDIT_EVENT, {
  values: {
    actorKind: `e.actor_kind::"ActorKind"`,
    actorId: "e.actor_id",
    action: "e.action",
    entityType: "e.entity_type",
    entityId: "e.entity_id",
    nhsNumber: "e.nhs_number",
    details: "e.details::jsonb",
    requestId: "e.request_id",
  },
  from: `FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
         WITH ORDINALITY AS e(actor_kind, actor_id, action, entity_type, entity_id, nhs_number, details, request_id, position)
        ORDER BY e.position`,
});

/** Appends the events, in order, in the client's open transaction. */
export async function recordAuditEvents(client: pg.ClientBase, events: readonly AuditEventInput[]): Promise<void> {
  if (events.length === 0) return;
  await client.query(INSERT_SQL, [
    events.map((e) => e.actor.kind),
    events.map((e) => e.actor.id ?? null),
    events.map((e) => e.action),
    events.map((e) => e.entityType),
    events.map((e) => e.entityId),
    events.map((e) => e.nhsNumber ?? null),
    events.map((e) => (e.details === undefined ? null : JSON.stringify(e.details))),
    events.map((e) => e.requestId ?? null),
  ]);
}
