import { recordAuditEvent } from "../../audit/record-audit-event";
import { getDb, type Prisma } from "../../db";
import type { Uploader } from "./upload-settings";

export type AuditUploadOptions = {
  by: Uploader;
  action: "import.upload" | "import.dry-run" | "import.confirm" | "import.rejected-rows.download";
  uploadId: string;
  details: Prisma.InputJsonObject;
  requestId?: string;
};

/** One audit event about an upload, with the supervisor as actor and the upload as entity. */
export async function auditUpload(options: AuditUploadOptions): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await recordAuditEvent(tx, {
      actor: { kind: "STAFF", id: options.by.staffId },
      action: options.action,
      entityType: "legacy_import_upload",
      entityId: options.uploadId,
      details: options.details,
      requestId: options.requestId,
    });
  });
}
