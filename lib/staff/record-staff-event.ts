import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../audit/actor";
import { getDb } from "../db";
import type { Prisma } from "../db";

/** An audit event about staff themselves (sign-out, views), in its own transaction. */
export async function recordStaffEvent(options: {
  actor: Actor;
  action: string;
  entityType?: string;
  entityId: string;
  nhsNumber?: string | null;
  details?: Prisma.InputJsonValue;
}): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await recordAuditEvent(tx, {
      actor: options.actor,
      action: options.action,
      entityType: options.entityType ?? "staff_user",
      entityId: options.entityId,
      nhsNumber: options.nhsNumber,
      details: options.details,
    });
  });
}
