import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { cleanFileName } from "@/lib/files/clean-file-name";
import { canCommitUpload as canCommit } from "@/lib/legacy-import/upload/can-commit-upload";
import { commitUpload } from "@/lib/legacy-import/upload/commit-upload";
import { findImportRunFor } from "@/lib/legacy-import/upload/find-import-run";
import { getRejectedRowsDownload as rejectedRowsCsv } from "@/lib/legacy-import/upload/get-rejected-rows-download";
import { readUpload } from "@/lib/legacy-import/upload/read-upload";
import { receiveUpload as receiveReceivedUpload } from "@/lib/legacy-import/upload/receive-upload";
import { sweepExpiredUploads } from "@/lib/legacy-import/upload/sweep-expired-uploads";
import { createUploadFolder } from "@/lib/legacy-import/upload/upload-folder";
import { UPLOAD_TTL_MS, type Uploader } from "@/lib/legacy-import/upload/upload-settings";
import { uniqueNhsNumber } from "../support/factories";
import { careMyWayFile, expectConsistent } from "./support";

// The upload page's server side, against the real database: a multipart body
// streamed to a private folder, hashed, dry-run and kept; then committed once.

const supervisor = (): Uploader => ({ staffId: `supervisor-${randomUUID().slice(0, 8)}`, role: "supervisor" });
const CASEWORKER: Uploader = { staffId: "caseworker-upload-test", role: "caseworker" };

function withWrongCheckDigit(nhsNumber: string): string {
  return nhsNumber.slice(0, 9) + String((Number(nhsNumber[9]) + 1) % 10);
}

type Form = { source?: string; file?: { bytes: Buffer; name: string } };

/**
 * What the upload route does once it has read the multipart body (that part is
 * tested in lib/files/receive-multipart-file.test.ts and upload-route.test.ts):
 * the file is in the upload's folder, then receiveUpload takes it.
 */
async function receiveUpload(form: Form, by: Uploader, options: { root: string }) {
  const folder = await createUploadFolder(options);
  let file = null;
  if (form.file) {
    writeFileSync(folder.dataPath, form.file.bytes, { mode: 0o600 });
    file = { fileName: cleanFileName(form.file.name), sizeBytes: form.file.bytes.length, sha256: createHash("sha256").update(form.file.bytes).digest("hex") };
  }
  return receiveReceivedUpload({ by, folder, source: form.source, file, root: options.root });
}

function newRoot(): string {
  return mkdtempSync(path.join(tmpdir(), "legacy-upload-test-"));
}

async function auditActions(uploadId: string) {
  const events = await getDb().auditEvent.findMany({ where: { entityId: uploadId }, orderBy: { id: "asc" } });
  return events.map((e) => ({ action: e.action, actorKind: e.actorKind, actorId: e.actorId }));
}

describe("legacy import upload", () => {
  it("streams the file to a private folder with its SHA-256, dry-runs it and keeps the report; nothing is written", async () => {
    const root = newRoot();
    const by = supervisor();
    const [a, b, c] = [uniqueNhsNumber(), uniqueNhsNumber(), uniqueNhsNumber()];
    const bytes = careMyWayFile([{ nhs: a, forenames: "Zoë" }, { nhs: withWrongCheckDigit(b) }, { nhs: c, code: "93C0." }]);

    const result = await receiveUpload({ source: "caremyway", file: { bytes, name: "C:\\exports\\islington.csv" } }, by, { root });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { upload } = result;

    expect(upload.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(upload).toMatchObject({ source: "caremyway", fileName: "islington.csv", sizeBytes: bytes.length, uploadedBy: by.staffId, commit: null });
    // The stored bytes are exactly the upload, readable by its owner only.
    const stored = path.join(root, upload.id, "extract");
    expect(readFileSync(stored).equals(bytes)).toBe(true);
    expect((await import("node:fs")).statSync(stored).mode & 0o077).toBe(0);

    expect(upload.dryRun).toMatchObject({ outcome: "checked", counts: { rowsRead: 3, accepted: 2, rejected: 1 } });
    expect(upload.dryRun?.issues).toEqual([expect.objectContaining({ rowNumber: 3, code: "nhs-number-check-digit" })]);
    expect(canCommit(upload)).toBe(true);

    // Persisted: read back later (another request), by the same supervisor only.
    expect(await readUpload(upload.id, by, { root })).toEqual(upload);
    expect(await readUpload(upload.id, supervisor(), { root })).toBeNull();

    expect(await getDb().decision.count({ where: { nhsNumber: { in: [a, c] } } })).toBe(0);
    expect(await auditActions(upload.id)).toEqual([
      { action: "import.upload", actorKind: "STAFF", actorId: by.staffId },
      { action: "import.dry-run", actorKind: "STAFF", actorId: by.staffId },
    ]);
  });

  it("commits the stored file once: a second confirm and a repeat upload change nothing", async () => {
    const root = newRoot();
    const by = supervisor();
    const people = [uniqueNhsNumber(), uniqueNhsNumber()];
    const bytes = careMyWayFile(people.map((nhs) => ({ nhs })));
    const result = await receiveUpload({ source: "caremyway", file: { bytes, name: "islington.csv" } }, by, { root });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const id = result.upload.id;

    expect(await findImportRunFor(result.upload.sha256)).toBeNull();
    const first = await commitUpload(id, by, { root });
    expect(first.commit).toMatchObject({ outcome: "committed", counts: { accepted: 2 }, peopleChanged: 2 });
    const run = await getDb().importRun.findUniqueOrThrow({ where: { sha256: result.upload.sha256 } });
    expect(first.commit?.importRun).toMatchObject({ id: run.id, ranBy: `staff ${by.staffId}` });
    expect(await findImportRunFor(result.upload.sha256)).toMatchObject({ id: run.id });
    expect(run).toMatchObject({ ranByKind: "STAFF", ranById: by.staffId, fileName: "islington.csv", source: "CAREMYWAY" });
    const decisions = await getDb().decision.findMany({ where: { nhsNumber: { in: people } }, select: { importRunId: true, sourceRow: true } });
    expect(decisions.map((d) => d.importRunId)).toEqual([run.id, run.id]);
    // The file is gone once committed; its report stays for the result page.
    expect(existsSync(path.join(root, id, "extract"))).toBe(false);
    expect(canCommit(first)).toBe(false);

    // The confirm button pressed again (back button, second tab): the same result, no second import.
    const second = await commitUpload(id, by, { root });
    expect(second.commit?.importRun?.id).toBe(run.id);
    expect(await getDb().decision.count({ where: { nhsNumber: { in: people } } })).toBe(2);
    expect(await getDb().importRun.count({ where: { sha256: result.upload.sha256 } })).toBe(1);

    // The same file uploaded again: told it was already imported, nothing to commit.
    const again = await receiveUpload({ source: "caremyway", file: { bytes, name: "islington-again.csv" } }, by, { root });
    if (!again.ok) throw new Error(JSON.stringify(again.errors));
    expect(again.upload.dryRun).toMatchObject({ outcome: "already-imported", importRun: { id: run.id } });
    expect(canCommit(again.upload)).toBe(false);
    expect(existsSync(path.join(root, again.upload.id, "extract"))).toBe(false);
    await expect(commitUpload(again.upload.id, by, { root })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await getDb().decision.count({ where: { nhsNumber: { in: people } } })).toBe(2);

    const actions = (await auditActions(id)).map((e) => e.action);
    expect(actions).toEqual(["import.upload", "import.dry-run", "import.confirm", "import.confirm"]);
    const commitAudit = await getDb().auditEvent.findFirstOrThrow({ where: { action: "import.commit", entityId: run.id } });
    expect(commitAudit).toMatchObject({ actorKind: "STAFF", actorId: by.staffId });
    for (const nhs of people) await expectConsistent(nhs);
  });

  it("two confirms at once import once (the importer's lock and SHA-256 check)", async () => {
    const root = newRoot();
    const by = supervisor();
    const people = [uniqueNhsNumber(), uniqueNhsNumber(), uniqueNhsNumber()];
    const bytes = careMyWayFile(people.map((nhs) => ({ nhs })));
    const result = await receiveUpload({ source: "caremyway", file: { bytes, name: "double.csv" } }, by, { root });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));

    const [one, two] = await Promise.all([commitUpload(result.upload.id, by, { root }), commitUpload(result.upload.id, by, { root })]);
    expect(await getDb().importRun.count({ where: { sha256: result.upload.sha256 } })).toBe(1);
    expect(await getDb().decision.count({ where: { nhsNumber: { in: people } } })).toBe(3);
    const run = await getDb().importRun.findUniqueOrThrow({ where: { sha256: result.upload.sha256 } });
    expect(one.commit?.importRun?.id).toBe(run.id);
    expect(two.commit?.importRun?.id).toBe(run.id);
    // What the page shows afterwards is the commit, not the second confirm's "already imported".
    expect((await readUpload(result.upload.id, by, { root }))?.commit?.outcome).toBe("committed");
    for (const nhs of people) await expectConsistent(nhs);
  });

  it("commits only the file that was dry-run: one changed on disk since is refused and nothing is imported", async () => {
    const root = newRoot();
    const by = supervisor();
    const nhs = uniqueNhsNumber();
    const result = await receiveUpload({ source: "caremyway", file: { bytes: careMyWayFile([{ nhs }]), name: "x.csv" } }, by, { root });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const other = uniqueNhsNumber();
    writeFileSync(path.join(root, result.upload.id, "extract"), careMyWayFile([{ nhs: other }]));

    const after = await commitUpload(result.upload.id, by, { root });
    expect(after.commit).toMatchObject({ outcome: "refused", refusal: { code: "changed-since-dry-run" } });
    expect(await getDb().decision.count({ where: { nhsNumber: { in: [nhs, other] } } })).toBe(0);
  });

  it("refuses every role but supervisor, and another supervisor's upload", async () => {
    const root = newRoot();
    const bytes = careMyWayFile([{ nhs: uniqueNhsNumber() }]);
    await expect(receiveUpload({ source: "caremyway", file: { bytes, name: "x.csv" } }, CASEWORKER, { root })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(receiveUpload({ source: "caremyway", file: { bytes, name: "x.csv" } }, { staffId: "a", role: "admin" }, { root })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(readdirSync(root)).toEqual([]);

    const owner = supervisor();
    const result = await receiveUpload({ source: "caremyway", file: { bytes, name: "x.csv" } }, owner, { root });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    await expect(commitUpload(result.upload.id, CASEWORKER, { root })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(readUpload(result.upload.id, { staffId: owner.staffId, role: "caseworker" }, { root })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(commitUpload(result.upload.id, supervisor(), { root })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await rejectedRowsCsv(result.upload.id, supervisor(), { root })).toBeNull();
    expect(await getDb().importRun.count({ where: { sha256: result.upload.sha256 } })).toBe(0);
  });

  it("answers missing or empty answers with a specific message and keeps nothing", async () => {
    const root = newRoot();
    const by = supervisor();
    const bytes = careMyWayFile([{ nhs: uniqueNhsNumber() }]);
    expect(await receiveUpload({ file: { bytes, name: "x.csv" } }, by, { root })).toEqual({ ok: false, errors: { source: "sourceMissing" }, source: undefined });
    expect(await receiveUpload({ source: "emis", file: { bytes, name: "x.csv" } }, by, { root })).toMatchObject({ ok: false, errors: { source: "sourceMissing" } });
    expect(await receiveUpload({ source: "cidr" }, by, { root })).toEqual({ ok: false, errors: { file: "fileMissing" }, source: "cidr" });
    expect(await receiveUpload({ source: "cidr", file: { bytes: Buffer.alloc(0), name: "empty.txt" } }, by, { root })).toMatchObject({
      ok: false,
      errors: { file: "fileEmpty" },
    });
    expect(readdirSync(root)).toEqual([]);
  });

  it("keeps a refused file's one message and offers no commit", async () => {
    const root = newRoot();
    const by = supervisor();
    const bytes = careMyWayFile([{ nhs: uniqueNhsNumber() }], { trailer: null });
    const result = await receiveUpload({ source: "caremyway", file: { bytes, name: "cut.csv" } }, by, { root });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.upload.dryRun).toMatchObject({ outcome: "refused", refusal: { code: "missing-trailer" } });
    expect(canCommit(result.upload)).toBe(false);
    expect(existsSync(path.join(root, result.upload.id, "extract"))).toBe(false);
    await expect(commitUpload(result.upload.id, by, { root })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("offers the rejected rows as a formula-safe CSV with a safe file name, audited", async () => {
    const root = newRoot();
    const by = supervisor();
    const bad = withWrongCheckDigit(uniqueNhsNumber());
    const bytes = careMyWayFile([{ nhs: uniqueNhsNumber() }, { nhs: bad, surname: "=HYPERLINK(\"http://evil\")" }, { nhs: uniqueNhsNumber(), code: "9Nu0." }]);
    const result = await receiveUpload({ source: "caremyway", file: { bytes, name: "../../etc/passwd\";.csv" } }, by, { root });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));

    const download = await rejectedRowsCsv(result.upload.id, by, { root });
    expect(download?.fileName).toMatch(/^caremyway-rejected-rows-[0-9a-f]{12}\.csv$/);
    const lines = download!.csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]).toBe("row,outcome,reason,message,NHS_NUMBER,SURNAME,FORENAMES,DATE_OF_BIRTH,POSTCODE,PRACTICE_CODE,READ_CODE,EVENT_DATE,ENTERED_BY");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(new RegExp(`^3,rejected,nhs-number-check-digit,.*,${bad},"'=HYPERLINK\\(""http://evil""\\)",`));
    expect(lines[2]).toMatch(/^4,rejected,unknown-code,/);
    expect((await auditActions(result.upload.id)).map((e) => e.action)).toContain("import.rejected-rows.download");
  });

  it("deletes uploads after their time to live", async () => {
    const root = newRoot();
    const by = supervisor();
    const result = await receiveUpload({ source: "caremyway", file: { bytes: careMyWayFile([{ nhs: uniqueNhsNumber() }]), name: "x.csv" } }, by, { root });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const later = () => new Date(Date.now() + UPLOAD_TTL_MS + 60_000);
    expect(await readUpload(result.upload.id, by, { root, now: later })).toBeNull();
    expect(await sweepExpiredUploads({ root })).toBe(0);
    expect(await sweepExpiredUploads({ root, now: later })).toBe(1);
    expect(readdirSync(root)).toEqual([]);
  });
});
