import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import type { Actor } from "../audit/actor";
import { refreshPeopleInBulk } from "../consent/refresh-people-in-bulk";
import { getEnv } from "../env";
import { AppError } from "../errors";
import { classifyStagedRows, NEW_DECISION_OUTCOMES, type Classification } from "./classify-staged-rows";
import { getLegacyFormat, type LegacyFormat } from "./formats";
import { createIdentifierSource, type IdentifierSource } from "./new-identifiers";
import { MAX_DETAILED_ISSUES, readLegacyFile, type ReadLegacyFileResult } from "./read-legacy-file";
import { createStagingTable, createStagingWriter, STAGING_TABLE, type StagingWriter } from "./stage-rows";
import type { FileRefusal, ImportFileInput, ImportReport, RowIssue } from "./types";

// The one path both dryRunImport and commitImport take. Everything happens in
// one transaction on a connection of its own: read and check the file into a
// temporary table, compare it with the register, then either roll back (dry
// run, or nothing to do) or write it all and commit. See ADR 007.

export type ImportMode =
  | { kind: "dry-run" }
  | { kind: "commit"; ranBy: Actor; expectedSha256?: string; requestId?: string };

export type RunImportOptions = ImportFileInput & {
  /** Step timings, for the command line's --verbose and the benchmark. */
  log?: (message: string) => void;
  /** The clock for "in the future" checks; tests fix it. */
  now?: Date;
  /** Where new ids and reference numbers come from; tests force reference clashes with it. */
  createIdentifiers?: () => IdentifierSource;
};

// One legacy import commits at a time (a second waits); dry runs take no lock.
const IMPORT_LOCK_KEY_SQL = "hashtextextended('consent-register:legacy-import', 0)";
const FILE_NAME_MAX = 255;

/**
 * The file name is provenance only, so a name PostgreSQL cannot store is made
 * storable rather than refused: control characters (NUL among them) are
 * dropped, a broken (unpaired surrogate) character becomes U+FFFD, and the
 * name is cut to 255 characters without splitting one.
 */
export function cleanFileName(raw: string): string {
  const cleaned = raw.replace(/[\u0000-\u001f\u007f-\u009f]/g, "").replace(/\p{Cs}/gu, "\uFFFD").trim();
  return Array.from(cleaned).slice(0, FILE_NAME_MAX).join("").trim() || "unnamed file";
}

export async function runLegacyImport(options: RunImportOptions, mode: ImportMode): Promise<ImportReport> {
  const checked = await checkLegacyImport(options, {
    willWrite: mode.kind === "commit",
    expectedSha256: mode.kind === "commit" ? mode.expectedSha256 : undefined,
  });
  try {
    if (mode.kind === "dry-run") return checked.report;
    return await checked.write({ ranBy: mode.ranBy, requestId: mode.requestId });
  } finally {
    await checked.close();
  }
}

export type CheckedImport = {
  /** What committing would do (outcome "checked"), or why it will not ("refused", "already-imported"...). */
  report: ImportReport;
  /** Writes everything in the transaction the check ran in, and commits. */
  write: (by: { ranBy: Actor; requestId?: string }) => Promise<ImportReport>;
  /** Rolls back (if not committed) and lets the connection go. Safe to call twice. */
  close: () => Promise<void>;
};

/**
 * Opens the import's transaction and reads, checks and compares the file.
 * With `willWrite`, it first takes the import lock (one commit at a time) and
 * stages new ids and reference numbers, so `write` can follow in the same
 * transaction; the caller must `close` it either way.
 */
export async function checkLegacyImport(
  options: RunImportOptions,
  settings: { willWrite: boolean; expectedSha256?: string; idleTimeoutMinutes?: number },
): Promise<CheckedImport> {
  const format = getLegacyFormat(options.source);
  const fileName = cleanFileName(options.fileName ?? (options.path ? path.basename(options.path) : ""));
  const { input, totalBytes } = await openInput(options);
  const log = options.log ?? (() => undefined);
  const startedAt = new Date();
  let lap = Date.now();
  const step = (message: string) => {
    const now = Date.now();
    log(`${message} (${((now - lap) / 1000).toFixed(1)} s)`);
    lap = now;
  };

  const url = getEnv().DATABASE_URL;
  if (!url) throw new AppError({ code: "CONFIGURATION", message: "DATABASE_URL is not set: the importer needs the register's database" });
  const client = new pg.Client({ connectionString: url, application_name: "legacy-import" });
  await client.connect();
  let isOpen = false;
  let isClosed = false;
  let staging: StagingWriter | null = null;
  const close = async () => {
    if (isClosed) return;
    isClosed = true;
    // A COPY still running (the file failed part-way) must end before the connection can roll back.
    await staging?.abort();
    if (isOpen) await client.query("ROLLBACK").catch(() => undefined);
    isOpen = false;
    await client.end().catch(() => undefined);
    if ("destroy" in input && typeof input.destroy === "function") input.destroy();
  };
  const done = (report: ImportReport): CheckedImport => ({ report, write: async () => report, close });

  try {
    // Temporary tables for a million rows: keep them in memory where we can.
    await client.query("SET temp_buffers = '256MB'");
    await client.query("BEGIN");
    isOpen = true;
    // Sorting and hashing a million rows in memory rather than on disk.
    await client.query("SET LOCAL work_mem = '192MB'");
    if (settings.idleTimeoutMinutes) {
      // A prepared import waiting for a person to say yes must not hold its locks for ever.
      await client.query(`SET LOCAL idle_in_transaction_session_timeout = '${Math.round(settings.idleTimeoutMinutes)}min'`);
    }
    if (settings.willWrite) {
      const { rows } = await client.query<{ locked: boolean }>(`SELECT pg_try_advisory_xact_lock(${IMPORT_LOCK_KEY_SQL}) AS locked`);
      if (!rows[0]?.locked) {
        log("Waiting for another legacy import to finish committing");
        await client.query(`SELECT pg_advisory_xact_lock(${IMPORT_LOCK_KEY_SQL})`);
      }
    }

    await createStagingTable(client);
    const writer = createStagingWriter(client, settings.willWrite ? (options.createIdentifiers ?? createIdentifierSource)() : null);
    staging = writer;
    const read = await readLegacyFile({
      format,
      input,
      totalBytes,
      now: options.now,
      onRows: (rows) => writer.write(rows),
      onProgress: (p) => options.onProgress?.({ phase: "reading", ...p }),
    });
    await writer.finish();
    step(`Read and checked ${read.rowsRead.toLocaleString("en-GB")} rows`);

    const base = { format, fileName, read };
    if (read.refusal) return done(refusedReport(base, read.refusal));
    if (settings.expectedSha256 && settings.expectedSha256.toLowerCase() !== read.sha256) {
      return done(
        refusedReport(base, {
          code: "changed-since-dry-run",
          message: "This file is not the one that was checked in the dry run (its SHA-256 differs). Run the dry run again.",
        }),
      );
    }

    options.onProgress?.({ phase: "checking", bytesRead: read.sizeBytes, totalBytes, rowsRead: read.rowsRead });
    const earlier = await client.query<{ id: string; committed_at: Date; ran_by_kind: string; ran_by_id: string | null }>(
      "SELECT id, committed_at, ran_by_kind, ran_by_id FROM import_run WHERE sha256 = $1",
      [read.sha256],
    );
    const checkedAt = new Date();
    const classification = await classifyStagedRows(client, {
      channel: format.channel,
      lockRetractionTargets: settings.willWrite,
      maxIssues: MAX_DETAILED_ISSUES,
      log,
    });
    step("Compared with the register");
    const report = buildReport(base, classification, checkedAt);
    const previous = earlier.rows[0];
    if (previous) {
      return done({
        ...report,
        outcome: "already-imported",
        importRun: {
          id: previous.id,
          committedAt: previous.committed_at.toISOString(),
          ranBy: describeActor({ kind: previous.ran_by_kind as Actor["kind"], id: previous.ran_by_id ?? undefined }),
        },
      });
    }
    const newDecisions = report.counts.accepted + report.counts.superseded + report.counts.untraced + report.counts.retracted;
    if (newDecisions === 0 && report.counts.retractions === 0) {
      // A dry run says "checked" with its counts; a commit says there is nothing to do.
      return settings.willWrite ? done({ ...report, outcome: "nothing-to-import" }) : done(report);
    }
    if (!settings.willWrite) return done(report);

    const write = async (by: { ranBy: Actor; requestId?: string }): Promise<ImportReport> => {
      if (!isOpen) throw new AppError({ code: "CONFLICT", message: "This import was already committed or closed", userMessage: "Check the file again." });
      try {
        const result = await writeAndCommit(client, {
          format,
          fileName,
          report,
          startedAt,
          newDecisions,
          step,
          ranBy: by.ranBy,
          requestId: by.requestId,
          log,
          onProgress: (phase) => options.onProgress?.({ phase, bytesRead: read.sizeBytes, totalBytes, rowsRead: read.rowsRead }),
        });
        isOpen = false;
        return result;
      } finally {
        await close();
      }
    };
    return { report, write, close };
  } catch (error) {
    await close();
    throw error;
  }
}

async function writeAndCommit(
  client: pg.Client,
  options: Omit<WriteOptions, "importRunId"> & {
    requestId?: string;
    onProgress: (phase: "writing" | "updating-people") => void;
    log: (message: string) => void;
  },
): Promise<ImportReport> {
  const { format, fileName, report, step } = options;
  options.onProgress("writing");
  const importRunId = randomUUID();
  const committed = await writeImport(client, { ...options, importRunId });
  options.onProgress("updating-people");

  // Takes the bulk write gate for its last step: online writers wait from then to our commit.
  const refreshed = await refreshPeopleInBulk(client, { peopleTable: "legacy_import_person", log: options.log });
  step(
    `Updated ${refreshed.changes.toLocaleString("en-GB")} people's current state ` +
      `(online writers held for ${(refreshed.gateHeldMs / 1000).toFixed(1)} s so far; ${refreshed.recomputed} recomputed)`,
  );

  await client.query(
    `INSERT INTO audit_event (actor_kind, actor_id, action, entity_type, entity_id, details, request_id)
     VALUES ($1, $2, 'import.commit', 'import_run', $3, $4::jsonb, $5)`,
    [
      options.ranBy.kind,
      options.ranBy.id ?? null,
      importRunId,
      JSON.stringify({
        source: format.importSource,
        fileName,
        sha256: report.sha256,
        counts: report.counts,
        rejectedByReason: report.rejectedByReason,
        newDecisions: committed.inserted,
        peopleChanged: refreshed.changes,
        firstChangeSeq: refreshed.firstSeq?.toString() ?? null,
        lastChangeSeq: refreshed.lastSeq?.toString() ?? null,
      }),
      options.requestId ?? null,
    ],
  );
  const { rows } = await client.query<{ committed_at: Date }>("SELECT committed_at FROM import_run WHERE id = $1", [importRunId]);
  await client.query("COMMIT");
  step("Committed");
  return {
    ...report,
    outcome: "committed",
    importRun: { id: importRunId, committedAt: rows[0]!.committed_at.toISOString(), ranBy: describeActor(options.ranBy) },
    peopleChanged: refreshed.changes,
  };
}

type WriteOptions = {
  format: LegacyFormat;
  fileName: string;
  ranBy: Actor;
  report: ImportReport;
  importRunId: string;
  startedAt: Date;
  newDecisions: number;
  step: (message: string) => void;
};

const MAX_REFERENCE_ROUNDS = 5;

async function writeImport(client: pg.Client, options: WriteOptions): Promise<{ inserted: number }> {
  const { format, report, importRunId } = options;
  const by = [options.ranBy.kind, options.ranBy.id ?? null];
  await client.query(
    `INSERT INTO import_run (id, source, file_name, sha256, row_count, summary, ran_by_kind, ran_by_id, started_at)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9)`,
    [importRunId, format.importSource, options.fileName, report.sha256, report.counts.rowsRead, JSON.stringify(report), ...by, options.startedAt],
  );

  // New decisions in file order (their ids ascend with it), each with its first
  // status event. Reference numbers are random: the odd one already taken, or
  // drawn twice in this file (about one in a million-row file either way), gets
  // a new number first, so the insert itself needs no conflict handling.
  const outcomes = NEW_DECISION_OUTCOMES.map((o) => `'${o}'`).join(", ");
  for (let round = 1; ; round++) {
    const renumbered = await renumberClashes(client);
    if (renumbered === 0) break;
    if (round >= MAX_REFERENCE_ROUNDS) throw new Error("Could not find free reference numbers for every new decision");
  }
  options.step("Checked reference numbers are free");
  // Inserted in NHS-number order, with the run's ascending ids and its
  // (random) reference numbers handed out in ascending order too: the insert
  // then walks four of the decision indexes (and the status events' two) in
  // order instead of touching a random page per row. Measured on a million
  // rows: 31 s instead of 57 s. It only ties the order of an imported
  // decision's reference to its NHS number within one import; the numbers
  // themselves stay random.
  const result = await client.query(
    `WITH ranked AS (
       SELECT r.*, row_number() OVER (ORDER BY r.nhs_number COLLATE "C", r.decided_at, r.row_number) AS k
         FROM ${STAGING_TABLE} r
        WHERE EXISTS (SELECT 1 FROM legacy_import_outcome o WHERE o.row_number = r.row_number AND o.outcome IN (${outcomes}))
     ), ids AS (
       SELECT id, row_number() OVER (ORDER BY id) AS k FROM ranked
     ), refs AS (
       SELECT reference, row_number() OVER (ORDER BY reference COLLATE "C") AS k FROM ranked
     )
     INSERT INTO decision (id, reference, nhs_number, given_name, family_name, date_of_birth, postcode, gp_practice_ods,
                           choice, made_by, channel, decided_at, recorded_by_kind, recorded_by_id, source_reference,
                           import_run_id, source_row, source_code, assurance)
     SELECT i.id, f.reference, r.nhs_number, r.given_name, r.family_name, r.date_of_birth, r.postcode, r.gp_practice_ods,
            r.choice, 'SELF', $1::"Channel", r.decided_at, $2::"ActorKind", $3, r.source_reference, $4::uuid, r.row_number, r.source_code,
            'VERIFIED'::"Assurance"
       FROM ranked r JOIN ids i ON i.k = r.k JOIN refs f ON f.k = r.k
      ORDER BY r.k`,
    [format.channel, ...by, importRunId],
  );
  const inserted = result.rowCount ?? 0;
  if (inserted !== options.newDecisions) throw new Error(`Inserted ${inserted} decisions, expected ${options.newDecisions}`);
  options.step(`Inserted ${inserted.toLocaleString("en-GB")} decisions`);
  // A statement of its own, in id order: interleaved with the decisions (one
  // statement with RETURNING) the two tables' pages fight for the cache.
  await client.query(
    `INSERT INTO decision_status_event (decision_id, status, by_kind, by_id)
     SELECT id, 'EFFECTIVE', $1::"ActorKind", $2 FROM decision WHERE import_run_id = $3::uuid ORDER BY id`,
    [...by, importRunId],
  );
  options.step("Inserted their first status");

  // Entered-in-error: the retracted events of this file, then decisions earlier imports brought in.
  if (options.report.counts.retracted > 0) {
    await client.query(
      `INSERT INTO decision_status_event (decision_id, status, reason, by_kind, by_id)
       SELECT d.id, 'WITHDRAWN', 'Entered in error in ' || $1 || ': retracted by row ' || o.retracted_by || ' of ' || $2, $3::"ActorKind", $4
         FROM decision d JOIN legacy_import_outcome o ON o.row_number = d.source_row
        WHERE d.import_run_id = $5::uuid AND o.outcome = 'retracted'
        ORDER BY d.source_row`,
      [format.label, options.fileName, ...by, importRunId],
    );
  }
  await client.query(
    `INSERT INTO decision_status_event (decision_id, status, reason, by_kind, by_id)
     SELECT existing_id, 'WITHDRAWN', 'Entered in error in ' || $1 || ': retracted by row ' || row_number || ' of ' || $2, $3::"ActorKind", $4
       FROM legacy_import_retraction
      WHERE row_number = applied_row AND existing_id IS NOT NULL AND existing_status IS DISTINCT FROM 'WITHDRAWN'
      ORDER BY row_number`,
    [format.label, options.fileName, ...by],
  );

  // Whose current state may change: people with a new effective decision, and
  // people whose imported decision was withdrawn.
  await client.query(
    `CREATE TEMP TABLE legacy_import_person ON COMMIT DROP AS
     SELECT r.nhs_number FROM ${STAGING_TABLE} r JOIN legacy_import_outcome o ON o.row_number = r.row_number
      WHERE o.outcome IN ('accepted', 'superseded') AND r.nhs_number IS NOT NULL
     UNION
     SELECT existing_nhs_number FROM legacy_import_retraction
      WHERE row_number = applied_row AND existing_nhs_number IS NOT NULL AND existing_status IS DISTINCT FROM 'WITHDRAWN'`,
  );
  options.step("Wrote status events");
  return { inserted };
}

/**
 * Gives new reference numbers to staged rows whose number is already taken or
 * drawn twice in this file. Returns how many.
 */
async function renumberClashes(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ row_number: number }>(
    `WITH repeated AS (
       SELECT reference FROM ${STAGING_TABLE} WHERE reference IS NOT NULL GROUP BY reference HAVING count(*) > 1
     )
     SELECT r.row_number FROM ${STAGING_TABLE} r
      WHERE r.reference IN (SELECT reference FROM repeated)
         OR EXISTS (SELECT 1 FROM decision d WHERE d.reference = r.reference)`,
  );
  if (rows.length === 0) return 0;
  const identifiers = createIdentifierSource();
  await client.query(
    `UPDATE ${STAGING_TABLE} r SET reference = n.reference
       FROM unnest($1::int[], $2::text[]) AS n(row_number, reference) WHERE r.row_number = n.row_number`,
    [rows.map((r) => r.row_number), rows.map(() => identifiers.nextReference())],
  );
  return rows.length;
}

type ReportBase = { format: LegacyFormat; fileName: string; read: ReadLegacyFileResult };

function emptyReport({ format, fileName, read }: ReportBase): ImportReport {
  return {
    source: format.source,
    fileName,
    sha256: read.sha256,
    sizeBytes: read.sizeBytes,
    outcome: "checked",
    refusal: null,
    counts: { rowsRead: read.rowsRead, accepted: 0, superseded: 0, untraced: 0, duplicates: 0, retracted: 0, retractions: 0, rejected: read.rejected },
    rejectedByReason: { ...read.rejectedByReason },
    duplicatesOf: { earlierRowOfThisFile: 0, earlierImport: 0, retractionAlreadyApplied: 0 },
    retractionsOfEarlierImports: 0,
    issues: read.issues,
    issuesNotListed: read.issuesNotListed,
    checkedAt: new Date().toISOString(),
    importRun: null,
    peopleChanged: null,
  };
}

function refusedReport(base: ReportBase, refusal: FileRefusal): ImportReport {
  return { ...emptyReport(base), outcome: "refused", refusal, issues: [], issuesNotListed: 0 };
}

function buildReport(base: ReportBase, c: Classification, checkedAt: Date): ImportReport {
  const report = emptyReport(base);
  const { read } = base;
  const rejectedInSql = c.retractionsOfNothing.length;
  report.counts = {
    rowsRead: read.rowsRead,
    accepted: c.accepted,
    superseded: c.superseded,
    untraced: c.untraced,
    duplicates: c.duplicatesInFile + c.duplicatesOfImport + c.retractionDuplicates,
    retracted: c.retracted,
    retractions: c.retractionsInFile + c.retractionsOfImport,
    rejected: read.rejected + rejectedInSql,
  };
  if (rejectedInSql) report.rejectedByReason["retracts-nothing"] = rejectedInSql;
  report.duplicatesOf = {
    earlierRowOfThisFile: c.duplicatesInFile,
    earlierImport: c.duplicatesOfImport,
    retractionAlreadyApplied: c.retractionDuplicates,
  };
  report.retractionsOfEarlierImports = c.retractionsOfImport;
  const sqlIssues: RowIssue[] = [
    ...c.retractionsOfNothing.map((issue) => ({ ...issue, fields: read.retractionFields.get(issue.rowNumber) })),
    ...c.retractedIssues,
  ];
  const issues = [...read.issues, ...sqlIssues].sort((a, b) => a.rowNumber - b.rowNumber);
  const totalIssues = read.issues.length + read.issuesNotListed + c.retractionsOfNothing.length + c.retracted;
  report.issues = issues.slice(0, MAX_DETAILED_ISSUES);
  report.issuesNotListed = totalIssues - report.issues.length;
  report.checkedAt = checkedAt.toISOString();

  const { counts } = report;
  const accounted =
    counts.accepted + counts.superseded + counts.untraced + counts.duplicates + counts.retracted + counts.retractions + counts.rejected;
  if (accounted !== counts.rowsRead) {
    throw new Error(`Import report does not add up: ${accounted} rows accounted for, ${counts.rowsRead} read`);
  }
  return report;
}

function describeActor(actor: Actor): string {
  return actor.id ? `${actor.kind.toLowerCase()} ${actor.id}` : actor.kind.toLowerCase();
}

async function openInput(options: ImportFileInput): Promise<{ input: AsyncIterable<Uint8Array> & { destroy?: () => void }; totalBytes: number | null }> {
  if (options.path) {
    const info = await stat(options.path).catch((error: NodeJS.ErrnoException) => {
      throw new AppError({ code: "NOT_FOUND", message: `Cannot read ${options.path}: ${error.code ?? error.message}`, cause: error });
    });
    if (!info.isFile()) throw new AppError({ code: "VALIDATION_FAILED", message: `${options.path} is not a file` });
    return { input: createReadStream(options.path, { highWaterMark: 256 * 1024 }), totalBytes: info.size };
  }
  const stream = options.stream as AsyncIterable<Uint8Array> & { destroy?: () => void };
  return { input: stream, totalBytes: "sizeBytes" in options && typeof options.sizeBytes === "number" ? options.sizeBytes : null };
}
