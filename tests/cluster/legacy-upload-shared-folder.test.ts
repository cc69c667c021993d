import { execFile } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { afterEach, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { setEnvVariable } from "@/lib/env";
import { receiveUpload } from "@/lib/legacy-import/upload/receive-upload";
import { createUploadFolder } from "@/lib/legacy-import/upload/upload-folder";
import { uniqueNhsNumber } from "../support/factories";
import { careMyWayFile } from "../legacy-import/support";

// Several instances (docs/decisions/029): a supervisor's upload is taken and
// dry-run by one instance and confirmed on whichever instance the load
// balancer picks next. With LEGACY_UPLOAD_FOLDER naming a folder both mount,
// the other instance (a separate process, in another working directory)
// finds the upload and commits it; without it, it cannot.

const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

/** Commits the upload in another process, started in a working directory of its own. */
async function commitOnAnotherInstance(id: string, staffId: string, uploadFolder: string | undefined) {
  const env: Record<string, string | undefined> = { ...process.env, DATABASE_URL: process.env.DATABASE_URL };
  if (uploadFolder) env.LEGACY_UPLOAD_FOLDER = uploadFolder;
  else delete env.LEGACY_UPLOAD_FOLDER;
  const { stdout } = await run(
    process.execPath,
    [path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx"), path.join(PROJECT_ROOT, "tests", "cluster", "support", "commit-upload-elsewhere.ts"), id, staffId],
    { cwd: mkdtempSync(path.join(tmpdir(), "other-instance-")), env: env as NodeJS.ProcessEnv, timeout: 60_000 },
  );
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as { ok: boolean; outcome?: string; code?: string; importRunId?: string | null };
}

/** What the upload route does on the instance that takes the file. */
async function takeUpload(bytes: Buffer, staffId: string) {
  const folder = await createUploadFolder();
  writeFileSync(folder.dataPath, bytes, { mode: 0o600 });
  const result = await receiveUpload({
    by: { staffId, role: "supervisor" },
    folder,
    source: "caremyway",
    file: { fileName: "islington.csv", sizeBytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  expect(result.upload.dryRun).toMatchObject({ outcome: "checked" });
  return result.upload;
}

// Other files in this worker must not keep the shared folder: back to the default (.data/legacy-uploads).
afterEach(() => {
  setEnvVariable("LEGACY_UPLOAD_FOLDER", path.join(process.cwd(), ".data", "legacy-uploads"));
});

describe("legacy uploads with several instances", () => {
  it("commits on another instance an upload taken by this one, through the shared folder the configuration names", async () => {
    const shared = mkdtempSync(path.join(tmpdir(), "shared-legacy-uploads-"));
    setEnvVariable("LEGACY_UPLOAD_FOLDER", shared);
    const staffId = `supervisor-${randomUUID().slice(0, 8)}`;
    const people = [uniqueNhsNumber(), uniqueNhsNumber()];
    const upload = await takeUpload(careMyWayFile(people.map((nhs) => ({ nhs }))), staffId);
    expect(existsSync(path.join(shared, upload.id, "extract"))).toBe(true);

    const committed = await commitOnAnotherInstance(upload.id, staffId, shared);
    expect(committed).toMatchObject({ ok: true, outcome: "committed" });
    const decisions = await getDb().decision.findMany({ where: { nhsNumber: { in: people } }, select: { importRunId: true } });
    expect(decisions.map((d) => d.importRunId)).toEqual([committed.importRunId, committed.importRunId]);
    // The file is gone from the shared folder once committed.
    expect(existsSync(path.join(shared, upload.id, "extract"))).toBe(false);
  });

  it("cannot commit it on another instance whose uploads are on its own disk (why the folder must be shared)", async () => {
    const shared = mkdtempSync(path.join(tmpdir(), "shared-legacy-uploads-"));
    setEnvVariable("LEGACY_UPLOAD_FOLDER", shared);
    const staffId = `supervisor-${randomUUID().slice(0, 8)}`;
    const people = [uniqueNhsNumber()];
    const upload = await takeUpload(careMyWayFile(people.map((nhs) => ({ nhs }))), staffId);

    expect(await commitOnAnotherInstance(upload.id, staffId, undefined)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await getDb().decision.count({ where: { nhsNumber: { in: people } } })).toBe(0);
  });
});
