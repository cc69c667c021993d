import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createConsentApiServer } from "@/lib/api/node-server";
import { parseContentSecurityPolicy } from "@/lib/security/csp";
import { SECURITY_HEADERS } from "@/lib/security/headers";
import { MAX_BODY_BYTES } from "@/lib/validation/consent-api";
import { newKey, type RunningApi, startApi } from "../api/support";

// The dedicated consent-check server (lib/api/node-server.ts), started in-process
// against the test database: its headers on every kind of answer, and its body limit.

let api: RunningApi;
let key: string;

beforeAll(async () => {
  api = await startApi();
  key = (await newKey()).key;
});
afterAll(async () => api.close());

function expectHardened(response: Response, what: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), `${name} on ${what}`).toBe(value);
  expect(response.headers.get("cache-control"), what).toBe("no-store");
  expect(parseContentSecurityPolicy(response.headers.get("content-security-policy") ?? "").get("default-src"), what).toEqual(["'none'"]);
  expect(response.headers.get("server"), what).toBeNull();
  expect(response.headers.get("x-powered-by"), what).toBeNull();
}

describe("the dedicated API server's headers", () => {
  it("are on answers, refusals and errors alike", async () => {
    const answers = [
      ["an answer", await api.get("/api/v1/consent/9990000018", key), 200],
      ["no key", await api.get("/api/v1/consent/9990000018"), 401],
      ["a bad NHS number", await api.get("/api/v1/consent/123", key), 422],
      ["an unknown path", await api.get("/nothing-here", key), 404],
      ["a batch", await api.post("/api/v1/consent/check", JSON.stringify({ nhsNumbers: ["9990000018"] }), key), 200],
      ["FHIR metadata", await api.get("/fhir/metadata"), 200],
    ] as const;
    for (const [what, response, status] of answers) {
      expect(response.status, what).toBe(status);
      expectHardened(response, what);
    }
  });

  it("answers HEAD with the same headers and no body", async () => {
    const response = await fetch(`${api.url}/api/v1/consent/9990000018`, { method: "HEAD", headers: { authorization: `Bearer ${key}` } });
    expectHardened(response, "HEAD");
    expect(await response.text()).toBe("");
  });
});

/** A raw request, so the body can be sent without a Content-Length (chunked) or with a false one. */
function rawPost(url: string, options: { chunks: Buffer[]; headers: Record<string, string> }): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: "POST", headers: options.headers }, (response) => {
      const parts: Buffer[] = [];
      response.on("data", (c: Buffer) => parts.push(c));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(parts).toString() }));
    });
    // The server may close the connection before everything is written: that is the point.
    request.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" || error.code === "ECONNRESET" ? undefined : reject(error)));
    for (const chunk of options.chunks) request.write(chunk);
    request.end();
  });
}

describe("the dedicated API server's body limit", () => {
  it("refuses a declared body over 1 MB at once with 413 and closes the connection", async () => {
    const body = Buffer.alloc(MAX_BODY_BYTES + 1, " ");
    const response = await rawPost(`${api.url}/api/v1/consent/check`, {
      chunks: [body],
      headers: { "content-type": "application/json", authorization: `Bearer ${key}`, "content-length": String(body.length) },
    });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body).detail).toBe(`The body is larger than ${MAX_BODY_BYTES} bytes.`);
    expect(response.headers.connection).toBe("close");
    expect(response.headers["x-frame-options"]).toBe("DENY");
  });

  it("refuses a chunked body once it passes 1 MB, without reading the rest", async () => {
    const chunk = Buffer.alloc(256 * 1024, " ");
    const response = await rawPost(`${api.url}/api/v1/consent/check`, {
      chunks: Array.from({ length: 40 }, () => chunk), // 10 MB offered, refused after the fifth chunk
      headers: { "content-type": "application/json", authorization: `Bearer ${key}`, "transfer-encoding": "chunked" },
    });
    expect(response.status).toBe(413);
    expect(response.headers.connection).toBe("close");
  });

  it("still accepts a body of exactly 1 MB", async () => {
    const json = JSON.stringify({ nhsNumbers: ["9990000018"] });
    const body = Buffer.from(json.padEnd(MAX_BODY_BYTES, " "));
    expect(body.length).toBe(MAX_BODY_BYTES);
    const response = await fetch(`${api.url}/api/v1/consent/check`, { method: "POST", body, headers: { "content-type": "application/json", authorization: `Bearer ${key}` } });
    expect(response.status).toBe(200);
    expect((await response.json()).results).toHaveLength(1);
  });
});

describe("a server with extra routes (the health check npm run start:api adds)", () => {
  it("puts the same headers on them", async () => {
    const server = createConsentApiServer(async () => ({ status: 404, headers: {}, body: "" }), {
      "/api/health": async () => ({ status: 200, headers: { "content-type": "application/json" }, body: "{}" }),
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/health`);
      expect(response.status).toBe(200);
      expectHardened(response, "health");
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
