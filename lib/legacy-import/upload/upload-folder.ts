import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { getEnv } from "../../env";
import type { StoredUpload, UploadStoreOptions } from "./upload-settings";

// Where an upload lives: a private folder per upload (0700) holding the file
// (0600) and its report as JSON, written whole then renamed.

const UPLOAD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DATA_FILE = "extract";
const META_FILE = "upload.json";

export type UploadFolder = { id: string; folder: string; dataPath: string };

/**
 * LEGACY_UPLOAD_FOLDER, or .data/legacy-uploads under the working directory.
 * Several instances must name one folder they all mount: an upload is dry-run
 * by the instance that took it and may be committed by any other.
 */
export function defaultUploadRoot(): string {
  return getEnv().LEGACY_UPLOAD_FOLDER ?? path.join(process.cwd(), ".data", "legacy-uploads");
}

export function uploadRoot(options?: UploadStoreOptions): string {
  return options?.root ?? defaultUploadRoot();
}

export function isUploadId(id: string): boolean {
  return UPLOAD_ID.test(id);
}

/** The folder of upload `id` (which the caller has checked with isUploadId). */
export function uploadFolder(id: string, options?: UploadStoreOptions): UploadFolder {
  const folder = path.join(/*turbopackIgnore: true*/ uploadRoot(options), id);
  return { id, folder, dataPath: path.join(folder, DATA_FILE) };
}

/** A new, empty private folder for an upload. */
export async function createUploadFolder(options?: UploadStoreOptions): Promise<UploadFolder> {
  const created = uploadFolder(randomUUID(), options);
  await mkdir(uploadRoot(options), { recursive: true, mode: 0o700 });
  await mkdir(created.folder, { mode: 0o700 });
  return created;
}

export async function removeUploadFolder(upload: UploadFolder): Promise<void> {
  await rm(upload.folder, { recursive: true, force: true });
}

/** The file is no longer needed (committed, or nothing to commit); the report stays. */
export async function removeUploadedFile(upload: UploadFolder): Promise<void> {
  await rm(upload.dataPath, { force: true });
}

export async function readStoredUpload(folder: string): Promise<StoredUpload | null> {
  try {
    return JSON.parse(await readFile(path.join(folder, META_FILE), "utf8")) as StoredUpload;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** Written whole then renamed: a reader never sees half a report. */
export async function writeStoredUpload(folder: string, upload: StoredUpload): Promise<void> {
  const temporary = path.join(folder, `${META_FILE}.${randomUUID()}.tmp`);
  await writeFile(temporary, JSON.stringify(upload), { mode: 0o600 });
  await rename(temporary, path.join(folder, META_FILE));
}
