// POST /staff/imports/{id}/commit: commits exactly the file the same supervisor dry-ran, all-or-nothing; a repeat changes nothing
import { isAppError } from "@/lib/errors";
import { commitUpload } from "@/lib/legacy-import/upload/commit-upload";

import { guardImportPost, uploaderOf } from "../../_lib/guard";
import { IMPORTS_ROUTE, seeOther } from "../../_lib/imports-routes";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const staff = await guardImportPost(request, "commit a legacy import");
  if (staff instanceof Response) return staff;
  const { id } = await params;
  try {
    await commitUpload(id, uploaderOf(staff), { requestId: request.headers.get("x-request-id") ?? undefined });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return seeOther(`${IMPORTS_ROUTE}?error=expired`);
    if (isAppError(error) && error.code === "CONFLICT") return seeOther(`${IMPORTS_ROUTE}/${id}?error=conflict`);
    console.error("Legacy import commit failed", error);
    // Nothing was committed (the importer's transaction rolled back): the report page says so.
    return seeOther(`${IMPORTS_ROUTE}/${id}?error=failed`);
  }
  return seeOther(`${IMPORTS_ROUTE}/${id}`);
}
