import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { guardImportPost } from "@/app/(staff)/staff/imports/_lib/guard";
import { POST } from "@/app/(staff)/staff/imports/upload/route";
import { getDb } from "@/lib/db";
import { readUpload } from "@/lib/legacy-import/upload/read-upload";
import { defaultUploadRoot } from "@/lib/legacy-import/upload/upload-folder";
import { uniqueNhsNumber } from "../support/factories";
import { careMyWayFile, workInOwnFolderForFile } from "./support";

// The upload route itself: the multipart body parsed in the route (through
// lib/files/receive-multipart-file), then handed to receiveUpload. Only the
// session check is replaced (e2e/legacy-import.spec.ts covers it for real).

vi.mock("@/app/(staff)/staff/imports/_lib/guard", () => ({
  guardImportPost: vi.fn(),
  uploaderOf: (staff: { id: string; role: string }) => ({ staffId: staff.id, role: staff.role }),
}));

workInOwnFolderForFile();

let staffId = "";
beforeEach(() => {
  staffId = `supervisor-${randomUUID().slice(0, 8)}`;
  vi.mocked(guardImportPost).mockResolvedValue({ id: staffId, role: "supervisor" } as never);
});

function formRequest(fields: { source?: string; file?: { bytes: Buffer; name: string } }): Request {
  const form = new FormData();
  if (fields.source !== undefined) form.append("source", fields.source);
  if (fields.file) form.append("file", new File([new Uint8Array(fields.file.bytes)], fields.file.name, { type: "text/csv" }));
  return new Request("http://127.0.0.1/staff/imports/upload", { method: "POST", body: form });
}

function uploadFolders(): string[] {
  return existsSync(defaultUploadRoot()) ? readdirSync(defaultUploadRoot()) : [];
}

/** Where the route sent the browser, and the form errors it named. */
function redirect(response: Response) {
  expect(response.status).toBe(303);
  const location = new URL(response.headers.get("location")!, "http://127.0.0.1");
  return { path: location.pathname, errors: (location.searchParams.get("error") ?? "").split(",").filter(Boolean), source: location.searchParams.get("source") };
}

describe("POST /staff/imports/upload", () => {
  it("streams the form's file into a private folder, dry-runs it and shows the report page", async () => {
    const nhs = uniqueNhsNumber();
    const bytes = careMyWayFile([{ nhs, forenames: "Zoë" }]);
    const response = await POST(formRequest({ source: "caremyway", file: { bytes, name: "Zoë's extract.csv" } }));
    const { path: location } = redirect(response);
    const id = location.split("/").pop()!;
    expect(location).toBe(`/staff/imports/${id}`);
    const upload = await readUpload(id, { staffId, role: "supervisor" });
    expect(upload).toMatchObject({ source: "caremyway", fileName: "Zoë's extract.csv", sha256: createHash("sha256").update(bytes).digest("hex") });
    expect(upload?.dryRun).toMatchObject({ outcome: "checked", counts: { rowsRead: 1, accepted: 1 } });
    expect(readFileSync(path.join(defaultUploadRoot(), id, "extract")).equals(bytes)).toBe(true);
    expect(await getDb().decision.count({ where: { nhsNumber: nhs } })).toBe(0);
    rmSync(path.join(defaultUploadRoot(), id), { recursive: true, force: true });
  });

  it("sends bad bodies and missing answers back to the form with their messages, keeping nothing", async () => {
    const bytes = careMyWayFile([{ nhs: uniqueNhsNumber() }]);
    const before = uploadFolders();

    expect(redirect(await POST(formRequest({})))).toEqual({ path: "/staff/imports", errors: ["sourceMissing", "fileMissing"], source: null });
    expect(redirect(await POST(formRequest({ source: "cidr", file: { bytes: Buffer.alloc(0), name: "empty.txt" } })))).toEqual({
      path: "/staff/imports",
      errors: ["fileEmpty"],
      source: "cidr",
    });
    const json = new Request("http://127.0.0.1/staff/imports/upload", { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    expect(redirect(await POST(json)).errors).toEqual(["notAForm"]);

    const whole = formRequest({ source: "caremyway", file: { bytes, name: "x.csv" } });
    const buffer = Buffer.from(await whole.arrayBuffer());
    const cut = new Request("http://127.0.0.1/staff/imports/upload", {
      method: "POST",
      body: buffer.subarray(0, buffer.length - 40),
      headers: { "content-type": whole.headers.get("content-type")! },
    });
    expect(redirect(await POST(cut)).errors).toEqual(["cutShort"]);
    expect(uploadFolders()).toEqual(before);
  });
});
