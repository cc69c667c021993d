import type { Prisma, TransactionClient } from "../db";
import type { Actor } from "./actor";

export type AuditEventInput = {
  actor: Actor;
  /** Verb-first and dotted, e.g. "decision.record", "decision.status.change", "person.view". */
  action: string;
  entityType: string;
  entityId: string;
  nhsNumber?: string | null;
  details?: Prisma.InputJsonValue;
  requestId?: string;
};

/**
 * Appends an audit event. Takes the transaction client on purpose: the event
 * must commit or roll back with the change it describes.
 */
export async function recordAuditEvent(tx: TransactionClient, event: AuditEventInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorKind: event.actor.kind,
      actorId: event.actor.id ?? null,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      nhsNumber: event.nhsNumber ?? null,
      details: event.details,
      requestId: event.requestId ?? null,
    },
    select: { id: true },
  });
}
