import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../audit/actor";
import { getDb, type TransactionClient } from "../db";

// The evidence a proxy sent with an online decision (the choice journeys keep
// it in decision_evidence): uploaded, or to be posted to the team.

export type EvidenceSummary = {
  method: "UPLOAD" | "POST";
  status: "AWAITING_REVIEW" | "ACCEPTED" | "REJECTED";
  fileName: string | null;
  mediaType: string | null;
  sizeBytes: number | null;
  receivedAt: Date;
  reviewedAt: Date | null;
  reviewNote: string | null;
};

export async function getEvidenceSummary(decisionId: string): Promise<EvidenceSummary | null> {
  const row = await getDb().decisionEvidence.findUnique({
    where: { decisionId },
    select: { method: true, status: true, fileName: true, mediaType: true, sizeBytes: true, createdAt: true, reviewedAt: true, reviewNote: true },
  });
  if (!row) return null;
  const { createdAt, ...rest } = row;
  return { ...rest, receivedAt: createdAt };
}

/** The uploaded file, for a supervisor to open. Audited: it holds a resident's documents. */
export async function readEvidenceFile(options: { decisionId: string; viewer: Actor }): Promise<{ content: Uint8Array; mediaType: string; fileName: string } | null> {
  const db = getDb();
  const row = await db.decisionEvidence.findUnique({
    where: { decisionId: options.decisionId },
    select: { content: true, mediaType: true, fileName: true },
  });
  if (!row?.content) return null;
  const decision = await db.decision.findUnique({ where: { id: options.decisionId }, select: { nhsNumber: true, reference: true } });
  await db.$transaction(async (tx) => {
    await recordAuditEvent(tx, {
      actor: options.viewer,
      action: "evidence.view",
      entityType: "decision",
      entityId: options.decisionId,
      nhsNumber: decision?.nhsNumber ?? null,
      details: { reference: decision?.reference ?? null, fileName: row.fileName },
    });
  });
  return { content: row.content, mediaType: row.mediaType ?? "application/octet-stream", fileName: row.fileName ?? "evidence" };
}

/** Records the outcome on the evidence row, when there is one, in the caller's transaction. */
export async function markEvidenceReviewed(tx: TransactionClient, options: { decisionId: string; outcome: "ACCEPTED" | "REJECTED"; note?: string; by: Actor }): Promise<void> {
  await tx.decisionEvidence.updateMany({
    where: { decisionId: options.decisionId, status: "AWAITING_REVIEW" },
    data: { status: options.outcome, reviewedAt: new Date(), reviewedBy: options.by.id ?? options.by.kind, reviewNote: options.note ?? null },
  });
}
