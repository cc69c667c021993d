import type { Actor } from "../audit/actor";
import { AppError } from "../errors";
import { countImportRun } from "../metrics/observe-register";
import { countNewDecisions } from "./build-import-report";
import { checkLegacyImport } from "./check-legacy-import";
import type { ImportOptions, ImportReport } from "./types";

export type CommitImportOptions = ImportOptions & {
  /** Who ran it: the system (command line) or the supervisor who pressed commit. */
  ranBy: Actor;
  /** The SHA-256 the dry run reported: commit refuses a different file. */
  expectedSha256?: string;
  requestId?: string;
};

/**
 * Checks the file again (the register may have changed since the dry run),
 * then writes it all in one transaction: the import run with its report, a
 * decision per new event with its provenance, withdrawals for entered-in-error
 * rows, every affected person's current state and change-feed entry, and one
 * audit event. The same file again changes nothing (outcome "already-imported").
 */
export async function commitImport(options: CommitImportOptions): Promise<ImportReport> {
  try {
    const report = await commitImportOnce(options);
    countImportRun({ source: report.source, mode: "commit", outcome: report.outcome, newDecisions: countNewDecisions(report.counts) });
    return report;
  } catch (error) {
    countImportRun({ source: options.source, mode: "commit", outcome: "failed" });
    throw error;
  }
}

async function commitImportOnce(options: CommitImportOptions): Promise<ImportReport> {
  const { ranBy, expectedSha256, requestId, ...rest } = options;
  for (let attempt = 1; ; attempt++) {
    try {
      const checked = await checkLegacyImport(rest as ImportOptions, { willWrite: true, expectedSha256 });
      try {
        return await checked.write({ ranBy, requestId });
      } finally {
        await checked.close();
      }
    } catch (error) {
      // Reference numbers are checked free just before the insert; an online
      // decision taking one of them in between is a one-in-a-billion race.
      // Nothing was committed, so a file on disk is simply read again.
      if (!isReferenceClash(error)) throw error;
      if (attempt >= 2 || !options.path) {
        throw new AppError({
          code: "CONFLICT",
          message: "A new decision took a reference number the import had chosen",
          userMessage: "The import clashed with a decision recorded at the same moment. Nothing was imported: try again.",
          cause: error,
        });
      }
    }
  }
}

function isReferenceClash(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string };
  return e?.code === "23505" && e.constraint === "decision_reference_key";
}
