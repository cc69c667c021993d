import type { AuditRow } from "../audit/list-audit-events";
import { hasPermission } from "./roles";

// Admins run the service and read the audit log, but must not learn residents'
// decisions from it (docs/THREAT_MODEL.md, "Staff see more than their role
// needs"). For a role without person:view, an event shows who did what and
// when, but not whose record it was: NHS numbers, names in searches and the
// details of every event about a resident are hidden, and the log cannot be
// searched by person.

/** Events about the service itself, whose details an admin may read. Everything else concerns a resident. */
const SERVICE_ENTITY_TYPES = new Set(["staff_user", "staff_sign_in", "organisation", "api_client", "permission", "retention", "legacy_import_upload"]);

export const HIDDEN = "hidden";

export type AuditRowView = Omit<AuditRow, "details"> & { details: unknown; isRedacted: boolean };

export function canSeeResidentsInAudit(role: string): boolean {
  return hasPermission(role, "person:view");
}

export function viewAuditRow(row: AuditRow, role: string): AuditRowView {
  if (canSeeResidentsInAudit(role)) return { ...row, isRedacted: false };
  const isAboutService = SERVICE_ENTITY_TYPES.has(row.entityType) && row.nhsNumber === null;
  return {
    ...row,
    nhsNumber: row.nhsNumber === null ? null : HIDDEN,
    entityId: isAboutService ? row.entityId : HIDDEN,
    details: isAboutService ? row.details : null,
    isRedacted: !isAboutService || row.nhsNumber !== null,
  };
}
