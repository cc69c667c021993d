import type { Actor } from "../audit/actor";
import type { Classification } from "./classify-staged-rows";
import type { LegacyFormat } from "./formats";
import { MAX_DETAILED_ISSUES, type ReadLegacyFileResult } from "./read-legacy-file";
import type { FileRefusal, ImportCounts, ImportReport, RowIssue } from "./types";

// The import's report: what was read, and what each row comes to. The dry
// run's page and command line, the commit's result and the import run's
// stored summary are all this one shape.

export type ReportBase = { format: LegacyFormat; fileName: string; read: ReadLegacyFileResult };

/**
 * The decisions a commit writes: accepted, superseded (kept in history),
 * untraced (tracing worklist) and retracted (kept as withdrawn). The one sum
 * the dry run's page, the commit's result and the importer's own check use,
 * so the numbers they show always agree.
 */
export function countNewDecisions(counts: ImportCounts): number {
  return counts.accepted + counts.superseded + counts.untraced + counts.retracted;
}

/** Whether committing would write anything: new decisions, or retractions of earlier imports. */
export function hasSomethingToWrite(counts: ImportCounts): boolean {
  return countNewDecisions(counts) + counts.retractions > 0;
}

export function describeActor(actor: Actor): string {
  return actor.id ? `${actor.kind.toLowerCase()} ${actor.id}` : actor.kind.toLowerCase();
}

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

/** A file refused whole: one message, no rows. */
export function buildRefusedReport(base: ReportBase, refusal: FileRefusal): ImportReport {
  return { ...emptyReport(base), outcome: "refused", refusal, issues: [], issuesNotListed: 0 };
}

/** The rows' checks (`read`) and the register's comparison (`classification`) in one report; every row is accounted for once. */
export function buildImportReport(base: ReportBase, classification: Classification, checkedAt: Date): ImportReport {
  const c = classification;
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
