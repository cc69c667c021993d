import path from "node:path";
import type { Actor } from "../audit/actor";
import { AppError } from "../errors";
import { cleanFileName } from "../files/clean-file-name";
import { buildImportReport, buildRefusedReport, countNewDecisions, describeActor, hasSomethingToWrite } from "./build-import-report";
import { classifyStagedRows } from "./classify-staged-rows";
import { commitCheckedImport } from "./commit-checked-import";
import { getLegacyFormat } from "./formats";
import { createIdentifierSource } from "./new-identifiers";
import { openImportInput } from "./open-import-input";
import { openImportTransaction } from "./open-import-transaction";
import { MAX_DETAILED_ISSUES, readLegacyFile } from "./read-legacy-file";
import { createStagingTable, createStagingWriter } from "./stage-rows";
import { createStepLog } from "./step-log";
import type { ImportOptions, ImportReport } from "./types";

// The one path dryRunImport, commitImport and prepareImport take (ADR 007):
// in one transaction on a connection of its own, read and check the file into
// a temporary table, compare it with the register, and report. The caller
// then writes (commitCheckedImport, in the same transaction) or closes.

export type CheckedImport = {
  /** What committing would do (outcome "checked"), or why it will not ("refused", "already-imported"...). */
  report: ImportReport;
  /** Writes everything in the transaction the check ran in, and commits. Nothing to write: returns the report. */
  write: (by: { ranBy: Actor; requestId?: string }) => Promise<ImportReport>;
  /** Rolls back (if not committed) and lets the connection go. Safe to call twice. */
  close: () => Promise<void>;
};

export type CheckLegacyImportSettings = {
  /** Takes the import lock and stages new ids and reference numbers, so `write` can follow. */
  willWrite: boolean;
  /** The dry run's SHA-256: any other file is refused. */
  expectedSha256?: string;
  idleTimeoutMinutes?: number;
};

/** Opens the import's transaction and reads, checks and compares the file. The caller must `close` it. */
export async function checkLegacyImport(options: ImportOptions, settings: CheckLegacyImportSettings): Promise<CheckedImport> {
  const format = getLegacyFormat(options.source);
  const fileName = cleanFileName(options.fileName ?? (options.path ? path.basename(options.path) : ""));
  const { input, totalBytes } = await openImportInput(options);
  const log = options.log;
  const step = createStepLog(log);
  const startedAt = new Date();
  const transaction = await openImportTransaction({ willWrite: settings.willWrite, idleTimeoutMinutes: settings.idleTimeoutMinutes, log }).catch(
    (error: unknown) => {
      input.destroy?.();
      throw error;
    },
  );
  const { client } = transaction;
  transaction.onClose(async () => input.destroy?.());
  const close = transaction.close;
  const done = (report: ImportReport): CheckedImport => ({ report, write: async () => report, close });

  try {
    await createStagingTable(client);
    const staging = createStagingWriter(client, settings.willWrite ? (options.createIdentifiers ?? createIdentifierSource)() : null);
    transaction.onClose(staging.abort);
    const read = await readLegacyFile({
      format,
      input,
      totalBytes,
      now: options.now,
      onRows: (rows) => staging.write(rows),
      onProgress: (p) => options.onProgress?.({ phase: "reading", ...p }),
    });
    await staging.finish();
    step(`Read and checked ${read.rowsRead.toLocaleString("en-GB")} rows`);

    const base = { format, fileName, read };
    if (read.refusal) return done(buildRefusedReport(base, read.refusal));
    if (settings.expectedSha256 && settings.expectedSha256.toLowerCase() !== read.sha256) {
      return done(
        buildRefusedReport(base, {
          code: "changed-since-dry-run",
          message: "This file is not the one that was checked in the dry run (its SHA-256 differs). Run the dry run again.",
        }),
      );
    }

    options.onProgress?.({ phase: "checking", bytesRead: read.sizeBytes, totalBytes, rowsRead: read.rowsRead });
    const earlier = await client.query<{ id: string; committed_at: Date; ran_by_kind: Actor["kind"]; ran_by_id: string | null }>(
      "SELECT id, committed_at, ran_by_kind, ran_by_id FROM import_run WHERE sha256 = $1",
      [read.sha256],
    );
    const checkedAt = new Date();
    const classification = await classifyStagedRows(client, {
      channel: format.channel,
      lockRetractionTargets: settings.willWrite,
      maxIssues: MAX_DETAILED_ISSUES,
      log,
    });
    step("Compared with the register");
    const report = buildImportReport(base, classification, checkedAt);
    const previous = earlier.rows[0];
    if (previous) {
      return done({
        ...report,
        outcome: "already-imported",
        importRun: {
          id: previous.id,
          committedAt: previous.committed_at.toISOString(),
          ranBy: describeActor({ kind: previous.ran_by_kind, id: previous.ran_by_id ?? undefined }),
        },
      });
    }
    if (!hasSomethingToWrite(report.counts)) {
      // A dry run says "checked" with its counts; a commit says there is nothing to do.
      return done(settings.willWrite ? { ...report, outcome: "nothing-to-import" } : report);
    }
    if (!settings.willWrite) return done(report);

    const write = async (by: { ranBy: Actor; requestId?: string }): Promise<ImportReport> => {
      if (!transaction.isOpen()) {
        throw new AppError({ code: "CONFLICT", message: "This import was already committed or closed", userMessage: "Check the file again." });
      }
      try {
        return await commitCheckedImport(transaction, {
          format,
          fileName,
          report,
          newDecisions: countNewDecisions(report.counts),
          startedAt,
          ranBy: by.ranBy,
          requestId: by.requestId,
          step,
          log,
          onProgress: (phase) => options.onProgress?.({ phase, bytesRead: read.sizeBytes, totalBytes, rowsRead: read.rowsRead }),
        });
      } finally {
        await close();
      }
    };
    return { report, write, close };
  } catch (error) {
    await close();
    throw error;
  }
}
