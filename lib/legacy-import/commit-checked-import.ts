import { randomUUID } from "node:crypto";
import type { Actor } from "../audit/actor";
import { recordAuditEvents } from "../audit/record-audit-events";
import { refreshPeopleInBulk } from "../consent/refresh-people-in-bulk";
import { describeActor } from "./build-import-report";
import type { LegacyFormat } from "./formats";
import type { ImportTransaction } from "./open-import-transaction";
import type { ImportProgress, ImportReport } from "./types";
import { PEOPLE_TABLE, writeImport } from "./write-import";

export type CommitCheckedImportOptions = {
  format: LegacyFormat;
  fileName: string;
  /** The check's report (outcome "checked"): what is written. */
  report: ImportReport;
  newDecisions: number;
  startedAt: Date;
  ranBy: Actor;
  requestId?: string;
  step: (message: string) => void;
  log?: (message: string) => void;
  onProgress: (phase: Extract<ImportProgress["phase"], "writing" | "updating-people">) => void;
};

/**
 * Writes what was checked in the check's own transaction, recomputes every
 * affected person under the bulk write gate, records the import.commit audit
 * event, and commits: all or nothing.
 */
export async function commitCheckedImport(transaction: ImportTransaction, options: CommitCheckedImportOptions): Promise<ImportReport> {
  const { client } = transaction;
  const { format, fileName, report, step } = options;
  options.onProgress("writing");
  const importRunId = randomUUID();
  const committed = await writeImport(client, { ...options, importRunId });
  options.onProgress("updating-people");

  // Takes the bulk write gate for its last step: online writers wait from then to our commit.
  const refreshed = await refreshPeopleInBulk(client, { peopleTable: PEOPLE_TABLE, log: options.log });
  step(
    `Updated ${refreshed.changes.toLocaleString("en-GB")} people's current state ` +
      `(online writers held for ${(refreshed.gateHeldMs / 1000).toFixed(1)} s so far; ${refreshed.recomputed} recomputed)`,
  );

  await recordAuditEvents(client, [
    {
      actor: options.ranBy,
      action: "import.commit",
      entityType: "import_run",
      entityId: importRunId,
      details: {
        source: format.importSource,
        fileName,
        sha256: report.sha256,
        counts: report.counts,
        rejectedByReason: report.rejectedByReason,
        newDecisions: committed.inserted,
        peopleChanged: refreshed.changes,
        firstChangeSeq: refreshed.firstSeq?.toString() ?? null,
        lastChangeSeq: refreshed.lastSeq?.toString() ?? null,
      },
      requestId: options.requestId,
    },
  ]);
  const { rows } = await client.query<{ committed_at: Date }>("SELECT committed_at FROM import_run WHERE id = $1", [importRunId]);
  await transaction.commit();
  step("Committed");
  return {
    ...report,
    outcome: "committed",
    importRun: { id: importRunId, committedAt: rows[0]!.committed_at.toISOString(), ranBy: describeActor(options.ranBy) },
    peopleChanged: refreshed.changes,
  };
}
