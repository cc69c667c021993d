import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { receiveUpload, UPLOAD_MESSAGES } from "@/lib/legacy-import/upload-store";
import { careMyWayFile, cidrFile } from "../legacy-import/support";
import { uniqueNhsNumber } from "../support/factories";
import { DB_FUZZ_RUNS, FUZZ_TEST_TIMEOUT_MS, fuzzParams, nastyString } from "./arbitraries";
import { privateDatabaseFor } from "./support";

vi.setConfig({ testTimeout: FUZZ_TEST_TIMEOUT_MS });

// The legacy upload page's multipart parser with fuzzed bodies: wrong or
// missing boundaries, cut-short bodies, missing or odd fields and file names.
// A refused upload leaves no folder behind and no row anywhere; an accepted
// one only records its audit event and keeps a clean file name.

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

const KNOWN_MESSAGES = new Set<string>(Object.values(UPLOAD_MESSAGES));

describe("legacy upload with fuzzed multipart bodies", () => {
  it("refuses with a known field message, leaving no folder and no row; or keeps the file under a clean name", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "fuzz-upload-"));
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const before = await database.countRows();
        const foldersBefore = readdirSync(root).length;
        const result = await receiveUpload({ contentType: b.header, body: (async function* () { yield b.bytes; })() as never }, by, { root });
        const after = await database.countRows();
        if (!result.ok) {
          const messages = Object.values(result.errors);
          expect(messages.length).toBeGreaterThan(0);
          for (const message of messages) expect(KNOWN_MESSAGES.has(message!) || message!.length > 10).toBe(true);
          expect(after).toEqual(before);
          expect(readdirSync(root).length).toBe(foldersBefore);
          return;
        }
        expect(result.upload.fileName).not.toMatch(/[\u0000-\u001f\u007f\\/]/);
        expect(result.upload.sizeBytes).toBeGreaterThan(0);
        // Only the audit trail is written by an upload; the register itself waits for the commit.
        const withoutAudit = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([table]) => !table.startsWith("audit")));
        expect(withoutAudit(after)).toEqual(withoutAudit(before));
      }),
      fuzzParams(DB_FUZZ_RUNS * 2),
    );
  });
});
