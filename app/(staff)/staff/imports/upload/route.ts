// POST /staff/imports/upload: a supervisor's legacy extract, streamed to a
// private temporary file (never whole in memory: route handlers have no body
// limit, unlike server actions), hashed as it arrives, then dry-run.
import { receiveUpload, UPLOAD_MESSAGES } from "@/lib/legacy-import/upload-store";

import { guardImportPost, IMPORTS_ROUTE, seeOther, uploaderOf } from "../_lib/guard";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const staff = await guardImportPost(request, "upload a legacy import");
  if (staff instanceof Response) return staff;
  const result = await receiveUpload(
    { contentType: request.headers.get("content-type"), body: request.body },
    uploaderOf(staff),
    { requestId: request.headers.get("x-request-id") ?? undefined },
  );
  if (result.ok) return seeOther(`${IMPORTS_ROUTE}/${result.upload.id}`);
  // Back to the form with its errors (by name, never the text itself) and the source chosen.
  const query = new URLSearchParams();
  for (const message of Object.values(result.errors)) {
    const key = (Object.keys(UPLOAD_MESSAGES) as (keyof typeof UPLOAD_MESSAGES)[]).find((k) => UPLOAD_MESSAGES[k] === message);
    if (key) query.append("error", key);
  }
  if (result.source) query.set("source", result.source);
  return seeOther(`${IMPORTS_ROUTE}?${query.toString()}`);
}
