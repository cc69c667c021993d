import { getDb, Prisma } from "../db";
import type { Channel, Choice } from "../generated/prisma/enums";

export type TracingItem = {
  id: string;
  reference: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  postcode: string | null;
  choice: Choice;
  channel: Channel;
  /** The language it was made in (a locale), or null when not known. */
  language: string | null;
  decidedAt: Date;
  receivedAt: Date;
  sourceReference: string | null;
  ageDays: number;
};

/**
 * The worklist's rows, once, for the list below and for its size in the metrics
 * (lib/tracing/measure-tracing-worklist.ts): `d` is the decision.
 */
export const TRACING_WORKLIST_ROWS = Prisma.sql`
    FROM decision d
    WHERE d.nhs_number IS NULL
      AND (SELECT e.status FROM decision_status_event e WHERE e.decision_id = d.id ORDER BY e.id DESC LIMIT 1) <> 'WITHDRAWN'
      AND NOT EXISTS (
        SELECT 1 FROM decision c
        WHERE c.corrects_id = d.id
          AND (SELECT e.status FROM decision_status_event e WHERE e.decision_id = c.id ORDER BY e.id DESC LIMIT 1) <> 'WITHDRAWN'
      )`;

/**
 * Decisions waiting for an NHS number: none recorded, not withdrawn and not
 * yet traced by an effective correction. Oldest received first, with the age
 * against the one-month limit for answering an objection.
 */
export async function listTracingWorklist(options: { now?: Date; limit?: number } = {}): Promise<TracingItem[]> {
  const now = options.now ?? new Date();
  const rows = await getDb().$queryRaw<
    { id: string; reference: string; given_name: string; family_name: string; date_of_birth: Date; postcode: string | null; choice: Choice; channel: Channel; language: string | null; decided_at: Date; recorded_at: Date; source_reference: string | null }[]
  >`
    SELECT d.id, d.reference, d.given_name, d.family_name, d.date_of_birth, d.postcode, d.choice, d.channel, d.language, d.decided_at, d.recorded_at, d.source_reference
    ${TRACING_WORKLIST_ROWS}
    ORDER BY d.recorded_at ASC, d.reference ASC
    LIMIT ${options.limit ?? 500}`;
  return rows.map((row) => ({
    id: row.id,
    reference: row.reference,
    givenName: row.given_name,
    familyName: row.family_name,
    dateOfBirth: row.date_of_birth.toISOString().slice(0, 10),
    postcode: row.postcode,
    choice: row.choice,
    channel: row.channel,
    language: row.language,
    decidedAt: row.decided_at,
    receivedAt: row.recorded_at,
    sourceReference: row.source_reference,
    ageDays: Math.floor((now.getTime() - row.recorded_at.getTime()) / 86_400_000),
  }));
}
