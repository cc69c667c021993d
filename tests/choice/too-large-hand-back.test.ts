import http from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { MAX_FORM_BODY_BYTES } from "@/lib/security/request-guard";
import { createSiteServer } from "@/lib/security/site-server";

// The site server refuses a body over the limit before Next.js reads it. A
// plain form post to a journey question with a file is read to the end,
// thrown away, and sent back to its question (which shows its own error);
// anything else keeps the generic 413.

let server: http.Server;
let port: number;
let handled = 0;

beforeAll(async () => {
  server = createSiteServer((_request, response) => {
    handled += 1;
    response.end("handled");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function post(path: string, bytes: number, headers: Record<string, string> = {}): Promise<{ status: number; location?: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, path, method: "POST", headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(bytes), ...headers } }, (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0, location: response.headers.location });
    });
    request.on("error", reject);
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    let left = bytes;
    const write = () => {
      while (left > 0) {
        const part = chunk.subarray(0, Math.min(chunk.length, left));
        left -= part.length;
        if (!request.write(part)) return void request.once("drain", write);
      }
      request.end();
    };
    write();
  });
}

describe("a journey form too large to read", () => {
  it("goes back to its question, with the page's own error, without reaching the application", async () => {
    const before = handled;
    expect(await post("/choice/opt-out/evidence?change=1", MAX_FORM_BODY_BYTES + 1024)).toEqual({ status: 303, location: "/choice/opt-out/evidence?problem=too-large&change=1" });
    expect(handled).toBe(before);
  });

  it("keeps the generic refusal for other forms and for JavaScript's server action calls", async () => {
    await expect(post("/contact", MAX_FORM_BODY_BYTES + 1024)).resolves.toMatchObject({ status: 413 });
    await expect(post("/choice/opt-out/evidence", MAX_FORM_BODY_BYTES + 1024, { "next-action": "abc" })).resolves.toMatchObject({ status: 413 });
  });
});
