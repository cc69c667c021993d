import type { ImportRunModel } from "../../generated/prisma/models/ImportRun";
import { defineTable } from "./table";

export const IMPORT_RUN = defineTable<ImportRunModel>()("import_run", "ImportRun", {
  id: "id",
  source: "source",
  fileName: "file_name",
  sha256: "sha256",
  rowCount: "row_count",
  summary: "summary",
  ranByKind: "ran_by_kind",
  ranById: "ran_by_id",
  startedAt: "started_at",
  committedAt: "committed_at",
});
