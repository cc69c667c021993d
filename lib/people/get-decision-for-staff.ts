import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../audit/actor";
import { getDb } from "../db";
import { TIMELINE_SELECT, toTimelineDecisions, type TimelineDecision } from "./get-person-record";

/** One decision with its history, for tracing and review. Audited like any view of a person's details. */
export async function getDecisionForStaff(options: { decisionId: string; viewer: Actor }): Promise<TimelineDecision | null> {
  if (!/^[0-9a-f-]{36}$/i.test(options.decisionId)) return null;
  const db = getDb();
  const row = await db.decision.findUnique({ where: { id: options.decisionId }, select: TIMELINE_SELECT });
  if (!row) return null;
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
  return (await toTimelineDecisions([row]))[0]!;
}
