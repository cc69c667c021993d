import { countImportRun } from "../metrics/observe-register";
import { checkLegacyImport } from "./check-legacy-import";
import type { ImportOptions, ImportReport } from "./types";

/**
 * Checks a legacy extract against its contract and the register and reports
 * exactly what committing it would do: rows read, new decisions (accepted,
 * superseded, untraced), duplicates, retractions and every rejected row with
 * its reason. Writes nothing. A file that fails a whole-file check comes back
 * with outcome "refused" and one message.
 */
export async function dryRunImport(options: ImportOptions): Promise<ImportReport> {
  try {
    const checked = await checkLegacyImport(options, { willWrite: false });
    await checked.close();
    countImportRun({ source: checked.report.source, mode: "dry-run", outcome: checked.report.outcome });
    return checked.report;
  } catch (error) {
    countImportRun({ source: options.source, mode: "dry-run", outcome: "failed" });
    throw error;
  }
}
