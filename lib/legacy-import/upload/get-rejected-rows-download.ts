import { formatRejectedRowsCsv } from "../format-rejected-rows-csv";
import { auditUpload } from "./audit-upload";
import { readUpload } from "./read-upload";
import type { Uploader, UploadStoreOptions } from "./upload-settings";

/** The dry run's rejected and retracted rows as a spreadsheet-safe CSV, audited; null when there is no such upload for this supervisor. */
export async function getRejectedRowsDownload(
  id: string,
  by: Uploader,
  options: UploadStoreOptions & { requestId?: string } = {},
): Promise<{ fileName: string; csv: string } | null> {
  const upload = await readUpload(id, by, options);
  if (!upload?.dryRun || upload.dryRun.outcome === "refused") return null;
  await auditUpload({
    by,
    action: "import.rejected-rows.download",
    uploadId: id,
    details: { sha256: upload.sha256, fileName: upload.fileName, rows: upload.dryRun.issues.length },
    requestId: options.requestId,
  });
  return {
    // Made only of our own characters: never the uploaded file's name.
    fileName: `${upload.source}-rejected-rows-${upload.sha256.slice(0, 12)}.csv`,
    csv: formatRejectedRowsCsv(upload.dryRun),
  };
}
