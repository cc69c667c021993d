import { getDb } from "../db";
import type { ActorKind } from "../generated/prisma/enums";
import type { Prisma } from "../db";

export type AuditFilter = {
  nhsNumber?: string;
  actorKind?: ActorKind;
  actorId?: string;
  /** An action ("decision.key") or a group of them ("decision" is every decision.* action). */
  action?: string;
  /** From this instant, inclusive. */
  from?: Date;
  /** Up to this instant, exclusive (the start of the day after the last one asked for). */
  until?: Date;
  before?: bigint;
};
export type AuditRow = { id: bigint; at: Date; actorKind: ActorKind; actorId: string | null; action: string; entityType: string; entityId: string; nhsNumber: string | null; details: unknown };

export const AUDIT_PAGE_SIZE = 100;

/**
 * The audit log, newest first, filtered by person, actor, action and time;
 * paged by id. A person's events include those about decisions that arrived
 * without an NHS number and were later traced to theirs (keying, views,
 * status changes of the original, which carry no NHS number themselves).
 */
export async function listAuditEvents(filter: AuditFilter, options: { limit?: number } = {}): Promise<AuditRow[]> {
  const personWhere: Prisma.AuditEventWhereInput | null = filter.nhsNumber ? await personCondition(filter.nhsNumber) : null;
  return getDb().auditEvent.findMany({
    where: {
      AND: [
        personWhere ?? {},
        filter.actorKind ? { actorKind: filter.actorKind } : {},
        filter.actorId ? { actorId: filter.actorId } : {},
        filter.action ? { OR: [{ action: filter.action }, { action: { startsWith: `${filter.action}.` } }] } : {},
        filter.from || filter.until ? { at: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.until ? { lt: filter.until } : {}) } } : {},
        filter.before ? { id: { lt: filter.before } } : {},
      ],
    },
    orderBy: { id: "desc" },
    take: options.limit ?? AUDIT_PAGE_SIZE,
    select: { id: true, at: true, actorKind: true, actorId: true, action: true, entityType: true, entityId: true, nhsNumber: true, details: true },
  });
}

async function personCondition(nhsNumber: string): Promise<Prisma.AuditEventWhereInput> {
  const traced = await findDecisionsTracedTo(nhsNumber);
  if (traced.length === 0) return { nhsNumber };
  return { OR: [{ nhsNumber }, { entityType: "decision", entityId: { in: traced } }] };
}

/**
 * Decisions recorded without an NHS number that a correction later gave this
 * one, following a chain of corrections back through untraced entries. Any
 * correction counts, even one since withdrawn: the audit question is whose
 * record was touched, and a wrong trace touched this person's.
 */
export async function findDecisionsTracedTo(nhsNumber: string): Promise<string[]> {
  const rows = await getDb().$queryRaw<{ id: string }[]>`
    WITH RECURSIVE traced(id) AS (
      SELECT o.id FROM decision c JOIN decision o ON o.id = c.corrects_id
      WHERE c.nhs_number = ${nhsNumber} AND o.nhs_number IS NULL
      UNION
      SELECT o.id FROM traced t JOIN decision c ON c.id = t.id JOIN decision o ON o.id = c.corrects_id
      WHERE o.nhs_number IS NULL
    )
    SELECT id::text AS id FROM traced`;
  return rows.map((row) => row.id);
}
