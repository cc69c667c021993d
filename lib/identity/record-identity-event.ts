import { recordAuditEvent } from "../audit/record-audit-event";
import { getDb, type Prisma } from "../db";

/** An audit event about an NHS login sign-in (started, refused, signed in, signed out), in its own transaction. */
export async function recordIdentityEvent(options: {
  action: string;
  entityId: string;
  actorId?: string;
  nhsNumber?: string | null;
  details?: Prisma.InputJsonValue;
  requestId?: string;
}): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await recordAuditEvent(tx, {
      actor: { kind: "RESIDENT", id: options.actorId },
      action: options.action,
      entityType: "nhs_login",
      entityId: options.entityId,
      nhsNumber: options.nhsNumber,
      details: options.details,
      requestId: options.requestId,
    });
  });
}
