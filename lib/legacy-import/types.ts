import type { Choice } from "../generated/prisma/enums";
import type { LegacySource } from "./formats";
import type { IdentifierSource } from "./new-identifiers";

/** One row that passed its own checks, ready to be compared with the file and the register. */
export type CheckedRow = {
  /** The row as a spreadsheet numbers it: the header is row 1. */
  rowNumber: number;
  /** A CIDR entered-in-error row is a retraction of an earlier event, not an event. */
  kind: "event" | "retraction";
  /** Null: untraced, for the staff tracing worklist. */
  nhsNumber: string | null;
  givenName: string | null;
  familyName: string | null;
  /** YYYY-MM-DD. */
  dateOfBirth: string | null;
  postcode: string | null;
  gpPracticeOds: string | null;
  choice: Choice;
  /** The legacy clinical code as written (Read v2 or SNOMED CT). */
  sourceCode: string;
  decidedAt: Date;
  sourceReference: string | null;
};

export type RowProblemCode =
  | "wrong-column-count"
  | "empty-row"
  | "nhs-number-check-digit"
  | "nhs-number-not-digits"
  | "nhs-number-wrong-length"
  | "name-missing"
  | "name-too-long"
  | "name-invalid-characters"
  | "date-of-birth-invalid"
  | "date-of-birth-in-future"
  | "date-of-birth-too-early"
  | "postcode-invalid"
  | "practice-code-invalid"
  | "unknown-code"
  | "event-date-invalid"
  | "event-date-skipped-by-clock-change"
  | "event-date-no-time-zone"
  | "event-date-in-future"
  | "event-date-before-birth"
  | "unknown-status"
  | "carriage-return-in-row"
  | "entered-by-invalid"
  | "retracts-nothing";

export type RowProblem = { code: RowProblemCode; message: string };

export type RowCheck = { ok: true; row: CheckedRow } | { ok: false; problem: RowProblem };

/** A row that needs a person's attention: refused, or kept only as a retracted event. */
export type RowIssue = {
  rowNumber: number;
  outcome: "rejected" | "retracted";
  code: RowProblemCode | "retracted-in-error";
  message: string;
  /** The row's fields as read (rejected rows only, for the rejected-rows CSV). */
  fields?: string[];
};

export type FileRefusalCode =
  | "wrong-encoding"
  | "wrong-line-endings"
  | "wrong-header"
  | "empty-file"
  | "missing-trailer"
  | "trailer-not-last"
  | "count-mismatch"
  | "malformed-csv"
  | "changed-since-dry-run"
  | "unreadable";

export type FileRefusal = { code: FileRefusalCode; message: string };

export type ImportCounts = {
  /** Data rows: every row between the header and the trailer. */
  rowsRead: number;
  /** New decisions that take effect (though a later row of the same file may overtake them). */
  accepted: number;
  /** New decisions kept in history that a newer decision already in the register outranks. */
  superseded: number;
  /** New decisions without an NHS number: the staff tracing worklist. */
  untraced: number;
  /** Repeats of an event already imported or already earlier in the file. */
  duplicates: number;
  /** Events withdrawn by an entered-in-error row of this file: kept in history, never counted. */
  retracted: number;
  /** Entered-in-error rows that withdrew an event (of this file or of an earlier import). */
  retractions: number;
  rejected: number;
};

export type ImportOutcome =
  /** A whole-file check failed: nothing read into the register. */
  | "refused"
  /** Dry run: checked, nothing written. */
  | "checked"
  | "committed"
  /** This exact file (same SHA-256) was committed before: nothing changed. */
  | "already-imported"
  /** Every row was a duplicate or rejected: nothing to write. */
  | "nothing-to-import";

export type ImportReport = {
  source: LegacySource;
  fileName: string;
  sha256: string;
  sizeBytes: number;
  outcome: ImportOutcome;
  refusal: FileRefusal | null;
  counts: ImportCounts;
  /** Rejected rows by reason. */
  rejectedByReason: Partial<Record<RowProblemCode, number>>;
  /** Duplicates split by what they repeat. */
  duplicatesOf: { earlierRowOfThisFile: number; earlierImport: number; retractionAlreadyApplied: number };
  /** Retractions that withdrew a decision imported by an earlier run. */
  retractionsOfEarlierImports: number;
  /** Rejected and retracted rows, in file order (details of the first MAX_DETAILED_ISSUES). */
  issues: RowIssue[];
  /** How many issues are counted but not listed, beyond MAX_DETAILED_ISSUES. */
  issuesNotListed: number;
  /** When the file was compared with the register. */
  checkedAt: string;
  /** Set when committed, or when this file was committed before. */
  importRun: { id: string; committedAt: string; ranBy: string } | null;
  /** Committed only: people whose current state changed. */
  peopleChanged: number | null;
};

export type ImportProgress = {
  phase: "reading" | "checking" | "writing" | "updating-people";
  bytesRead: number;
  totalBytes: number | null;
  rowsRead: number;
};

export type ImportFileInput = {
  source: LegacySource;
  /** Shown to staff and kept as provenance; defaults to the path's base name. */
  fileName?: string;
  onProgress?: (progress: ImportProgress) => void;
} & ({ path: string; stream?: never } | { stream: NodeJS.ReadableStream | AsyncIterable<Uint8Array>; path?: never; sizeBytes?: number });

/** What dryRunImport, commitImport and prepareImport read, and how. */
export type ImportOptions = ImportFileInput & {
  /** Step timings, for the command line's --verbose and the benchmark. */
  log?: (message: string) => void;
  /** The clock for "in the future" checks; tests fix it. */
  now?: Date;
  /** Where new ids and reference numbers come from; tests force reference clashes with it. */
  createIdentifiers?: () => IdentifierSource;
};
