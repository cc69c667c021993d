import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { createReadStream, createWriteStream, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import { guardImportPost } from "@/app/(staff)/staff/imports/_lib/guard";
import { POST } from "@/app/(staff)/staff/imports/upload/route";
import { CAREMYWAY_FORMAT } from "@/lib/legacy-import/formats";
import { commitUpload } from "@/lib/legacy-import/upload/commit-upload";
import { readUpload } from "@/lib/legacy-import/upload/read-upload";
import { isValidNhsNumber } from "@/lib/nhs-number/nhs-number";
import { careMyWayLine } from "./support";

// A measurement, not a check run every time: how long the upload page's dry run
// and commit take within their requests. UPLOAD_TIMING_ROWS=100000 (default)
// UPLOAD_TIMING=1 npx vitest run tests/legacy-import/upload-timing.test.ts
// Numbers from 999 000 000x upwards: run it alone, on its own per-run database.

vi.mock("@/app/(staff)/staff/imports/_lib/guard", () => ({
  guardImportPost: vi.fn(),
  uploaderOf: (staff: { id: string; role: string }) => ({ staffId: staff.id, role: staff.role }),
}));

const ROWS = Number(process.env.UPLOAD_TIMING_ROWS ?? 100_000);

describe.runIf(process.env.UPLOAD_TIMING === "1")("upload timing", () => {
  it(`uploads, dry-runs and commits ${ROWS} CareMyWay rows`, { timeout: 600_000 }, async () => {
    const people: string[] = [];
    for (let prefix = 0; people.length < Math.ceil(ROWS / 2); prefix++) {
      for (let last = 0; last < 10; last++) {
        const candidate = `999${String(prefix).padStart(6, "0")}${last}`;
        if (isValidNhsNumber(candidate)) {
          people.push(candidate);
          break;
        }
      }
    }
    // Two events a person, a year apart: opt out, then back in. Written to disk and
    // sent from there, so the test's own memory is not counted as the upload's.
    const folder = mkdtempSync(path.join(tmpdir(), "legacy-upload-timing-file-"));
    const filePath = path.join(folder, "timing.csv");
    const lines = [CAREMYWAY_FORMAT.columns.join(",")];
    const out = createWriteStream(filePath);
    for (let i = 0; i < ROWS; i++) {
      const first = i < people.length;
      lines.push(careMyWayLine({ nhs: people[i % people.length]!, code: first ? "93C1." : "93C0.", event: first ? "15/06/2018 10:30" : "15/06/2019 10:30" }));
      if (lines.length >= 10_000) {
        if (!out.write(lines.join("\r\n") + "\r\n")) await once(out, "drain");
        lines.length = 0;
      }
    }
    lines.push(`TOTAL_ROWS=${ROWS}`);
    out.end(lines.join("\r\n") + "\r\n");
    await once(out, "close");
    const sizeBytes = statSync(filePath).size;
    const boundary = `----timing${randomUUID()}`;
    async function* multipart() {
      yield Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="source"\r\n\r\ncaremyway\r\n`);
      yield Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="timing.csv"\r\nContent-Type: text/csv\r\n\r\n`);
      for await (const chunk of createReadStream(filePath, { highWaterMark: 256 * 1024 })) yield chunk as Buffer;
      yield Buffer.from(`\r\n--${boundary}--\r\n`);
    }
    const by = { staffId: `timing-${randomUUID().slice(0, 8)}`, role: "supervisor" };
    vi.mocked(guardImportPost).mockResolvedValue({ id: by.staffId, role: by.role } as never);
    process.chdir(mkdtempSync(path.join(tmpdir(), "legacy-upload-timing-")));

    let started = performance.now();
    const rssBefore = process.resourceUsage().maxRSS / 1024;
    const request = new Request("http://127.0.0.1/staff/imports/upload", {
      method: "POST",
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
      body: Readable.toWeb(Readable.from(multipart())) as ReadableStream<Uint8Array>,
      duplex: "half",
    } as RequestInit);
    const response = await POST(request);
    const dryRunSeconds = (performance.now() - started) / 1000;
    const id = response.headers.get("location")!.split("/").pop()!;
    const uploaded = await readUpload(id, by);
    expect(uploaded?.dryRun?.counts).toMatchObject({ rowsRead: ROWS, accepted: ROWS, rejected: 0 });

    started = performance.now();
    const committed = await commitUpload(id, by);
    const commitSeconds = (performance.now() - started) / 1000;
    expect(committed.commit?.outcome).toBe("committed");
    console.log(
      `upload timing: ${ROWS} rows, ${(sizeBytes / 1024 / 1024).toFixed(1)} MB: upload + dry run ${dryRunSeconds.toFixed(1)} s, ` +
        `commit ${commitSeconds.toFixed(1)} s; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (${rssBefore.toFixed(0)} MB before the upload)`,
    );
  });
});
