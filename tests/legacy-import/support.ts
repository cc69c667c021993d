import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll } from "vitest";
import { CAREMYWAY_FORMAT, CIDR_FORMAT } from "@/lib/legacy-import/formats";

// Small legacy files made in the test, with unique 999-range NHS numbers.

export type CareMyWayRow = {
  nhs?: string;
  surname?: string;
  forenames?: string;
  dob?: string;
  postcode?: string;
  practice?: string;
  code?: string;
  event?: string;
  enteredBy?: string;
};

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function careMyWayLine(row: CareMyWayRow): string {
  return [
    row.nhs ?? "",
    row.surname ?? "Testperson",
    row.forenames ?? "Ada",
    row.dob ?? "17/05/1970",
    row.postcode ?? "N1 1AA",
    row.practice ?? "F83001",
    row.code ?? "93C1.",
    row.event ?? "15/06/2019 10:30",
    row.enteredBy ?? "JSMITH",
  ]
    .map(csvField)
    .join(",");
}

/** A CareMyWay extract: Windows-1252, CRLF, header, rows, TOTAL_ROWS trailer (all overridable). */
export function careMyWayFile(
  rows: readonly (CareMyWayRow | string)[],
  options: { trailer?: number | null; encoding?: "windows-1252" | "utf-8"; eol?: string; header?: string } = {},
): Buffer {
  const eol = options.eol ?? "\r\n";
  const lines = [options.header ?? CAREMYWAY_FORMAT.columns.join(","), ...rows.map((r) => (typeof r === "string" ? r : careMyWayLine(r)))];
  const trailer = options.trailer === undefined ? rows.length : options.trailer;
  if (trailer !== null) lines.push(`TOTAL_ROWS=${trailer}`);
  const text = lines.join(eol) + eol;
  return options.encoding === "utf-8" ? Buffer.from(text, "utf8") : iconv.encode(text, "windows-1252");
}

export type CidrRow = {
  nhs?: string;
  given?: string;
  family?: string;
  birth?: string;
  postcode?: string;
  ods?: string;
  snomed?: string;
  recordedAt?: string;
  status?: string;
};

export function cidrLine(row: CidrRow): string {
  return [
    row.nhs ?? "",
    row.given ?? "Ada",
    row.family ?? "Testperson",
    row.birth ?? "1970-05-17",
    row.postcode ?? "NW1 2DB",
    row.ods ?? "F83002",
    row.snomed ?? "416409005",
    row.recordedAt ?? "2019-06-15T10:30:00Z",
    row.status ?? "active",
  ].join("|");
}

/** A CIDR extract: UTF-8, LF, header, rows, no trailer. */
export function cidrFile(rows: readonly (CidrRow | string)[], options: { bom?: boolean; eol?: string; header?: string } = {}): Buffer {
  const eol = options.eol ?? "\n";
  const lines = [options.header ?? CIDR_FORMAT.columns.join("|"), ...rows.map((r) => (typeof r === "string" ? r : cidrLine(r)))];
  const text = lines.join(eol) + eol;
  return Buffer.concat([options.bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, "utf8")]);
}

const folder = mkdtempSync(path.join(tmpdir(), "legacy-import-test-"));
let fileCount = 0;

/** Writes the bytes to a temporary file and returns its path. */
export function writeTempFile(bytes: Buffer, name = "extract.csv"): string {
  const directory = path.join(folder, String(++fileCount));
  mkdirSync(directory);
  const file = path.join(directory, name);
  writeFileSync(file, bytes);
  return file;
}


export { expectConsistent } from "../support/register-assertions";

/**
 * Uploads go under the working directory's .data/legacy-uploads: this moves
 * the file's tests into a folder of their own, so another test file's uploads
 * never count as theirs. Call at the top level.
 */
export function workInOwnFolderForFile(): void {
  const workingDirectory = process.cwd();
  beforeAll(() => process.chdir(mkdtempSync(path.join(tmpdir(), "legacy-upload-cwd-"))));
  afterAll(() => process.chdir(workingDirectory));
}
