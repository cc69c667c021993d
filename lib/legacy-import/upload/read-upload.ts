import { authoriseUploader } from "./authorise-uploader";
import { isUploadId, readStoredUpload, uploadFolder } from "./upload-folder";
import { isUploadExpired } from "./sweep-expired-uploads";
import type { StoredUpload, Uploader, UploadStoreOptions } from "./upload-settings";

/** The upload with its reports, to the supervisor who uploaded it only; null otherwise or when expired. */
export async function readUpload(id: string, by: Uploader, options: UploadStoreOptions = {}): Promise<StoredUpload | null> {
  authoriseUploader(by, "view a legacy import");
  if (!isUploadId(id)) return null;
  const upload = await readStoredUpload(uploadFolder(id, options).folder);
  if (!upload || upload.uploadedBy !== by.staffId) return null;
  if (isUploadExpired(upload.uploadedAt, options.now?.() ?? new Date())) return null;
  return upload;
}
