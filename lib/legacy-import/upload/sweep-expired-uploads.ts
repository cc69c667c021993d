import { readdir, stat } from "node:fs/promises";
import { isUploadId, readStoredUpload, removeUploadFolder, uploadFolder, uploadRoot } from "./upload-folder";
import { UPLOAD_TTL_MS, type UploadStoreOptions } from "./upload-settings";

export function isUploadExpired(uploadedAt: string | Date, now: Date): boolean {
  return now.getTime() - new Date(uploadedAt).getTime() > UPLOAD_TTL_MS;
}

/** Deletes uploads older than the time to live, file and report. Returns how many. */
export async function sweepExpiredUploads(options: UploadStoreOptions = {}): Promise<number> {
  const entries = await readdir(/*turbopackIgnore: true*/ uploadRoot(options)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [] as string[];
    throw error;
  });
  const now = options.now?.() ?? new Date();
  let deleted = 0;
  for (const entry of entries) {
    if (!isUploadId(entry)) continue;
    const upload = uploadFolder(entry, options);
    const stored = await readStoredUpload(upload.folder);
    // A folder without its report is an upload cut short (or still arriving): judged by its age.
    const startedAt = stored ? stored.uploadedAt : (await stat(/*turbopackIgnore: true*/ upload.folder).catch(() => null))?.mtime;
    if (!startedAt || isUploadExpired(startedAt, now)) {
      await removeUploadFolder(upload);
      deleted++;
    }
  }
  return deleted;
}
