import { AppError } from "../../errors";
import { commitImport } from "../commit-import";
import type { ImportReport } from "../types";
import { auditUpload } from "./audit-upload";
import { authoriseUploader } from "./authorise-uploader";
import { canCommitUpload } from "./can-commit-upload";
import { readUpload } from "./read-upload";
import { readStoredUpload, removeUploadedFile, uploadFolder, writeStoredUpload } from "./upload-folder";
import type { StoredUpload, Uploader, UploadStoreOptions } from "./upload-settings";

/**
 * Commits exactly the file that was dry-run, as the supervisor who uploaded
 * it. A second confirm (double click, back button, two tabs) returns the first
 * one's result; two at once are serialised by the importer's lock, and the
 * second finds the SHA-256 already imported.
 */
export async function commitUpload(id: string, by: Uploader, options: UploadStoreOptions & { requestId?: string } = {}): Promise<StoredUpload> {
  const ranBy = authoriseUploader(by, "commit a legacy import");
  const { requestId } = options;
  const upload = await readUpload(id, by, options);
  if (!upload) {
    throw new AppError({
      code: "NOT_FOUND",
      message: `No legacy upload ${id} for staff ${by.staffId}`,
      userMessage: "This upload has expired or is not yours. Upload the file again.",
    });
  }
  const folder = uploadFolder(id, options);
  if (upload.commit) {
    await auditUpload({ by, action: "import.confirm", uploadId: id, details: { sha256: upload.sha256, outcome: upload.commit.outcome, repeated: true }, requestId });
    return upload;
  }
  if (!canCommitUpload(upload)) {
    throw new AppError({
      code: "CONFLICT",
      message: `Legacy upload ${id} has nothing to commit (${upload.dryRun?.outcome})`,
      userMessage: "There is nothing to commit from this file.",
    });
  }

  let report: ImportReport;
  try {
    report = await commitImport({ source: upload.source, path: folder.dataPath, fileName: upload.fileName, ranBy, expectedSha256: upload.sha256, requestId });
  } catch (error) {
    // Another confirm of the same upload committed it and deleted the file meanwhile.
    const now = await readStoredUpload(folder.folder);
    if (now?.commit) return now;
    throw error;
  }

  // A concurrent confirm may have recorded its result first: "committed" is the one to keep.
  const latest = (await readStoredUpload(folder.folder)) ?? upload;
  if (!latest.commit || report.outcome === "committed") latest.commit = report;
  await writeStoredUpload(folder.folder, latest);
  if (latest.commit.outcome !== "refused") await removeUploadedFile(folder);
  await auditUpload({
    by,
    action: "import.confirm",
    uploadId: id,
    details: { sha256: upload.sha256, outcome: report.outcome, importRunId: report.importRun?.id ?? null, refusal: report.refusal?.code ?? null },
    requestId,
  });
  return latest;
}
