import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../audit/actor";
import { getDb } from "../db";
import type { Permission } from "./roles";

/** Every refusal is on record: who tried what without the permission for it. */
export async function recordForbiddenAttempt(options: { actor: Actor; role: string; permission: Permission; what: string }): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await recordAuditEvent(tx, {
      actor: options.actor,
      action: "access.forbidden",
      entityType: "permission",
      entityId: options.permission,
      details: { role: options.role, attempted: options.what },
    });
  });
}
