import type { Db, TransactionClient } from "../db";
import { TRACING_WORKLIST_ROWS } from "./list-tracing-worklist";

export type TracingWorklistSize = { items: number; oldestAgeSeconds: number };

/** How many decisions wait for tracing and how old the oldest is: counted, not listed. */
export async function measureTracingWorklist(db: Db | TransactionClient): Promise<TracingWorklistSize> {
  const rows = await db.$queryRaw<{ items: bigint; oldest_age: number | null }[]>`
    SELECT count(*) AS items, extract(epoch FROM now() - min(d.recorded_at))::float8 AS oldest_age
    ${TRACING_WORKLIST_ROWS}`;
  const row = rows[0];
  return { items: Number(row?.items ?? 0), oldestAgeSeconds: Math.max(0, row?.oldest_age ?? 0) };
}
