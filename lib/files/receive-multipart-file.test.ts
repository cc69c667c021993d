import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { multipartRefusalOf, receiveMultipartFile } from "./receive-multipart-file";

/** A multipart/form-data body as a browser's form sends it. */
function form(fields: Record<string, string>, file?: { bytes: Buffer; name: string; field?: string }) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  if (file) data.append(file.field ?? "file", new File([new Uint8Array(file.bytes)], file.name, { type: "text/csv" }));
  const request = new Request("http://127.0.0.1/upload", { method: "POST", body: data });
  return { contentType: request.headers.get("content-type"), body: request.body };
}

const destination = () => path.join(mkdtempSync(path.join(tmpdir(), "multipart-test-")), "file");

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return { reason: multipartRefusalOf(error), code: (error as { code?: string }).code };
  }
  throw new Error("expected a refusal");
}

describe("receiveMultipartFile", () => {
  it("keeps the fields and streams the file to disk, private, with its size and SHA-256 and a clean name", async () => {
    const bytes = Buffer.from("NHS_NUMBER,SURNAME\r\n9990000018,Zoë\r\n", "latin1");
    const to = destination();
    const received = await receiveMultipartFile({ ...form({ source: "caremyway" }, { bytes, name: "C:\\exports\\isl\u202eington.csv" }), fileField: "file", destination: to, maxBytes: 1024 });
    expect(received.fields).toEqual({ source: "caremyway" });
    expect(received.file).toEqual({ fileName: "islington.csv", sizeBytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") });
    expect(readFileSync(to).equals(bytes)).toBe(true);
    expect(statSync(to).mode & 0o077).toBe(0);
  });

  it("treats no file chosen, or a file in another field, as no file", async () => {
    const to = destination();
    expect((await receiveMultipartFile({ ...form({ source: "cidr" }), fileField: "file", destination: to, maxBytes: 1024 })).file).toBeNull();
    const other = await receiveMultipartFile({ ...form({}, { bytes: Buffer.from("x"), name: "x.csv", field: "other" }), fileField: "file", destination: to, maxBytes: 1024 });
    expect(other.file).toBeNull();
    expect(existsSync(to)).toBe(false);
  });

  it("refuses a body that is not a form, a file over the cap and a body cut short, keeping nothing", async () => {
    const to = destination();
    expect(await refusal(receiveMultipartFile({ contentType: "application/json", body: new Blob(["{}"]).stream(), fileField: "file", destination: to, maxBytes: 1024 }))).toEqual({
      reason: "not-a-form",
      code: "UNSUPPORTED_MEDIA_TYPE",
    });
    expect(await refusal(receiveMultipartFile({ contentType: "multipart/form-data", body: new Blob(["x"]).stream(), fileField: "file", destination: to, maxBytes: 1024 }))).toEqual({
      reason: "not-a-form",
      code: "UNSUPPORTED_MEDIA_TYPE",
    });
    const big = form({ source: "caremyway" }, { bytes: Buffer.alloc(100, 65), name: "big.csv" });
    expect(await refusal(receiveMultipartFile({ ...big, fileField: "file", destination: to, maxBytes: 64 }))).toEqual({ reason: "too-large", code: "TOO_LARGE" });
    expect(existsSync(to)).toBe(false);

    const whole = form({ source: "caremyway" }, { bytes: Buffer.alloc(100, 65), name: "x.csv" });
    const buffer = Buffer.from(await new Response(whole.body).arrayBuffer());
    const cut = { contentType: whole.contentType, body: new Blob([buffer.subarray(0, buffer.length - 40)]).stream() };
    expect(await refusal(receiveMultipartFile({ ...cut, fileField: "file", destination: to, maxBytes: 1024 }))).toEqual({ reason: "cut-short", code: "VALIDATION_FAILED" });
    expect(existsSync(to)).toBe(false);
  });
});
