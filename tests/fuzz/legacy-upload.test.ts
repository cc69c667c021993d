import { existsSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { guardImportPost } from "@/app/(staff)/staff/imports/_lib/guard";
import { POST } from "@/app/(staff)/staff/imports/upload/route";
import { readUpload } from "@/lib/legacy-import/upload/read-upload";
import { defaultUploadRoot } from "@/lib/legacy-import/upload/upload-folder";
import { UPLOAD_MESSAGES } from "@/lib/legacy-import/upload/upload-settings";
import { careMyWayFile, cidrFile, workInOwnFolderForFile } from "../legacy-import/support";
import { uniqueNhsNumber } from "../support/factories";
import { DB_FUZZ_RUNS, FUZZ_TEST_TIMEOUT_MS, fuzzParams, nastyString } from "./arbitraries";
import { privateDatabaseFor } from "./support";

vi.setConfig({ testTimeout: FUZZ_TEST_TIMEOUT_MS });

// The legacy upload route (which parses the multipart body) with fuzzed
// bodies: wrong or missing boundaries, cut-short bodies, missing or odd fields
// and file names. A refused upload leaves no folder behind and no row
// anywhere; an accepted one only records its audit event and keeps a clean
// file name. Only the session check is replaced.

vi.mock("@/app/(staff)/staff/imports/_lib/guard", () => ({
  guardImportPost: vi.fn(),
  uploaderOf: (staff: { id: string; role: string }) => ({ staffId: staff.id, role: staff.role }),
}));

workInOwnFolderForFile();

const database = privateDatabaseFor("fuzz_upload");
const by = { staffId: "supervisor-fuzz", role: "supervisor" };

function multipart(boundary: string, parts: { name: string; value: string | Buffer; fileName?: string }[]): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `Content-Disposition: form-data; name="${part.name}"${part.fileName === undefined ? "" : `; filename="${part.fileName}"`}`;
    chunks.push(Buffer.from(`--${boundary}\r\n${disposition}\r\n${part.fileName === undefined ? "" : "Content-Type: text/csv\r\n"}\r\n`, "utf8"), Buffer.from(part.value), Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

const goodFile = fc.constantFrom("caremyway", "cidr").map((source) => ({ source, bytes: source === "caremyway" ? careMyWayFile([{ nhs: uniqueNhsNumber() }]) : cidrFile([{ nhs: uniqueNhsNumber() }]) }));
const body = fc
  .record({
    file: goodFile,
    source: fc.oneof({ arbitrary: fc.constant<string | null>(null), weight: 1 }, { arbitrary: fc.constantFrom("caremyway", "cidr"), weight: 4 }, { arbitrary: nastyString, weight: 1 }),
    fileName: fc.oneof({ arbitrary: fc.constantFrom("extract.csv", "C:\\exports\\x.csv", "../../etc/passwd"), weight: 3 }, { arbitrary: nastyString.map((s) => s.replace(/["\r\n]/g, "")), weight: 1 }),
    includeFile: fc.boolean(),
    cut: fc.option(fc.nat()),
    boundary: fc.constantFrom("XyZ123", "----WebKitFormBoundary7MA4YWxkTrZu0gW"),
    headerBoundary: fc.oneof({ arbitrary: fc.constant<string | null>(null), weight: 4 }, { arbitrary: fc.constantFrom("other", "", '"quoted"'), weight: 1 }),
    contentType: fc.oneof({ arbitrary: fc.constant("multipart/form-data"), weight: 6 }, { arbitrary: fc.constantFrom("text/plain", "application/json", "", "multipart/mixed"), weight: 1 }),
  })
  .map((b) => {
    const parts: { name: string; value: string | Buffer; fileName?: string }[] = [];
    if (b.source !== null) parts.push({ name: "source", value: b.source });
    if (b.includeFile) parts.push({ name: "file", value: b.file.bytes, fileName: b.fileName });
    let bytes = multipart(b.boundary, parts);
    if (b.cut !== null) bytes = bytes.subarray(0, b.cut % (bytes.length + 1));
    return { ...b, bytes, header: `${b.contentType}; boundary=${b.headerBoundary ?? b.boundary}` };
  });

const KNOWN_MESSAGES = new Set<string>(Object.keys(UPLOAD_MESSAGES));

function uploadFolders(): string[] {
  return existsSync(defaultUploadRoot()) ? readdirSync(defaultUploadRoot()) : [];
}

describe("legacy upload route with fuzzed multipart bodies", () => {
  it("refuses with a known field message, leaving no folder and no row; or keeps the file under a clean name", async () => {
    vi.mocked(guardImportPost).mockResolvedValue({ id: by.staffId, role: by.role } as never);
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const before = await database.countRows();
        const foldersBefore = uploadFolders();
        const request = new Request("http://127.0.0.1/staff/imports/upload", {
          method: "POST",
          headers: { "content-type": b.header },
          body: new Uint8Array(b.bytes),
        });
        const response = await POST(request);
        const after = await database.countRows();
        expect(response.status).toBe(303);
        const location = new URL(response.headers.get("location")!, "http://127.0.0.1");
        const errors = (location.searchParams.get("error") ?? "").split(",").filter(Boolean);
        if (location.pathname === "/staff/imports") {
          expect(errors.length).toBeGreaterThan(0);
          for (const key of errors) expect(KNOWN_MESSAGES.has(key)).toBe(true);
          expect(after).toEqual(before);
          expect(uploadFolders()).toEqual(foldersBefore);
          return;
        }
        const id = location.pathname.split("/").pop()!;
        const upload = await readUpload(id, by);
        expect(upload?.fileName).not.toMatch(/[\u0000-\u001f\u007f\\/]/);
        expect(upload?.sizeBytes).toBeGreaterThan(0);
        // Only the audit trail is written by an upload; the register itself waits for the commit.
        const withoutAudit = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([table]) => !table.startsWith("audit")));
        expect(withoutAudit(after)).toEqual(withoutAudit(before));
        rmSync(path.join(defaultUploadRoot(), id), { recursive: true, force: true });
      }),
      fuzzParams(DB_FUZZ_RUNS * 2),
    );
  });
});
