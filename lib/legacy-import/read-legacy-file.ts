import { isAscii } from "node:buffer";
import { createHash } from "node:crypto";
import { parse, type Parser } from "csv-parse";
import iconv from "iconv-lite";
import { AppError } from "../errors";
import { checkCareMyWayRow, type RowContext } from "./check-caremyway-row";
import { checkCidrRow } from "./check-cidr-row";
import type { LegacyFormat } from "./formats";
import type { CheckedRow, FileRefusal, RowCheck, RowIssue, RowProblemCode } from "./types";

// Reads a legacy extract once, as a stream: hashes its bytes, checks it whole
// (encoding, line endings, header, trailer and control total) and checks each
// row, handing the good rows on in batches. Memory stays flat: only a batch and
// the list of problem rows are held.

/** Rows handed on at a time. */
export const ROW_BATCH_SIZE = 5_000;
/** Problem rows listed in full; beyond this they are counted only. */
export const MAX_DETAILED_ISSUES = 100_000;
const MAX_FIELD_LENGTH_KEPT = 200;
const TRAILER = /^TOTAL_ROWS=(\d+)$/;
const MAX_HEADER_BYTES = 4096;
// Bytes Windows-1252 leaves undefined: a file holding them is not Windows-1252.
const UNDEFINED_IN_WINDOWS_1252 = [0x81, 0x8d, 0x8f, 0x90, 0x9d] as const;

export type ReadLegacyFileOptions = {
  format: LegacyFormat;
  input: AsyncIterable<Uint8Array>;
  totalBytes: number | null;
  /** Good rows, in file order. The next batch waits until this settles. */
  onRows: (rows: CheckedRow[]) => Promise<void>;
  onProgress?: (progress: { bytesRead: number; totalBytes: number | null; rowsRead: number }) => void;
  /** The clock, for "in the future" checks (tests pass a fixed one). */
  now?: Date;
};

export type ReadLegacyFileResult = {
  sha256: string;
  sizeBytes: number;
  refusal: FileRefusal | null;
  rowsRead: number;
  rowsChecked: number;
  rejected: number;
  rejectedByReason: Partial<Record<RowProblemCode, number>>;
  /** Rejected rows (the first MAX_DETAILED_ISSUES), in file order. */
  issues: RowIssue[];
  issuesNotListed: number;
  /** The fields of retraction rows, for reporting those the register finds nothing for. */
  retractionFields: Map<number, string[]>;
};

/** A whole-file refusal travels as an AppError carrying the refusal, until the reader turns it into the result. */
function fileRefused(refusal: FileRefusal): AppError {
  return new AppError({ code: "VALIDATION_FAILED", message: refusal.message, userMessage: refusal.message, details: { fileRefusal: refusal } });
}

function fileRefusalOf(error: unknown): FileRefusal | null {
  return error instanceof AppError ? ((error.details?.fileRefusal as FileRefusal | undefined) ?? null) : null;
}

export async function readLegacyFile(options: ReadLegacyFileOptions): Promise<ReadLegacyFileResult> {
  const { format } = options;
  const now = options.now ?? new Date();
  const context: RowContext = { rowNumber: 0, now: now.getTime(), today: now.toISOString().slice(0, 10) };
  const checkRow: (fields: readonly string[], context: RowContext) => RowCheck =
    format.source === "caremyway" ? checkCareMyWayRow : checkCidrRow;

  const hash = createHash("sha256");
  let sizeBytes = 0;
  const result: ReadLegacyFileResult = {
    sha256: "",
    sizeBytes: 0,
    refusal: null,
    rowsRead: 0,
    rowsChecked: 0,
    rejected: 0,
    rejectedByReason: {},
    issues: [],
    issuesNotListed: 0,
    retractionFields: new Map(),
  };

  // Encoding and line-ending checks, on the raw bytes.
  const head: number[] = [];
  let firstLineEnding: "CRLF" | "LF" | null = null;
  let isStillUtf8 = true;
  let hasNonAscii = false;
  // Validates UTF-8 (CIDR), or tells whether a "Windows-1252" file is really UTF-8 (CareMyWay).
  const utf8Probe = new TextDecoder("utf-8", { fatal: true });
  const isCp1252 = format.encoding === "windows-1252";

  const refuse = (code: FileRefusal["code"], message: string): never => {
    throw fileRefused({ code, message });
  };

  const expectedHeader = format.columns.join(format.delimiter);
  const checkHeader = (found: string) => {
    if (found === expectedHeader) return;
    const other = format.source === "caremyway" ? "CIDR" : "CareMyWay";
    const looksLikeOther = format.source === "caremyway" ? found.startsWith("nhs_no|") : found.startsWith("NHS_NUMBER,");
    refuse(
      "wrong-header",
      `The first line is not the ${format.label} header.${looksLikeOther ? ` It looks like a ${other} extract: choose that source.` : ""}\nExpected: ${expectedHeader}\nFound:    ${found.slice(0, 300)}`,
    );
  };

  // The first line, as bytes, to name a wrong header before anything else
  // (a CIDR file offered as CareMyWay fails every other check too).
  const firstLine: Buffer[] = [];
  let firstLineLength = 0;
  const checkFirstLine = (chunk: Buffer) => {
    const lf = chunk.indexOf(0x0a);
    const part = lf >= 0 ? chunk.subarray(0, lf + 1) : chunk;
    if (firstLineLength < MAX_HEADER_BYTES) firstLine.push(part.subarray(0, MAX_HEADER_BYTES - firstLineLength));
    firstLineLength += part.length;
    if (lf < 0) return;
    const bytes = Buffer.concat(firstLine);
    const text = bytes.subarray(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0).toString("latin1");
    firstLineEnding = text.endsWith("\r\n") ? "CRLF" : "LF";
    checkHeader(text.replace(/\r?\n$/, ""));
    if (firstLineEnding !== format.lineEnding) {
      refuse(
        "wrong-line-endings",
        `${format.label} files have ${format.lineEnding === "CRLF" ? "Windows (CRLF)" : "Unix (LF)"} line endings; this one has ${firstLineEnding}. It may have been converted in transfer: ask for the original extract.`,
      );
    }
  };

  const checkBytes = (chunk: Buffer) => {
    for (let i = 0; head.length < 4 && i < chunk.length; i++) head.push(chunk[i]!);
    if (chunk.indexOf(0x00) >= 0 || (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
      refuse("wrong-encoding", `This file is UTF-16 or not text (it has NUL bytes): ${format.label} extracts are ${format.encoding === "utf-8" ? "UTF-8" : "Windows-1252"}.`);
    }
    if (firstLineEnding === null) checkFirstLine(chunk);
    if (isCp1252) {
      if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
        refuse("wrong-encoding", "This file starts with a UTF-8 byte-order mark: CareMyWay extracts are Windows-1252. Ask for the extract in its original encoding.");
      }
      for (const byte of UNDEFINED_IN_WINDOWS_1252) {
        if (chunk.indexOf(byte) >= 0) {
          refuse("wrong-encoding", `This file contains the byte 0x${byte.toString(16).toUpperCase()}, which Windows-1252 does not use: it is in another encoding.`);
        }
      }
      if (!isAscii(chunk)) hasNonAscii = true;
    }
    probeUtf8(chunk);
  };

  const probeUtf8 = (chunk?: Buffer) => {
    if (!isStillUtf8) return;
    try {
      if (chunk) utf8Probe.decode(chunk, { stream: true });
      else utf8Probe.decode();
    } catch {
      isStillUtf8 = false;
      if (!isCp1252) {
        refuse(
          "wrong-encoding",
          chunk
            ? `This file is not valid UTF-8 (near byte ${sizeBytes.toLocaleString("en-GB")}): CIDR extracts are UTF-8.`
            : "This file ends part-way through a UTF-8 character: it is cut short or not UTF-8.",
        );
      }
    }
  };

  // The parser reads the raw bytes (both encodings keep , | " CR and LF as
  // single ASCII bytes): CIDR as UTF-8; CareMyWay byte for byte as Latin-1,
  // then iconv-lite decodes the few values with bytes above 0x7F as
  // Windows-1252 (which differs from Latin-1 in 0x80-0x9F: ’ is 0x92, € 0x80).
  const HIGH_BYTE = /[\u0080-\u00ff]/;
  const toWindows1252 = (fields: string[]) => {
    for (let i = 0; i < fields.length; i++) {
      if (HIGH_BYTE.test(fields[i]!)) fields[i] = iconv.decode(Buffer.from(fields[i]!, "latin1"), "windows-1252");
    }
    return fields;
  };

  // Records, in order. The last non-empty record is held back: for CareMyWay it
  // may be the trailer. Empty records are held too, so blank lines at the very
  // end are not rows.
  let recordNumber = 0;
  let held: { fields: string[]; rowNumber: number } | null = null;
  const heldEmpty: number[] = [];
  let batch: CheckedRow[] = [];
  const readyBatches: CheckedRow[][] = [];

  const addIssue = (issue: RowIssue) => {
    if (result.issues.length < MAX_DETAILED_ISSUES) result.issues.push(issue);
    else result.issuesNotListed++;
  };

  const reject = (rowNumber: number, code: RowProblemCode, message: string, fields: readonly string[]) => {
    result.rejected++;
    result.rejectedByReason[code] = (result.rejectedByReason[code] ?? 0) + 1;
    addIssue({ rowNumber, outcome: "rejected", code, message, fields: fields.map((f) => f.slice(0, MAX_FIELD_LENGTH_KEPT)) });
  };

  const processDataRow = (fields: string[], rowNumber: number) => {
    result.rowsRead++;
    if (format.hasTrailer && fields.length === 1 && TRAILER.test(fields[0]!.trim())) {
      refuse("trailer-not-last", `Row ${rowNumber} is a control total (${fields[0]!.trim()}) but is not the last line: two files joined together?`);
    }
    context.rowNumber = rowNumber;
    const checked = checkRow(fields, context);
    if (!checked.ok) {
      reject(rowNumber, checked.problem.code, checked.problem.message, fields);
      return;
    }
    if (checked.row.kind === "retraction" && result.retractionFields.size < MAX_DETAILED_ISSUES) {
      result.retractionFields.set(rowNumber, fields.map((f) => f.slice(0, MAX_FIELD_LENGTH_KEPT)));
    }
    result.rowsChecked++;
    batch.push(checked.row);
    if (batch.length >= ROW_BATCH_SIZE) {
      readyBatches.push(batch);
      batch = [];
    }
  };

  const onRecord = (fields: string[]) => {
    recordNumber++;
    if (recordNumber === 1) {
      checkHeader(fields.join(format.delimiter));
      return;
    }
    if (fields.length === 1 && fields[0] === "") {
      heldEmpty.push(recordNumber);
      return;
    }
    if (held) processDataRow(held.fields, held.rowNumber);
    for (const rowNumber of heldEmpty) processDataRow([""], rowNumber);
    heldEmpty.length = 0;
    held = { fields, rowNumber: recordNumber };
  };

  const parser: Parser = parse({
    delimiter: format.delimiter,
    record_delimiter: format.lineEnding === "CRLF" ? "\r\n" : "\n",
    // CIDR has no quoting at all; CareMyWay quotes as RFC 4180. A stray quote
    // inside an unquoted CareMyWay field is kept as a character: if quoting goes
    // wrong enough to merge rows, the control total no longer matches and the
    // whole file is refused, so no row is ever lost silently.
    quote: format.delimiter === "," ? '"' : false,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
    encoding: isCp1252 ? "latin1" : "utf8",
    // A UTF-8 byte-order mark is allowed at the start of CIDR (a CareMyWay file with one is refused above).
    bom: !isCp1252,
  });
  let parserError: Error | null = null;
  parser.on("error", (error) => {
    parserError = error;
  });
  const drainParser = () => {
    let record: string[] | null;
    while ((record = parser.read() as string[] | null) !== null) onRecord(isCp1252 ? toWindows1252(record) : record);
    if (parserError) refuseMalformed(parserError);
  };
  const refuseMalformed = (error: Error & { code?: string; lines?: number }): never =>
    refuse(
      "malformed-csv",
      error.code === "CSV_QUOTE_NOT_CLOSED"
        ? `A quoted value opened near line ${error.lines ?? "?"} is never closed: the file is cut short or malformed.`
        : `The file is not valid CSV: ${error.message}`,
    );

  const flushBatches = async () => {
    while (readyBatches.length) await options.onRows(readyBatches.shift()!);
  };

  const iterator = options.input[Symbol.asyncIterator]();
  /** The next chunk, hashed and counted; null at the end. */
  const nextChunk = async (): Promise<Buffer | null> => {
    const next = await iterator.next();
    if (next.done) return null;
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    hash.update(chunk);
    sizeBytes += chunk.length;
    return chunk;
  };
  try {
    for (;;) {
      const chunk = await nextChunk();
      if (!chunk) break;
      checkBytes(chunk);
      parser.write(chunk);
      drainParser();
      await flushBatches();
      options.onProgress?.({ bytesRead: sizeBytes, totalBytes: options.totalBytes, rowsRead: result.rowsRead });
    }
    probeUtf8();
    parser.end();
    try {
      for await (const record of parser) onRecord(isCp1252 ? toWindows1252(record as string[]) : (record as string[]));
    } catch (error) {
      if (fileRefusalOf(error)) throw error;
      refuseMalformed(error as Error);
    }

    if (sizeBytes === 0 || recordNumber === 0) refuse("empty-file", "The file is empty.");
    if (isCp1252 && hasNonAscii && isStillUtf8) {
      refuse(
        "wrong-encoding",
        "This file is UTF-8, not Windows-1252: its accented letters would be misread (Zoë as ZoÃ«). Ask for the extract in Windows-1252, as CareMyWay exports it.",
      );
    }
    // Blank lines at the very end are not rows.
    heldEmpty.length = 0;
    const last = held as { fields: string[]; rowNumber: number } | null;
    if (format.hasTrailer) {
      const trailer = last && last.fields.length === 1 ? TRAILER.exec(last.fields[0]!.trim()) : null;
      if (!trailer) {
        refuse("missing-trailer", "The file has no control total (TOTAL_ROWS=n) on its last line: it was probably cut short in transfer.");
      } else if (Number(trailer[1]) !== result.rowsRead) {
        refuse(
          "count-mismatch",
          `The control total says ${Number(trailer[1]).toLocaleString("en-GB")} rows but the file has ${result.rowsRead.toLocaleString("en-GB")}: it was cut short or changed in transfer.`,
        );
      }
    } else if (last) {
      processDataRow(last.fields, last.rowNumber);
    }
    if (batch.length) readyBatches.push(batch);
    batch = [];
    await flushBatches();
    options.onProgress?.({ bytesRead: sizeBytes, totalBytes: options.totalBytes, rowsRead: result.rowsRead });
  } catch (error) {
    const refusal = fileRefusalOf(error);
    if (!refusal) throw error;
    result.refusal = refusal;
    // Keep hashing to the end, so the report names the file that was refused.
    while (await nextChunk());
  } finally {
    parser.destroy();
  }

  result.sha256 = hash.digest("hex");
  result.sizeBytes = sizeBytes;
  return result;
}
