// The legacy import command line (scripts/import-legacy.ts): its arguments,
// and the import itself, which prints the full report of what importing the
// file does and, without --dry-run, commits exactly that.
import { writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import type { Actor } from "@/lib/audit/actor";
import { dryRunImport } from "@/lib/legacy-import/dry-run-import";
import { prepareImport } from "@/lib/legacy-import/prepare-import";
import { getLegacyFormat, isLegacySource, type LegacySource } from "@/lib/legacy-import/formats";
import { formatRejectedRowsCsv } from "@/lib/legacy-import/format-rejected-rows-csv";
import type { ImportProgress, ImportReport, RowProblemCode } from "@/lib/legacy-import/types";
import { countNewDecisions } from "@/lib/legacy-import/build-import-report";
import { describeRejectionReason } from "@/lib/legacy-import/describe-rejection-reason";

const USAGE =
  "usage: npm run import:legacy -- --source caremyway|cidr FILE [--dry-run] [--by STAFF_ID] [--expect-sha256 HEX] [--rejected-csv OUT.csv] [--verbose]";
const ISSUES_SHOWN = 20;

export type ImportLegacyArgs = {
  source: LegacySource;
  file: string;
  isDryRun: boolean;
  ranBy: Actor;
  expectSha256?: string;
  rejectedCsv?: string;
  isVerbose: boolean;
};

/** The command line's arguments, or null (with the usage printed) when they are not usable. */
export function parseImportLegacyArgs(argv: readonly string[]): ImportLegacyArgs | null {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      source: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      by: { type: "string" },
      "expect-sha256": { type: "string" },
      "rejected-csv": { type: "string" },
      verbose: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help || !isLegacySource(values.source) || positionals.length !== 1) {
    console.error(values.help ? USAGE : `Give the source and one file. ${USAGE}`);
    return null;
  }
  return {
    source: values.source,
    file: positionals[0]!,
    isDryRun: values["dry-run"],
    // Who ran it, for provenance: a member of staff, or this command run by the operating-system user.
    ranBy: values.by ? { kind: "STAFF", id: values.by.slice(0, 100) } : { kind: "SYSTEM", id: `command-line:${userInfo().username}`.slice(0, 100) },
    expectSha256: values["expect-sha256"],
    rejectedCsv: values["rejected-csv"],
    isVerbose: values.verbose,
  };
}

/**
 * Checks the file and prints the report; without --dry-run, then commits
 * exactly that in the same transaction. Needs DATABASE_URL set (the script
 * runs it inside withScriptDatabase, which migrates first). Sets the exit code
 * to 1 when the file is refused.
 */
export async function importLegacy(args: ImportLegacyArgs): Promise<void> {
  const progress = createProgress();
  const finish = (report: ImportReport, isDryRun: boolean) => finishReport(report, isDryRun, args.rejectedCsv);
  const options = {
    source: args.source,
    path: args.file,
    onProgress: progress.update,
    log: args.isVerbose ? (message: string) => progress.log(message) : undefined,
  };
  try {
    if (args.isDryRun) {
      const report = await dryRunImport(options);
      progress.stop();
      finish(report, true);
      return;
    }
    // The report first, then the commit of exactly what it describes.
    const prepared = await prepareImport({ ...options, expectedSha256: args.expectSha256 });
    try {
      progress.stop();
      finish(prepared.report, false);
      if (prepared.report.outcome !== "checked") return;
      console.log("\nImporting...");
      const committed = await prepared.commit({ ranBy: args.ranBy });
      progress.stop();
      console.log(describeOutcome(committed, false));
    } finally {
      await prepared.discard();
    }
  } finally {
    progress.stop();
  }
}

/** Prints the report, writes the rejected rows if asked, and sets the exit code. */
function finishReport(report: ImportReport, isDryRun: boolean, rejectedCsv: string | undefined) {
  console.log(describeReport(report));
  console.log(describeOutcome(report, isDryRun));
  if (rejectedCsv && report.issues.length) {
    writeFileSync(rejectedCsv, formatRejectedRowsCsv(report));
    console.log(`Rejected and retracted rows written to ${rejectedCsv}`);
  }
  if (report.outcome === "refused") process.exitCode = 1;
}

/** A progress bar on a terminal; nothing when the output goes to a file or pipe. */
function createProgress() {
  if (!process.stdout.isTTY) {
    return { update: () => undefined, log: (message: string) => console.error(message), stop: () => undefined };
  }
  const bar = new cliProgress.SingleBar(
    {
      format: "{phase} {bar} {percentage}% | {rows} rows",
      hideCursor: true,
      stream: process.stdout,
      etaBuffer: 50,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  const phases: Record<ImportProgress["phase"], string> = {
    reading: "Reading and checking the file  ",
    checking: "Comparing with the register    ",
    writing: "Writing decisions              ",
    "updating-people": "Updating people's current state",
  };
  return {
    update(progress: ImportProgress) {
      const total = progress.totalBytes ?? Math.max(progress.bytesRead, 1);
      const payload = { phase: phases[progress.phase], rows: progress.rowsRead.toLocaleString("en-GB") };
      if (!started) {
        bar.start(total, 0, payload);
        started = true;
      }
      bar.update(progress.bytesRead, payload);
    },
    log(message: string) {
      if (started) bar.stop();
      console.error(message);
      started = false;
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}

function describeReport(report: ImportReport): string {
  const format = getLegacyFormat(report.source);
  const n = (value: number) => value.toLocaleString("en-GB");
  const lines = [
    "",
    `${format.label} file ${report.fileName} (${n(report.sizeBytes)} bytes, SHA-256 ${report.sha256})`,
  ];
  if (report.outcome === "refused") {
    lines.push("", `REFUSED: ${report.refusal?.message}`, "Nothing was imported.");
    return lines.join("\n");
  }
  const c = report.counts;
  const d = report.duplicatesOf;
  lines.push(
    "",
    `  rows read                       ${n(c.rowsRead)}`,
    `  new decisions                   ${n(countNewDecisions(c))}`,
    `    accepted: in effect at once   ${n(c.accepted)}`,
    `    superseded by newer decisions ${n(c.superseded)}   (kept in history; the register's newer decision stays current)`,
    `    untraced: tracing worklist    ${n(c.untraced)}`,
    `    retracted (entered in error)  ${n(c.retracted)}   (kept in history as withdrawn)`,
    `  duplicates                      ${n(c.duplicates)}   (${n(d.earlierRowOfThisFile)} repeat an earlier row, ${n(d.earlierImport)} were imported before, ${n(d.retractionAlreadyApplied)} repeat a retraction)`,
    `  retractions applied             ${n(c.retractions)}   (${n(report.retractionsOfEarlierImports)} of earlier imports)`,
    `  rejected                        ${n(c.rejected)}`,
  );
  const reasons = Object.entries(report.rejectedByReason);
  if (reasons.length) {
    lines.push("", "Rejected by reason:", ...reasons.map(([reason, count]) => `  ${describeRejectionReason(reason as RowProblemCode).padEnd(56)} ${n(count ?? 0)}`));
  }
  if (report.issues.length) {
    lines.push("", "Rows to look at:");
    for (const issue of report.issues.slice(0, ISSUES_SHOWN)) lines.push(`  row ${issue.rowNumber}: ${issue.outcome}: ${issue.message}`);
    const more = report.issues.length - ISSUES_SHOWN + report.issuesNotListed;
    if (more > 0) lines.push(`  ... and ${n(more)} more (--rejected-csv FILE writes them all)`);
  }
  return lines.join("\n");
}

function describeOutcome(report: ImportReport, isDryRun: boolean): string {
  const n = (value: number) => value.toLocaleString("en-GB");
  switch (report.outcome) {
    case "refused":
      return "";
    case "already-imported":
      return `\nThis file was already imported on ${report.importRun?.committedAt} by ${report.importRun?.ranBy} (run ${report.importRun?.id}). Nothing changed.`;
    case "nothing-to-import":
      return "\nNothing to import: every row is a duplicate or rejected. Nothing changed.";
    case "committed":
      return `\nCommitted as import run ${report.importRun?.id}: ${n(report.peopleChanged ?? 0)} people's current state changed.`;
    default:
      return isDryRun
        ? `\nDry run: nothing was written. To import it: npm run import:legacy -- --source ${report.source} FILE --expect-sha256 ${report.sha256}`
        : "";
  }
}
