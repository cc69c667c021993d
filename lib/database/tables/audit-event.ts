import type { AuditEventModel } from "../../generated/prisma/models/AuditEvent";
import { defineTable } from "./table";

/** Written only through lib/audit (recordAuditEvent, recordAuditEvents); chained at commit by a trigger (ADR 013). */
export const AUDIT_EVENT = defineTable<AuditEventModel>()("audit_event", "AuditEvent", {
  id: "id",
  at: "at",
  actorKind: "actor_kind",
  actorId: "actor_id",
  action: "action",
  entityType: "entity_type",
  entityId: "entity_id",
  nhsNumber: "nhs_number",
  details: "details",
  requestId: "request_id",
});
