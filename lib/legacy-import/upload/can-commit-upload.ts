import { hasSomethingToWrite } from "../build-import-report";
import type { StoredUpload } from "./upload-settings";

/** Whether the dry run found something to write and it has not been confirmed yet. */
export function canCommitUpload(upload: StoredUpload): boolean {
  const report = upload.dryRun;
  if (!report || upload.commit || report.outcome !== "checked") return false;
  return hasSomethingToWrite(report.counts);
}
