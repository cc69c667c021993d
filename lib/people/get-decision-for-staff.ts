import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../audit/actor";
import { getDb } from "../db";
import { type DecisionCard, toDecisionCards } from "./decision-cards";
import { getCurrentDecisionIds, TIMELINE_SELECT, toTimelineDecisions, type TimelineDecision } from "./get-person-record";

export type DecisionForStaff = TimelineDecision & {
  /**
   * The card staff see: the decision as received with its tracing inside it,
   * whichever of the two entries was asked for.
   */
  card: DecisionCard;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One decision with its history, for tracing and review. Audited like any view of a person's details. */
export async function getDecisionForStaff(options: { decisionId: string; viewer: Actor }): Promise<DecisionForStaff | null> {
  if (!UUID.test(options.decisionId)) return null;
  const db = getDb();
  const row = await db.decision.findUnique({ where: { id: options.decisionId }, select: TIMELINE_SELECT });
  if (!row) return null;
  // The card is the decision as received (a tracing entry's original) with every tracing of it.
  const originalId = row.correctsId ?? row.id;
  const family = await db.decision.findMany({
    where: { OR: [{ id: originalId }, { correctsId: originalId }] },
    orderBy: { recordedAt: "asc" },
    select: TIMELINE_SELECT,
  });
  await db.$transaction(async (tx) => {
    await recordAuditEvent(tx, {
      actor: options.viewer,
      action: "decision.view",
      entityType: "decision",
      entityId: row.id,
      nhsNumber: row.nhsNumber,
      details: { reference: row.reference },
    });
  });
  const entries = await toTimelineDecisions(family);
  const current = await getCurrentDecisionIds(entries.map((e) => e.nhsNumber));
  const card = toDecisionCards(entries, current).find((c) => c.decision.id === originalId);
  const asked = entries.find((e) => e.id === row.id);
  if (!card || !asked) return null;
  return { ...asked, card };
}
