import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import busboy from "busboy";
import { AppError } from "../errors";
import { cleanFileName } from "./clean-file-name";

// A multipart/form-data body read as a stream (route handlers have no body
// limit, unlike server actions): the small text fields are kept, the one file
// part is written to disk as it arrives, hashed with SHA-256 on the way and
// capped. Nothing of the file is ever whole in memory.

export type ReceivedFile = {
  /** The browser's name for it, cleaned (cleanFileName). */
  fileName: string;
  sizeBytes: number;
  sha256: string;
};

export type ReceivedForm = {
  /** The text fields, by name (the last value when one is repeated). */
  fields: Record<string, string>;
  /** Null when the form had no file part, or the browser's empty one for "no file chosen". */
  file: ReceivedFile | null;
};

export type ReceiveMultipartFileOptions = {
  contentType: string | null;
  body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> | null;
  /** The form field that carries the file; any other file part is ignored. */
  fileField: string;
  /** Where the file goes: created new (never overwritten) with mode 0600. */
  destination: string;
  maxBytes: number;
};

/** Why a body was refused, for the caller's own words (AppError's `details.reason`). */
export type MultipartRefusal = "not-a-form" | "too-large" | "cut-short";

/**
 * Reads the form. A body that is not a multipart form (UNSUPPORTED_MEDIA_TYPE),
 * a file over `maxBytes` (TOO_LARGE) or a body cut short in transfer
 * (VALIDATION_FAILED) throws an AppError whose `details.reason` says which,
 * and leaves nothing at `destination`.
 */
export async function receiveMultipartFile(options: ReceiveMultipartFileOptions): Promise<ReceivedForm> {
  const { contentType, body } = options;
  if (!contentType || !/^multipart\/form-data\b/i.test(contentType) || !body) throw refused("not-a-form");
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      // Browsers send file names as UTF-8; busboy's default (latin1) would turn Zoë.csv into ZoÃ«.csv.
      defParamCharset: "utf8",
      // One file and a handful of small fields: anything else is not our form.
      limits: { files: 1, fileSize: options.maxBytes, fields: 10, fieldSize: 1024, parts: 12, headerPairs: 20 },
    });
  } catch (error) {
    throw refused("not-a-form", error);
  }

  const fields: Record<string, string> = {};
  let file: ReceivedFile | null = null;
  let isTooLarge = false;
  let fileDone: Promise<void> | null = null;
  parser.on("field", (name, value) => {
    fields[name] = value;
  });
  parser.on("file", (name, stream, info) => {
    if (name !== options.fileField || fileDone || !info.filename) {
      // Another field, a second file, or the empty part a browser sends when no file was chosen.
      stream.resume();
      return;
    }
    const hash = createHash("sha256");
    let sizeBytes = 0;
    stream.on("limit", () => {
      isTooLarge = true;
    });
    const hasher = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        sizeBytes += chunk.length;
        callback(null, chunk);
      },
    });
    fileDone = pipeline(stream, hasher, createWriteStream(options.destination, { mode: 0o600, flags: "wx" })).then(() => {
      isTooLarge ||= (stream as { truncated?: boolean }).truncated === true;
      file = { fileName: cleanFileName(info.filename), sizeBytes, sha256: hash.digest("hex") };
    });
  });

  const input = isWebStream(body) ? Readable.fromWeb(body as WebReadableStream<Uint8Array>) : Readable.from(body);
  try {
    try {
      await pipeline(input, parser);
      if (fileDone) await fileDone;
    } catch (error) {
      if (fileDone) await (fileDone as Promise<void>).catch(() => undefined);
      const message = String((error as Error)?.message ?? error);
      if (/Unexpected end of form|Malformed|Multipart: Boundary not found/i.test(message)) throw refused("cut-short", error);
      throw error;
    }
    if (isTooLarge) throw refused("too-large");
  } catch (error) {
    await rm(options.destination, { force: true });
    throw error;
  }
  return { fields, file };
}

/** The reason a multipart body was refused, or null when the error is something else. */
export function multipartRefusalOf(error: unknown): MultipartRefusal | null {
  if (!(error instanceof AppError)) return null;
  const reason = error.details?.multipart;
  return reason === "not-a-form" || reason === "too-large" || reason === "cut-short" ? reason : null;
}

function refused(reason: MultipartRefusal, cause?: unknown): AppError {
  const code = reason === "not-a-form" ? "UNSUPPORTED_MEDIA_TYPE" : reason === "too-large" ? "TOO_LARGE" : "VALIDATION_FAILED";
  return new AppError({ code, message: `Multipart upload refused: ${reason}`, details: { multipart: reason }, cause });
}

function isWebStream(body: unknown): body is ReadableStream<Uint8Array> {
  return typeof (body as ReadableStream | null)?.getReader === "function";
}
