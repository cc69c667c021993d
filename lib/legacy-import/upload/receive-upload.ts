import type { ReceivedFile } from "../../files/receive-multipart-file";
import { dryRunImport } from "../dry-run-import";
import { isLegacySource, type LegacySource } from "../formats";
import { auditUpload } from "./audit-upload";
import { authoriseUploader } from "./authorise-uploader";
import { canCommitUpload } from "./can-commit-upload";
import { removeUploadedFile, removeUploadFolder, type UploadFolder, writeStoredUpload } from "./upload-folder";
import type { StoredUpload, UploadFieldErrors, Uploader, UploadStoreOptions } from "./upload-settings";

export type ReceiveUploadOptions = UploadStoreOptions & {
  by: Uploader;
  /** The folder the route streamed the file into (createUploadFolder). */
  folder: UploadFolder;
  /** The form's `source` field as sent. */
  source: string | undefined;
  /** The file as the route received it; null when none was chosen. */
  file: ReceivedFile | null;
  requestId?: string;
};

export type ReceiveUploadResult =
  | { ok: true; upload: StoredUpload }
  | { ok: false; errors: UploadFieldErrors; source?: LegacySource };

/**
 * Takes a received upload: checks the form's answers, keeps the upload with
 * its details, dry-runs the stored file and keeps the report beside it.
 * Invalid input changes nothing (the folder is removed) and comes back as
 * field errors. A refused, already-imported or nothing-new file is not kept.
 */
export async function receiveUpload(options: ReceiveUploadOptions): Promise<ReceiveUploadResult> {
  const { by, folder, file } = options;
  try {
    authoriseUploader(by, "upload a legacy import");
  } catch (error) {
    await removeUploadFolder(folder);
    throw error;
  }
  const errors: UploadFieldErrors = {};
  const source = isLegacySource(options.source) ? options.source : undefined;
  if (!source) errors.source = "sourceMissing";
  if (!file) errors.file = "fileMissing";
  else if (file.sizeBytes === 0) errors.file = "fileEmpty";
  if (!source || !file || errors.file) {
    await removeUploadFolder(folder);
    return { ok: false, errors, source };
  }

  const upload: StoredUpload = {
    id: folder.id,
    source,
    fileName: file.fileName,
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
    uploadedBy: by.staffId,
    uploadedAt: (options.now?.() ?? new Date()).toISOString(),
    dryRun: null,
    commit: null,
  };
  await writeStoredUpload(folder.folder, upload);
  const { requestId } = options;
  await auditUpload({
    by,
    action: "import.upload",
    uploadId: upload.id,
    details: { source, fileName: upload.fileName, sizeBytes: upload.sizeBytes, sha256: upload.sha256 },
    requestId,
  });

  try {
    const report = await dryRunImport({ source, path: folder.dataPath, fileName: upload.fileName });
    if (report.sha256 !== upload.sha256) {
      throw new Error(`The stored upload's SHA-256 ${report.sha256} differs from the one computed as it arrived ${upload.sha256}`);
    }
    upload.dryRun = report;
  } catch (error) {
    await removeUploadFolder(folder);
    throw error;
  }
  await writeStoredUpload(folder.folder, upload);
  if (!canCommitUpload(upload)) await removeUploadedFile(folder);
  await auditUpload({
    by,
    action: "import.dry-run",
    uploadId: upload.id,
    details: {
      source,
      fileName: upload.fileName,
      sha256: upload.sha256,
      outcome: upload.dryRun.outcome,
      refusal: upload.dryRun.refusal?.code ?? null,
      counts: upload.dryRun.counts,
    },
    requestId,
  });
  return { ok: true, upload };
}
