import type { Db, TransactionClient } from "../db";
import { LEGACY_SOURCES, type LegacySource } from "./formats";

export type ImportRunsBySource = Record<LegacySource, { committed: number; lastCommittedAt: Date | null }>;

/** Committed import runs per source, by any process (the command line included), and the latest. */
export async function measureImportRuns(db: Db | TransactionClient): Promise<ImportRunsBySource> {
  const rows = await db.$queryRaw<{ source: string; committed: bigint; last_committed_at: Date | null }[]>`
    SELECT lower(source::text) AS source, count(*) AS committed, max(committed_at) AS last_committed_at FROM import_run GROUP BY source`;
  const result = Object.fromEntries(LEGACY_SOURCES.map((source) => [source, { committed: 0, lastCommittedAt: null }])) as ImportRunsBySource;
  for (const row of rows) {
    if ((LEGACY_SOURCES as readonly string[]).includes(row.source)) result[row.source as LegacySource] = { committed: Number(row.committed), lastCommittedAt: row.last_committed_at };
  }
  return result;
}
