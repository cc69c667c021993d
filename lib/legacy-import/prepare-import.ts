import type { Actor } from "../audit/actor";
import { checkLegacyImport } from "./check-legacy-import";
import type { ImportOptions, ImportReport } from "./types";

export type PreparedImport = {
  /** The dry-run report: what `commit` will write (outcome "checked"), or why it will not. */
  report: ImportReport;
  /** Writes what was checked, in the same transaction, and commits. Nothing to write: returns the report. */
  commit: (by: { ranBy: Actor; requestId?: string }) => Promise<ImportReport>;
  /** Writes nothing and lets the connection go. */
  discard: () => Promise<void>;
};

export type PrepareImportOptions = ImportOptions & {
  /** The SHA-256 a supervisor approved: any other file is refused. */
  expectedSha256?: string;
  /** Rolled back by the database if left waiting longer than this (default 10 minutes). */
  idleTimeoutMinutes?: number;
};

/**
 * A dry run that keeps its transaction (and the one-commit-at-a-time import
 * lock) open, so the rows it checked can be committed without reading the
 * file again: for the command line, where a person reads the report and the
 * commit follows at once. A web page cannot hold a transaction between
 * requests: it calls dryRunImport, then commitImport. Always `commit` or
 * `discard` it.
 */
export async function prepareImport(options: PrepareImportOptions): Promise<PreparedImport> {
  const { expectedSha256, idleTimeoutMinutes = 10, ...rest } = options;
  const checked = await checkLegacyImport(rest, { willWrite: true, expectedSha256, idleTimeoutMinutes });
  return {
    report: checked.report,
    commit: async (by) => {
      try {
        return await checked.write(by);
      } finally {
        await checked.close();
      }
    },
    discard: checked.close,
  };
}
