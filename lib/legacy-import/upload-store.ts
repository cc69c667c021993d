import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import busboy from "busboy";
import type { Actor } from "../audit/actor";
import { recordAuditEvent } from "../audit/record-audit-event";
import { getDb } from "../db";
import { AppError } from "../errors";
import { hasPermission } from "../staff/roles";
import { commitImport } from "./commit-import";
import { dryRunImport } from "./dry-run-import";
import { formatRejectedRowsCsv } from "./format-rejected-rows-csv";
import { getLegacyFormat, isLegacySource, type LegacySource } from "./formats";
import type { ImportReport } from "./types";

// The back office's way into the legacy importer (issue 6, ADR 007 "Upload
// page"). A supervisor's upload is streamed to a private folder (never whole in
// memory), hashed as it arrives, dry-run at once, and kept with its report until
// the same supervisor commits it or it expires. The commit checks the file
// again through commitImport with the dry run's SHA-256: the importer is what
// makes a second confirm harmless (one import run per SHA-256, under its lock).

/** A million-row CareMyWay file is about 65 MB; the cap leaves room for long names. */
export const UPLOAD_MAX_BYTES = 200 * 1024 * 1024;
/** Uploads are deleted this long after they arrive, file and report (a committed one's file at once). */
export const UPLOAD_TTL_MS = 12 * 60 * 60 * 1000;
const FILE_NAME_MAX = 255;
const UPLOAD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DATA_FILE = "extract";
const META_FILE = "upload.json";

export type Uploader = { staffId: string; role: string };

export type UploadFieldErrors = Partial<Record<"source" | "file", string>>;

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

export type ReceiveUploadResult =
  | { ok: true; upload: StoredUpload }
  | { ok: false; errors: UploadFieldErrors; source?: LegacySource };

export type UploadStoreOptions = {
  /** The folder uploads live in; defaults to .data/legacy-uploads under the working directory. */
  root?: string;
  /** The clock, for expiry; tests move it. */
  now?: () => Date;
};

export const UPLOAD_MESSAGES = {
  sourceMissing: "Select where the file comes from: CareMyWay or CIDR",
  fileMissing: "Select the legacy extract to upload",
  fileEmpty: "The selected file is empty",
  fileTooLarge: `The selected file must be smaller than ${UPLOAD_MAX_BYTES / 1024 / 1024} MB`,
  notAForm: "The upload was not a form with a file. Choose the file and select Upload and check again",
  cutShort: "The upload did not arrive complete. Select Upload and check again",
} as const;

export function defaultUploadRoot(): string {
  return path.join(process.cwd(), ".data", "legacy-uploads");
}

function rootOf(options?: UploadStoreOptions): string {
  return options?.root ?? defaultUploadRoot();
}

function nowOf(options?: UploadStoreOptions): Date {
  return options?.now?.() ?? new Date();
}

/** Supervisors only, checked here as well as by the page (defence in depth). */
function assertMayImport(by: Uploader, what: string): void {
  if (!hasPermission(by.role, "legacy-import:run")) {
    throw new AppError({ code: "FORBIDDEN", message: `Role ${by.role} may not ${what}` });
  }
}

function actorOf(by: Uploader): Actor {
  return { kind: "STAFF", id: by.staffId };
}

async function audit(by: Uploader, action: string, uploadId: string, details: Record<string, unknown>, requestId?: string) {
  await getDb().$transaction(async (tx) => {
    await recordAuditEvent(tx, {
      actor: actorOf(by),
      action,
      entityType: "legacy_import_upload",
      entityId: uploadId,
      details: details as never,
      requestId,
    });
  });
}

/** Only what a browser's file name says, without folders or control characters. */
function cleanFileName(raw: string | undefined): string {
  const base = (raw ?? "").split(/[\\/]/).pop() ?? "";
  return base.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, FILE_NAME_MAX);
}

/**
 * Reads a multipart/form-data body (fields `source` and `file`), streaming the
 * file to a private folder with a size cap and its SHA-256 computed on the
 * way, then dry-runs it and keeps the report. Invalid input changes nothing
 * and comes back as field errors.
 */
export async function receiveUpload(
  request: { contentType: string | null; body: ReadableStream<Uint8Array> | NodeJS.ReadableStream | null },
  by: Uploader,
  options: UploadStoreOptions & { maxBytes?: number; requestId?: string } = {},
): Promise<ReceiveUploadResult> {
  assertMayImport(by, "upload a legacy import");
  const maxBytes = options.maxBytes ?? UPLOAD_MAX_BYTES;
  await sweepExpiredUploads(options).catch((error: unknown) => console.error("Could not delete expired legacy uploads", error));

  if (!request.contentType || !/^multipart\/form-data\b/i.test(request.contentType) || !request.body) {
    return { ok: false, errors: { file: UPLOAD_MESSAGES.notAForm } };
  }
  const id = randomUUID();
  const folder = path.join(/*turbopackIgnore: true*/ rootOf(options), id);
  await mkdir(rootOf(options), { recursive: true, mode: 0o700 });
  await mkdir(folder, { mode: 0o700 });
  const dataPath = path.join(folder, DATA_FILE);

  let received: Awaited<ReturnType<typeof readMultipart>>;
  try {
    received = await readMultipart(request.contentType, request.body, dataPath, maxBytes);
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    if (error instanceof MultipartError) return { ok: false, errors: { file: error.userMessage } };
    throw error;
  }

  const errors: UploadFieldErrors = {};
  const source = isLegacySource(received.source) ? received.source : undefined;
  if (!source) errors.source = UPLOAD_MESSAGES.sourceMissing;
  if (!received.file) errors.file = UPLOAD_MESSAGES.fileMissing;
  else if (received.file.tooLarge) errors.file = UPLOAD_MESSAGES.fileTooLarge;
  else if (received.file.sizeBytes === 0) errors.file = UPLOAD_MESSAGES.fileEmpty;
  if (!source || errors.file || !received.file) {
    await rm(folder, { recursive: true, force: true });
    return { ok: false, errors, source };
  }

  const upload: StoredUpload = {
    id,
    source,
    fileName: received.file.fileName || "unnamed file",
    sizeBytes: received.file.sizeBytes,
    sha256: received.file.sha256,
    uploadedBy: by.staffId,
    uploadedAt: nowOf(options).toISOString(),
    dryRun: null,
    commit: null,
  };
  await writeMeta(folder, upload);
  await audit(by, "import.upload", id, { source, fileName: upload.fileName, sizeBytes: upload.sizeBytes, sha256: upload.sha256 }, options.requestId);

  try {
    const report = await dryRunImport({ source, path: dataPath, fileName: upload.fileName });
    if (report.sha256 !== upload.sha256) {
      throw new Error(`The stored upload's SHA-256 ${report.sha256} differs from the one computed as it arrived ${upload.sha256}`);
    }
    upload.dryRun = report;
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
  await writeMeta(folder, upload);
  // Nothing to commit (refused, already imported, nothing new): the file is not needed.
  if (!canCommit(upload)) await rm(dataPath, { force: true });
  await audit(
    by,
    "import.dry-run",
    id,
    {
      source,
      fileName: upload.fileName,
      sha256: upload.sha256,
      outcome: upload.dryRun.outcome,
      refusal: upload.dryRun.refusal?.code ?? null,
      counts: upload.dryRun.counts,
    },
    options.requestId,
  );
  return { ok: true, upload };
}

/** Whether the dry run found something to write and it has not been confirmed yet. */
export function canCommit(upload: StoredUpload): boolean {
  const report = upload.dryRun;
  if (!report || upload.commit || report.outcome !== "checked") return false;
  const c = report.counts;
  return c.accepted + c.superseded + c.untraced + c.retracted + c.retractions > 0;
}

/** The upload with its reports, to the supervisor who uploaded it only; null otherwise or when expired. */
export async function readUpload(id: string, by: Uploader, options: UploadStoreOptions = {}): Promise<StoredUpload | null> {
  assertMayImport(by, "view a legacy import");
  if (!UPLOAD_ID.test(id)) return null;
  const upload = await readMeta(path.join(/*turbopackIgnore: true*/ rootOf(options), id));
  if (!upload || upload.uploadedBy !== by.staffId) return null;
  if (isExpired(upload, nowOf(options))) return null;
  return upload;
}

/**
 * Commits exactly the file that was dry-run, as the supervisor who uploaded
 * it. A second confirm (double click, back button, two tabs) returns the first
 * one's result; two at once are serialised by the importer's lock, and the
 * second finds the SHA-256 already imported.
 */
export async function commitUpload(
  id: string,
  by: Uploader,
  options: UploadStoreOptions & { requestId?: string } = {},
): Promise<StoredUpload> {
  assertMayImport(by, "commit a legacy import");
  const upload = await readUpload(id, by, options);
  if (!upload) {
    throw new AppError({
      code: "NOT_FOUND",
      message: `No legacy upload ${id} for staff ${by.staffId}`,
      userMessage: "This upload has expired or is not yours. Upload the file again.",
    });
  }
  const folder = path.join(/*turbopackIgnore: true*/ rootOf(options), id);
  if (upload.commit) {
    await audit(by, "import.confirm", id, { sha256: upload.sha256, outcome: upload.commit.outcome, repeated: true }, options.requestId);
    return upload;
  }
  if (!canCommit(upload)) {
    throw new AppError({
      code: "CONFLICT",
      message: `Legacy upload ${id} has nothing to commit (${upload.dryRun?.outcome})`,
      userMessage: "There is nothing to commit from this file.",
    });
  }

  let report: ImportReport;
  try {
    report = await commitImport({
      source: upload.source,
      path: path.join(folder, DATA_FILE),
      fileName: upload.fileName,
      ranBy: actorOf(by),
      expectedSha256: upload.sha256,
      requestId: options.requestId,
    });
  } catch (error) {
    // Another confirm of the same upload committed it and deleted the file meanwhile.
    const now = await readMeta(folder);
    if (now?.commit) return now;
    throw error;
  }

  // A concurrent confirm may have recorded its result first: "committed" is the one to keep.
  const latest = (await readMeta(folder)) ?? upload;
  if (!latest.commit || report.outcome === "committed") latest.commit = report;
  await writeMeta(folder, latest);
  if (latest.commit.outcome !== "refused") await rm(path.join(folder, DATA_FILE), { force: true });
  await audit(
    by,
    "import.confirm",
    id,
    { sha256: upload.sha256, outcome: report.outcome, importRunId: report.importRun?.id ?? null, refusal: report.refusal?.code ?? null },
    options.requestId,
  );
  return latest;
}

/**
 * The import run that committed this SHA-256, if any: the database's word, so
 * a page never says "nothing was imported" when a commit did finish (its
 * result not yet recorded beside the upload, or recorded by another request).
 */
export async function findImportRunFor(sha256: string): Promise<{ id: string; committedAt: Date } | null> {
  return getDb().importRun.findUnique({ where: { sha256 }, select: { id: true, committedAt: true } });
}

/** The dry run's rejected and retracted rows as a spreadsheet-safe CSV, audited. */
export async function rejectedRowsCsv(
  id: string,
  by: Uploader,
  options: UploadStoreOptions & { requestId?: string } = {},
): Promise<{ fileName: string; csv: string } | null> {
  const upload = await readUpload(id, by, options);
  if (!upload?.dryRun || upload.dryRun.outcome === "refused") return null;
  await audit(
    by,
    "import.rejected-rows.download",
    id,
    { sha256: upload.sha256, fileName: upload.fileName, rows: upload.dryRun.issues.length },
    options.requestId,
  );
  return {
    // Made only of our own characters: never the uploaded file's name.
    fileName: `${upload.source}-rejected-rows-${upload.sha256.slice(0, 12)}.csv`,
    csv: formatRejectedRowsCsv(upload.dryRun),
  };
}

/** Deletes uploads older than the time to live, file and report. Returns how many. */
export async function sweepExpiredUploads(options: UploadStoreOptions = {}): Promise<number> {
  const root = rootOf(options);
  const entries = await readdir(/*turbopackIgnore: true*/ root).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [] as string[];
    throw error;
  });
  const now = nowOf(options);
  let deleted = 0;
  for (const entry of entries) {
    if (!UPLOAD_ID.test(entry)) continue;
    const folder = path.join(/*turbopackIgnore: true*/ root, entry);
    const upload = await readMeta(folder);
    // A folder without its report is an upload cut short (or still arriving): judged by its age.
    const startedAt = upload ? new Date(upload.uploadedAt) : (await stat(/*turbopackIgnore: true*/ folder).catch(() => null))?.mtime;
    if (!startedAt || now.getTime() - startedAt.getTime() > UPLOAD_TTL_MS) {
      await rm(folder, { recursive: true, force: true });
      deleted++;
    }
  }
  return deleted;
}

function isExpired(upload: StoredUpload, now: Date): boolean {
  return now.getTime() - new Date(upload.uploadedAt).getTime() > UPLOAD_TTL_MS;
}

async function readMeta(folder: string): Promise<StoredUpload | null> {
  try {
    return JSON.parse(await readFile(path.join(folder, META_FILE), "utf8")) as StoredUpload;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** Written whole then renamed: a reader never sees half a report. */
async function writeMeta(folder: string, upload: StoredUpload): Promise<void> {
  const temporary = path.join(folder, `${META_FILE}.${randomUUID()}.tmp`);
  await writeFile(temporary, JSON.stringify(upload), { mode: 0o600 });
  await rename(temporary, path.join(folder, META_FILE));
}

class MultipartError extends Error {
  constructor(readonly userMessage: string, cause?: unknown) {
    super(userMessage, { cause });
  }
}

type ReceivedFile = { fileName: string; sizeBytes: number; sha256: string; tooLarge: boolean };

async function readMultipart(
  contentType: string,
  body: ReadableStream<Uint8Array> | NodeJS.ReadableStream,
  dataPath: string,
  maxBytes: number,
): Promise<{ source: string | undefined; file: ReceivedFile | null }> {
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      // One file, a handful of small fields: anything else is not our form.
      limits: { files: 1, fileSize: maxBytes, fields: 10, fieldSize: 1024, parts: 12, headerPairs: 20 },
    });
  } catch (error) {
    throw new MultipartError(UPLOAD_MESSAGES.notAForm, error);
  }
  let source: string | undefined;
  let file: ReceivedFile | null = null;
  let fileDone: Promise<void> | null = null;

  parser.on("field", (name, value) => {
    if (name === "source") source = value;
  });
  parser.on("file", (name, stream, info) => {
    const fileName = cleanFileName(info.filename);
    if (name !== "file" || fileDone || !fileName) {
      // Another field, a second file, or the empty part a browser sends when no file was chosen.
      stream.resume();
      return;
    }
    const hash = createHash("sha256");
    let sizeBytes = 0;
    let tooLarge = false;
    stream.on("limit", () => {
      tooLarge = true;
    });
    const hasher = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        sizeBytes += chunk.length;
        callback(null, chunk);
      },
    });
    fileDone = pipeline(stream, hasher, createWriteStream(dataPath, { mode: 0o600, flags: "wx" })).then(() => {
      file = { fileName, sizeBytes, sha256: hash.digest("hex"), tooLarge: tooLarge || (stream as { truncated?: boolean }).truncated === true };
    });
  });

  const input = isWebStream(body) ? Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>) : Readable.from(body as AsyncIterable<Uint8Array>);
  try {
    await pipeline(input, parser);
    if (fileDone) await fileDone;
  } catch (error) {
    if (fileDone) await (fileDone as Promise<void>).catch(() => undefined);
    const message = String((error as Error)?.message ?? error);
    if (/Unexpected end of form|Malformed|Multipart: Boundary not found/i.test(message)) throw new MultipartError(UPLOAD_MESSAGES.cutShort, error);
    throw error;
  }
  return { source, file };
}

function isWebStream(body: unknown): boolean {
  return typeof (body as ReadableStream | null)?.getReader === "function";
}

/** For the pages: the scheme's name staff know it by. */
export function sourceLabel(source: LegacySource): string {
  return getLegacyFormat(source).label;
}
