import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { AppError } from "../errors";
import type { ImportFileInput } from "./types";

export type ImportInput = {
  input: AsyncIterable<Uint8Array> & { destroy?: () => void };
  /** For progress; null when a stream does not say. */
  totalBytes: number | null;
};

/** The file as a stream of bytes: read from disk in large chunks, or the caller's stream. */
export async function openImportInput(options: ImportFileInput): Promise<ImportInput> {
  if (options.path) {
    const info = await stat(options.path).catch((error: NodeJS.ErrnoException) => {
      throw new AppError({ code: "NOT_FOUND", message: `Cannot read ${options.path}: ${error.code ?? error.message}`, cause: error });
    });
    if (!info.isFile()) throw new AppError({ code: "VALIDATION_FAILED", message: `${options.path} is not a file` });
    return { input: createReadStream(options.path, { highWaterMark: 256 * 1024 }), totalBytes: info.size };
  }
  const stream = options.stream as ImportInput["input"];
  return { input: stream, totalBytes: "sizeBytes" in options && typeof options.sizeBytes === "number" ? options.sizeBytes : null };
}
