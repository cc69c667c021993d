import { getDb } from "../db";
import type { ActorKind } from "../generated/prisma/enums";

export type AuditFilter = { nhsNumber?: string; actorId?: string; action?: string; before?: bigint };
export type AuditRow = { id: bigint; at: Date; actorKind: ActorKind; actorId: string | null; action: string; entityType: string; entityId: string; nhsNumber: string | null; details: unknown };

export const AUDIT_PAGE_SIZE = 100;

/** The audit log, newest first, filtered by person, actor and action prefix; paged by id. */
export async function listAuditEvents(filter: AuditFilter): Promise<AuditRow[]> {
  return getDb().auditEvent.findMany({
    where: {
      ...(filter.nhsNumber ? { nhsNumber: filter.nhsNumber } : {}),
      ...(filter.actorId ? { actorId: filter.actorId } : {}),
      ...(filter.action ? { action: { startsWith: filter.action } } : {}),
      ...(filter.before ? { id: { lt: filter.before } } : {}),
    },
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE,
    select: { id: true, at: true, actorKind: true, actorId: true, action: true, entityType: true, entityId: true, nhsNumber: true, details: true },
  });
}
