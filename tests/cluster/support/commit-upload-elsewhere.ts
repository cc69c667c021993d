// Another instance of the site, as a process of its own: commits legacy upload
// argv[2] as supervisor argv[3], with whatever LEGACY_UPLOAD_FOLDER and working
// directory it was started with, and prints the outcome as one JSON line.
// Used by tests/cluster/legacy-upload-shared-folder.test.ts.
import { disconnectDb } from "../../../lib/db";
import { commitUpload } from "../../../lib/legacy-import/upload/commit-upload";

const [id, staffId] = process.argv.slice(2);
try {
  const upload = await commitUpload(id!, { staffId: staffId!, role: "supervisor" });
  console.log(JSON.stringify({ ok: true, outcome: upload.commit?.outcome, importRunId: upload.commit?.importRun?.id ?? null }));
} catch (error) {
  console.log(JSON.stringify({ ok: false, code: (error as { code?: string }).code ?? null, message: (error as Error).message }));
} finally {
  await disconnectDb();
}
