import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isValidNhsNumber } from "@/lib/nhs-number/nhs-number";
import { commitUpload, receiveUpload } from "@/lib/legacy-import/upload-store";
import { careMyWayFile } from "./support";

// A measurement, not a check run every time: how long the upload page's dry run
// and commit take within their requests. UPLOAD_TIMING_ROWS=100000 (default)
// UPLOAD_TIMING=1 npx vitest run tests/legacy-import/upload-timing.test.ts
// Numbers from 999 000 000x upwards: run it alone, on its own per-run database.

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
    // Two events a person, a year apart: opt out, then back in.
    const rows = Array.from({ length: ROWS }, (_, i) => ({
      nhs: people[i % people.length]!,
      code: i < people.length ? "93C1." : "93C0.",
      event: i < people.length ? "15/06/2018 10:30" : "15/06/2019 10:30",
    }));
    const bytes = careMyWayFile(rows);
    const form = new FormData();
    form.append("source", "caremyway");
    form.append("file", new File([new Uint8Array(bytes)], "timing.csv"));
    const request = new Request("http://127.0.0.1/", { method: "POST", body: form });
    const by = { staffId: `timing-${randomUUID().slice(0, 8)}`, role: "supervisor" };
    const root = mkdtempSync(path.join(tmpdir(), "legacy-upload-timing-"));

    let started = performance.now();
    const result = await receiveUpload({ contentType: request.headers.get("content-type"), body: request.body }, by, { root });
    const dryRunSeconds = (performance.now() - started) / 1000;
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.upload.dryRun?.counts).toMatchObject({ rowsRead: ROWS, accepted: ROWS, rejected: 0 });

    started = performance.now();
    const committed = await commitUpload(result.upload.id, by, { root });
    const commitSeconds = (performance.now() - started) / 1000;
    expect(committed.commit?.outcome).toBe("committed");
    console.log(
      `upload timing: ${ROWS} rows, ${(bytes.length / 1024 / 1024).toFixed(1)} MB: upload + dry run ${dryRunSeconds.toFixed(1)} s, ` +
        `commit ${commitSeconds.toFixed(1)} s, RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`,
    );
  });
});
