import type { StaffRole } from "./roles";

// Supervisors see residents' decisions and admins hold the keys: an account
// with either role that an admin made (or reset) signs in only once a second
// admin approves it, so no admin can give themselves a supervisor's access.

export const ROLES_NEEDING_APPROVAL: readonly StaffRole[] = ["supervisor", "admin"];

export function needsSecondApproval(role: string): boolean {
  return (ROLES_NEEDING_APPROVAL as readonly string[]).includes(role);
}

export function isAwaitingApproval(user: { role: string; approvedAt: Date | null }): boolean {
  return needsSecondApproval(user.role) && user.approvedAt === null;
}
