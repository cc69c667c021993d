import type { Actor } from "../../audit/actor";
import { AppError } from "../../errors";
import { hasPermission } from "../../staff/roles";
import type { Uploader } from "./upload-settings";

/** Supervisors only, checked here as well as by the pages and routes (defence in depth). */
export function authoriseUploader(by: Uploader, what: string): Actor {
  if (!hasPermission(by.role, "legacy-import:run")) {
    throw new AppError({ code: "FORBIDDEN", message: `Role ${by.role} may not ${what}` });
  }
  return { kind: "STAFF", id: by.staffId };
}
