import type { Metadata } from "next";
import Link from "next/link";

import { ErrorSummary } from "@/components/error-summary";
import { Button } from "@/components/form-fields";
import { Panel } from "@/components/panel";
import { SummaryList } from "@/components/summary-list";
import { Table } from "@/components/table";
import { WarningCallout } from "@/components/warning-callout";
import { formatLondonDateTime } from "@/lib/content/dates";
import { countNewDecisions } from "@/lib/legacy-import/build-import-report";
import { describeRejectionReason } from "@/lib/legacy-import/describe-rejection-reason";
import { sourceLabel } from "@/lib/legacy-import/formats";
import type { ImportReport } from "@/lib/legacy-import/types";
import { canCommitUpload } from "@/lib/legacy-import/upload/can-commit-upload";
import { findImportRunFor } from "@/lib/legacy-import/upload/find-import-run";
import { readUpload } from "@/lib/legacy-import/upload/read-upload";
import type { StoredUpload } from "@/lib/legacy-import/upload/upload-settings";

import { requireStaff, type SignedInStaff, staffNotFound } from "../../../_lib/staff-session";
import { uploaderOf } from "../_lib/guard";
import { IMPORTS_ROUTE } from "../_lib/imports-routes";

export const metadata: Metadata = { title: "Legacy import report" };

/** Rows listed on the page; the CSV has them all. */
const ROWS_SHOWN = 50;

const ERRORS: Record<string, string> = {
  failed: "The import did not complete, and nothing was imported. Try again, or ask for help if it keeps failing.",
  conflict: "There is nothing to commit from this file.",
};

const n = (value: number) => value.toLocaleString("en-GB");

export default async function ImportReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ error?: string }>;
}) {
  const staff = await requireStaff("legacy-import:run", "legacy import report");
  const { id } = await params;
  const upload = await readUpload(id, uploaderOf(staff));
  if (!upload?.dryRun) return staffNotFound();
  const { error } = await searchParams;
  // Committed since the dry run, whatever this page last recorded: never offer (or deny) a commit against the database's word.
  const committedRun = upload.commit || upload.dryRun.outcome !== "checked" ? null : await findImportRunFor(upload.sha256);
  const errorText = error && !committedRun ? ERRORS[error] : undefined;
  return (
    <>
      {errorText && !upload.commit ? <ErrorSummary heading="There is a problem" errors={[{ text: errorText }]} /> : null}
      {upload.commit ? (
        <CommitResult upload={upload} commit={upload.commit} staff={staff} />
      ) : committedRun ? (
        <>
          <h1>This file was already imported</h1>
          <AlreadyImported
            report={{ ...upload.dryRun, importRun: { id: committedRun.id, committedAt: committedRun.committedAt.toISOString(), ranBy: "" } }}
          />
          <FileDetails upload={upload} />
        </>
      ) : (
        <DryRun upload={upload} report={upload.dryRun} />
      )}
      <p>
        <Link href={IMPORTS_ROUTE}>Upload another file</Link>
      </p>
    </>
  );
}

function DryRun({ upload, report }: { upload: StoredUpload; report: ImportReport }) {
  if (report.outcome === "refused") {
    return (
      <>
        <h1>This file cannot be imported</h1>
        <FileDetails upload={upload} />
        <WarningCallout heading="The whole file was refused" headingLevel={2}>
          <p data-testid="refusal">{report.refusal?.message}</p>
          <p>Nothing was imported.</p>
        </WarningCallout>
      </>
    );
  }
  const committable = canCommitUpload(upload);
  return (
    <>
      <h1>{report.outcome === "already-imported" ? "This file was already imported" : "Check the import report"}</h1>
      {report.outcome === "already-imported" ? <AlreadyImported report={report} /> : null}
      <FileDetails upload={upload} />
      <Counts report={report} caption="What importing this file would do" />
      <Issues upload={upload} report={report} />
      {committable ? (
        <>
          <h2>Commit this import</h2>
          <p>
            Committing writes what this report shows in one go ({n(countNewDecisions(report.counts))} new decisions), checking the same file against
            the register again first. If anything fails, nothing is written. Committing twice does not import twice.
          </p>
          <form method="post" action={`${IMPORTS_ROUTE}/${upload.id}/commit`}>
            <Button>Commit this import</Button>
          </form>
        </>
      ) : report.outcome === "checked" ? (
        <p data-testid="nothing-to-commit">There is nothing to commit: every row is a duplicate or was rejected.</p>
      ) : null}
    </>
  );
}

function AlreadyImported({ report }: { report: ImportReport }) {
  const run = report.importRun;
  return (
    <WarningCallout heading="Nothing will be imported" headingLevel={2}>
      <p data-testid="already-imported">
        The same file (SHA-256 {report.sha256.slice(0, 16)}…) was imported
        {run ? ` on ${formatLondonDateTime(new Date(run.committedAt))} as import run ${run.id}` : ""}. Importing it again
        would change nothing, so there is nothing to commit.
      </p>
    </WarningCallout>
  );
}

function CommitResult({ upload, commit, staff }: { upload: StoredUpload; commit: ImportReport; staff: SignedInStaff }) {
  const run = commit.importRun;
  if (commit.outcome === "committed" && run) {
    return (
      <>
        <Panel heading="Import committed">
          {n(countNewDecisions(commit.counts))} new decisions imported from {upload.fileName}
        </Panel>
        <h2>Provenance</h2>
        <SummaryList
          rows={[
            { key: "Import run", value: run.id },
            { key: "Source", value: sourceLabel(upload.source) },
            { key: "File name", value: upload.fileName },
            { key: "SHA-256", value: commit.sha256 },
            { key: "Committed", value: formatLondonDateTime(new Date(run.committedAt)) },
            { key: "Committed by", value: `${staff.name} (${staff.email})` },
            { key: "People whose current state changed", value: n(commit.peopleChanged ?? 0) },
          ]}
        />
        <Counts report={commit} caption="What was imported" />
      </>
    );
  }
  if (commit.outcome === "already-imported") {
    return (
      <>
        <h1>This file was already imported</h1>
        <AlreadyImported report={commit} />
        <FileDetails upload={upload} />
      </>
    );
  }
  return (
    <>
      <h1>Nothing was imported</h1>
      <FileDetails upload={upload} />
      <WarningCallout headingLevel={2} heading={commit.outcome === "refused" ? "The file was refused when it was checked again" : "Nothing new to import"}>
        <p data-testid="commit-outcome">
          {commit.outcome === "refused"
            ? commit.refusal?.message
            : "Since the dry run, every row has become a duplicate or was rejected: nothing was written."}
        </p>
      </WarningCallout>
    </>
  );
}

function FileDetails({ upload }: { upload: StoredUpload }) {
  return (
    <SummaryList
      rows={[
        { key: "Source", value: sourceLabel(upload.source) },
        { key: "File name", value: upload.fileName },
        { key: "Size", value: `${n(upload.sizeBytes)} bytes` },
        { key: "SHA-256", value: upload.sha256 },
        { key: "Uploaded", value: formatLondonDateTime(new Date(upload.uploadedAt)) },
      ]}
    />
  );
}

/**
 * The same table before and after the commit: "New decisions" is the one sum
 * (countNewDecisions) that the commit button's text and the result panel show,
 * with its parts beneath it, so the dry run and the commit never disagree.
 */
function Counts({ report, caption }: { report: ImportReport; caption: string }) {
  const c = report.counts;
  const d = report.duplicatesOf;
  return (
    <Table
      id="counts"
      caption={caption}
      head={["Rows", "Number"]}
      rows={[
        ["Rows read", n(c.rowsRead)],
        ["New decisions", n(countNewDecisions(c))],
        ["of which accepted: in effect at once", n(c.accepted)],
        ["of which superseded by newer decisions already in the register (kept in history)", n(c.superseded)],
        ["of which untraced: sent to the tracing worklist", n(c.untraced)],
        ["of which retracted as entered in error (kept in history as withdrawn, never counted)", n(c.retracted)],
        [
          `Duplicates (${n(d.earlierRowOfThisFile)} repeat an earlier row, ${n(d.earlierImport)} were imported before, ${n(d.retractionAlreadyApplied)} repeat a retraction)`,
          n(c.duplicates),
        ],
        [`Retractions applied (${n(report.retractionsOfEarlierImports)} of earlier imports)`, n(c.retractions)],
        ["Rejected", n(c.rejected)],
      ]}
    />
  );
}

function Issues({ upload, report }: { upload: StoredUpload; report: ImportReport }) {
  const total = report.issues.length + report.issuesNotListed;
  if (total === 0) return <p>No rows were rejected.</p>;
  const shown = report.issues.slice(0, ROWS_SHOWN);
  const reasons = Object.entries(report.rejectedByReason);
  return (
    <>
      <h2>Rows to look at</h2>
      <p data-testid="issues-total">
        {n(total)} {total === 1 ? "row was" : "rows were"} rejected or retracted
        {total > shown.length ? `: the first ${n(shown.length)} are listed here` : ""}.{" "}
        <a href={`${IMPORTS_ROUTE}/${upload.id}/rejected-rows.csv`} download>
          Download the rejected rows as CSV
        </a>
        {report.issuesNotListed > 0 ? ` (the first ${n(report.issues.length)} rows)` : ""}
      </p>
      {reasons.length ? (
        <Table
          id="reasons"
          caption="Rejected by reason"
          head={["Reason", "Rows"]}
          rows={reasons.map(([reason, count]) => [describeRejectionReason(reason as keyof ImportReport["rejectedByReason"]), n(count ?? 0)])}
        />
      ) : null}
      <Table
        id="issues"
        caption="Rejected and retracted rows"
        head={["Row", "Outcome", "Reason"]}
        responsive
        rows={shown.map((issue) => [String(issue.rowNumber), issue.outcome === "rejected" ? "Rejected" : "Retracted", issue.message])}
      />
    </>
  );
}
