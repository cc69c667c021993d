// GET /staff/imports/{id}/rejected-rows.csv: the dry run's rejected and retracted rows, formula-safe, to the uploader; audited
import { getRejectedRowsDownload } from "@/lib/legacy-import/upload/get-rejected-rows-download";

import { requireStaff } from "../../../../_lib/staff-session";
import { uploaderOf } from "../../_lib/guard";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const staff = await requireStaff("legacy-import:run", "download rejected legacy import rows");
  const { id } = await params;
  const result = await getRejectedRowsDownload(id, uploaderOf(staff), { requestId: request.headers.get("x-request-id") ?? undefined });
  if (!result) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(result.csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${result.fileName}"`,
      "x-content-type-options": "nosniff",
      "cache-control": "no-store",
    },
  });
}
