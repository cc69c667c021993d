// POST /staff/imports/upload: a supervisor's legacy extract, streamed to a private file, hashed as it arrives, then dry-run
// Route handlers have no body limit, unlike server actions (11 MB), so the
// multipart body is parsed here, as a stream: the file never whole in memory.
import { multipartRefusalOf, receiveMultipartFile, type ReceivedForm } from "@/lib/files/receive-multipart-file";
import { receiveUpload } from "@/lib/legacy-import/upload/receive-upload";
import { sweepExpiredUploads } from "@/lib/legacy-import/upload/sweep-expired-uploads";
import { createUploadFolder, removeUploadFolder } from "@/lib/legacy-import/upload/upload-folder";
import {
  MULTIPART_REFUSAL_MESSAGE,
  UPLOAD_FILE_FIELD,
  UPLOAD_MAX_BYTES,
  type UploadFieldErrors,
} from "@/lib/legacy-import/upload/upload-settings";

import { guardImportPost, uploaderOf } from "../_lib/guard";
import { IMPORTS_ROUTE, seeOther } from "../_lib/imports-routes";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const staff = await guardImportPost(request, "upload a legacy import");
  if (staff instanceof Response) return staff;
  const by = uploaderOf(staff);
  const requestId = request.headers.get("x-request-id") ?? undefined;
  await sweepExpiredUploads().catch((error: unknown) => console.error("Could not delete expired legacy uploads", error));

  const folder = await createUploadFolder();
  let form: ReceivedForm;
  try {
    form = await receiveMultipartFile({
      contentType: request.headers.get("content-type"),
      body: request.body,
      fileField: UPLOAD_FILE_FIELD,
      destination: folder.dataPath,
      maxBytes: UPLOAD_MAX_BYTES,
    });
  } catch (error) {
    await removeUploadFolder(folder);
    const refusal = multipartRefusalOf(error);
    if (!refusal) throw error;
    return backToForm({ file: MULTIPART_REFUSAL_MESSAGE[refusal] });
  }

  const result = await receiveUpload({ by, folder, source: form.fields.source, file: form.file, requestId });
  if (result.ok) return seeOther(`${IMPORTS_ROUTE}/${result.upload.id}`);
  return backToForm(result.errors, result.source);
}

/**
 * Back to the form with its errors (by key, never the text itself, in one
 * `error` parameter: the site refuses an address that repeats one) and the
 * source chosen.
 */
function backToForm(errors: UploadFieldErrors, source?: string): Response {
  const query = new URLSearchParams();
  query.set("error", Object.values(errors).join(","));
  if (source) query.set("source", source);
  return seeOther(`${IMPORTS_ROUTE}?${query.toString()}`);
}
