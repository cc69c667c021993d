import type { Actor } from "../audit/actor";
import { runLegacyImport, type RunImportOptions } from "./run-legacy-import";
import type { ImportReport } from "./types";

export type CommitImportOptions = RunImportOptions & {
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
  const { ranBy, expectedSha256, requestId, ...rest } = options;
  return runLegacyImport(rest as RunImportOptions, { kind: "commit", ranBy, expectedSha256, requestId });
}
