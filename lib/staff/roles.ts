// Who may do what in the back office. The one place roles are defined: every
// staff page and server action checks a permission from here on the server.

export const STAFF_ROLES = ["caseworker", "supervisor", "admin"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const PERMISSIONS = [
  "person:view",
  "decision:key",
  "tracing:record",
  "review:decide",
  "reports:view",
  "legacy-import:run",
  "organisations:manage",
  "api-clients:manage",
  "staff:manage",
  "audit:view",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

// Supervisors do everything caseworkers do, and review, report and import the
// legacy CareMyWay and CIDR opt-outs (issue 6: supervisor-only). Admins run
// the service (staff, organisations, API clients, audit) but do not handle
// residents' decisions: least privilege for the accounts that hold the keys.
const ROLE_PERMISSIONS: Record<StaffRole, readonly Permission[]> = {
  caseworker: ["person:view", "decision:key", "tracing:record"],
  supervisor: ["person:view", "decision:key", "tracing:record", "review:decide", "reports:view", "legacy-import:run"],
  admin: ["reports:view", "organisations:manage", "api-clients:manage", "staff:manage", "audit:view"],
};

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === "string" && (STAFF_ROLES as readonly string[]).includes(value);
}

export function hasPermission(role: string | null | undefined, permission: Permission): boolean {
  return isStaffRole(role) && ROLE_PERMISSIONS[role].includes(permission);
}

export function permissionsOf(role: string | null | undefined): readonly Permission[] {
  return isStaffRole(role) ? ROLE_PERMISSIONS[role] : [];
}

export const ROLE_LABELS: Record<StaffRole, string> = {
  caseworker: "Caseworker",
  supervisor: "Supervisor",
  admin: "Admin",
};
