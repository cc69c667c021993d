import { getDb, Prisma } from "../db";
import type { Channel, Choice, DecisionMaker, DecisionStatus } from "../generated/prisma/enums";

export type ReviewItem = {
  id: string;
  reference: string;
  kind: "opt-in-awaiting-review" | "proxy-evidence";
  nhsNumber: string | null;
  givenName: string;
  familyName: string;
  choice: Choice;
  madeBy: DecisionMaker;
  proxyName: string | null;
  proxyRelationship: string | null;
  channel: Channel;
  /** The language it was made in (a locale), or null when not known. */
  language: string | null;
  status: DecisionStatus;
  decidedAt: Date;
  receivedAt: Date;
  ageDays: number;
};

/** Audit actions that close a review: the decision leaves the queue. */
export const REVIEW_ACCEPTED = "review.accept";
export const REVIEW_REJECTED = "review.reject";

/**
 * The queue's rows, once, for the list below and for its size in the metrics
 * (lib/review/measure-review-queue.ts): `d` is the decision, `s.status` its latest status.
 */
export const REVIEW_QUEUE_ROWS = Prisma.sql`
    FROM decision d
    CROSS JOIN LATERAL (
      SELECT e.status FROM decision_status_event e WHERE e.decision_id = d.id ORDER BY e.id DESC LIMIT 1
    ) s
    WHERE (s.status = 'AWAITING_REVIEW'
           OR (d.made_by <> 'SELF' AND s.status = 'EFFECTIVE'
               AND d.channel NOT IN ('CAREMYWAY_IMPORT', 'CIDR_IMPORT')
               AND NOT EXISTS (SELECT 1 FROM audit_event a
                               WHERE a.entity_type = 'decision' AND a.entity_id = d.id::text AND a.action IN (${REVIEW_ACCEPTED}, ${REVIEW_REJECTED}))
               AND NOT EXISTS (SELECT 1 FROM decision_evidence ev WHERE ev.decision_id = d.id AND ev.status <> 'AWAITING_REVIEW')))
      -- a corrected entry is reviewed through its correction
      AND NOT EXISTS (SELECT 1 FROM decision c WHERE c.corrects_id = d.id)`;

/**
 * What supervisors must check, oldest first: decisions awaiting review (opt-ins
 * that would reverse an opt-out without proof from the same email), and
 * decisions made for someone else that are in effect but whose evidence of
 * authority nobody has accepted yet. Reviews are recorded as audit events.
 */
export async function listReviewQueue(options: { now?: Date; limit?: number } = {}): Promise<ReviewItem[]> {
  const now = options.now ?? new Date();
  const rows = await getDb().$queryRaw<
    {
      id: string; reference: string; nhs_number: string | null; given_name: string; family_name: string; choice: Choice; made_by: DecisionMaker;
      proxy_name: string | null; proxy_relationship: string | null; channel: Channel; language: string | null; status: DecisionStatus; decided_at: Date; recorded_at: Date;
    }[]
  >`
    SELECT d.id,
           -- a traced decision under the reference it was received with (docs/decisions/025)
           COALESCE((SELECT o.reference FROM decision o WHERE o.id = d.corrects_id), d.reference) AS reference, d.nhs_number, d.given_name, d.family_name, d.choice, d.made_by, d.proxy_name, d.proxy_relationship,
           d.channel, d.language, s.status, d.decided_at, d.recorded_at
    ${REVIEW_QUEUE_ROWS}
    ORDER BY d.recorded_at ASC, d.reference ASC
    LIMIT ${options.limit ?? 500}`;
  return rows.map((row) => ({
    id: row.id,
    reference: row.reference,
    kind: row.status === "AWAITING_REVIEW" ? "opt-in-awaiting-review" : "proxy-evidence",
    nhsNumber: row.nhs_number,
    givenName: row.given_name,
    familyName: row.family_name,
    choice: row.choice,
    madeBy: row.made_by,
    proxyName: row.proxy_name,
    proxyRelationship: row.proxy_relationship,
    channel: row.channel,
    language: row.language,
    status: row.status,
    decidedAt: row.decided_at,
    receivedAt: row.recorded_at,
    ageDays: Math.floor((now.getTime() - row.recorded_at.getTime()) / 86_400_000),
  }));
}
