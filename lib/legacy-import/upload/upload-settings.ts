import type { MultipartRefusal } from "../../files/receive-multipart-file";
import type { LegacySource } from "../formats";
import type { ImportReport } from "../types";

// The staff upload page's server side (ADR 007 "Upload page"): its limits,
// messages and the shape of an upload kept on disk.

/** A million-row CareMyWay file is about 65 MB; the cap leaves room for long names. */
export const UPLOAD_MAX_BYTES = 200 * 1024 * 1024;
/** Uploads are deleted this long after they arrive, file and report (a committed one's file at once). */
export const UPLOAD_TTL_MS = 12 * 60 * 60 * 1000;
/** The form's file field. */
export const UPLOAD_FILE_FIELD = "file";

export const UPLOAD_MESSAGES = {
  sourceMissing: "Select where the file comes from: CareMyWay or CIDR",
  fileMissing: "Select the legacy extract to upload",
  fileEmpty: "The selected file is empty",
  fileTooLarge: `The selected file must be smaller than ${UPLOAD_MAX_BYTES / 1024 / 1024} MB`,
  notAForm: "The upload was not a form with a file. Choose the file and select Upload and check again",
  cutShort: "The upload did not arrive complete. Select Upload and check again",
} as const;

export type UploadMessageKey = keyof typeof UPLOAD_MESSAGES;

/** The message for a multipart body refused before any field could be read. */
export const MULTIPART_REFUSAL_MESSAGE: Record<MultipartRefusal, UploadMessageKey> = {
  "not-a-form": "notAForm",
  "too-large": "fileTooLarge",
  "cut-short": "cutShort",
};

export type Uploader = { staffId: string; role: string };

/** Field errors, by the key of their message: the form shows UPLOAD_MESSAGES[key]. */
export type UploadFieldErrors = Partial<Record<"source" | "file", UploadMessageKey>>;

export type StoredUpload = {
  id: string;
  source: LegacySource;
  fileName: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
  /** The dry run's report; null only while it runs. */
  dryRun: ImportReport | null;
  /** The confirm's result: committed, or why nothing was written (already imported...). */
  commit: ImportReport | null;
};

export type UploadStoreOptions = {
  /** The folder uploads live in; defaults to .data/legacy-uploads under the working directory. */
  root?: string;
  /** The clock, for expiry; tests move it. */
  now?: () => Date;
};
