import type { Metadata } from "next";

import { ErrorSummary } from "@/components/error-summary";
import { FileUpload } from "@/components/file-upload";
import { Button, Radios } from "@/components/form-fields";
import { sweepExpiredUploads } from "@/lib/legacy-import/upload/sweep-expired-uploads";
import { UPLOAD_MAX_BYTES, UPLOAD_MESSAGES, UPLOAD_TTL_MS } from "@/lib/legacy-import/upload/upload-settings";

import { requireStaff } from "../../_lib/staff-session";

export const metadata: Metadata = { title: "Import legacy opt-outs" };

const SOURCES = [
  { value: "caremyway", label: "CareMyWay (Islington): comma-separated, Windows-1252, ends with TOTAL_ROWS" },
  { value: "cidr", label: "CIDR (Camden): pipe-separated, UTF-8" },
] as const;

const EXPIRED = "That upload has expired or is not yours, so nothing was imported. Upload the file again.";

type Search = { error?: string | string[]; source?: string };

export default async function ImportsPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireStaff("legacy-import:run", "legacy import");
  // Expired uploads go whenever a supervisor comes here, as well as on each upload.
  await sweepExpiredUploads().catch((error: unknown) => console.error("Could not delete expired legacy uploads", error));
  const search = await searchParams;
  // One parameter, keys separated by commas (the upload route's redirect).
  const codes = [search.error ?? []].flat().flatMap((value) => value.split(","));
  const errors: { source?: string; file?: string; form?: string } = {};
  for (const code of codes) {
    if (code === "sourceMissing") errors.source = UPLOAD_MESSAGES.sourceMissing;
    else if (code === "expired") errors.form = EXPIRED;
    else if (code in UPLOAD_MESSAGES) errors.file = UPLOAD_MESSAGES[code as keyof typeof UPLOAD_MESSAGES];
  }
  const summary = [
    errors.form ? { text: errors.form } : null,
    errors.source ? { text: errors.source, href: "#source" } : null,
    errors.file ? { text: errors.file, href: "#file" } : null,
  ].filter((e): e is { text: string; href?: string } => e !== null);
  const source = search.source === "caremyway" || search.source === "cidr" ? search.source : undefined;

  return (
    <>
      {summary.length ? <ErrorSummary heading="There is a problem" errors={summary} /> : null}
      <h1>Import legacy opt-outs</h1>
      <p>
        Upload an extract from CareMyWay (Islington) or CIDR (Camden). It is checked first: you see what importing it
        would do, row by row, and nothing is written until you confirm.
      </p>
      <form method="post" action="/staff/imports/upload" encType="multipart/form-data" noValidate>
        <Radios idPrefix="source" name="source" legend="Where does the file come from?" options={SOURCES} defaultValue={source} error={errors.source} />
        <FileUpload
          id="file"
          name="file"
          label="Legacy extract"
          hint={`Up to ${UPLOAD_MAX_BYTES / 1024 / 1024} MB. A file with a million rows takes about half a minute to check.`}
          error={errors.file}
        />
        <Button>Upload and check</Button>
      </form>
      <p className="nhsuk-body-s">
        Uploaded files are kept in a private folder on the server and deleted when they are imported, or after{" "}
        {UPLOAD_TTL_MS / 3_600_000} hours.
      </p>
    </>
  );
}
