import { runLegacyImport, type RunImportOptions } from "./run-legacy-import";
import type { ImportReport } from "./types";

/**
 * Checks a legacy extract against its contract and the register and reports
 * exactly what committing it would do: rows read, new decisions (accepted,
 * superseded, untraced), duplicates, retractions and every rejected row with
 * its reason. Writes nothing. A file that fails a whole-file check comes back
 * with outcome "refused" and one message.
 */
export async function dryRunImport(options: RunImportOptions): Promise<ImportReport> {
  return runLegacyImport(options, { kind: "dry-run" });
}
