import http from "node:http";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApiClient } from "@/lib/api/manage-api-clients";
import { type RunningApi, startApi } from "../api/support";
import { DB_FUZZ_RUNS, fuzzParams, nastyString, FUZZ_TEST_TIMEOUT_MS } from "./arbitraries";
import { privateDatabaseFor } from "./support";

vi.setConfig({ testTimeout: FUZZ_TEST_TIMEOUT_MS });


// The dedicated API server over real HTTP, with raw request targets and
// bodies that fetch would tidy up: percent-encoding, dot segments, query
// strings, oversized and chunked bodies. Every answer is JSON with a known
// status, never a 500, and nothing is written.

const database = privateDatabaseFor("fuzz_api_server");
let api: RunningApi;
let key: string;

beforeAll(async () => {
  api = await startApi({ connectionString: database.url });
  key = (await createApiClient({ name: "Fuzzing over HTTP", by: { kind: "SYSTEM", id: "fuzz" } })).key;
});
afterAll(async () => api?.close());

function send(options: { method: string; target: string; body?: Buffer; chunked?: boolean }): Promise<{ status: number; contentType: string; location?: string; body: string }> {
  const url = new URL(api.url);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: options.method,
        path: options.target,
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json", ...(options.chunked || !options.body ? {} : { "content-length": String(options.body.length) }) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (c: Buffer) => chunks.push(c));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, contentType: String(response.headers["content-type"] ?? ""), location: response.headers.location, body: Buffer.concat(chunks).toString("utf8") }));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    if (options.body) {
      if (options.chunked) for (let i = 0; i < options.body.length; i += 4096) request.write(options.body.subarray(i, i + 4096));
      else request.write(options.body);
    }
    request.end();
  });
}

// Request targets: printable ASCII only (Node refuses to send anything else in a path), percent-encoding everything else.
const target = fc.oneof(
  fc.constantFrom("/api/v1/consent/", "/api/v1/consent/changes?", "/fhir/Consent?patient:identifier=", "/api/v1/consent/check?", "/api/v1/consent/../consent/", "/api/v1/consent/%2e%2e/", "//api/v1/consent/", "//evil.example/", "/\\evil.example/"),
).chain((prefix) => nastyString.map((tail) => `${prefix}${[...tail].map((c) => (/^[!-~]$/.test(c) && c !== "#" ? c : encodeURIComponent(c.replace(/\p{Cs}/u, "\ufffd")))).join("")}`));

describe("the dedicated API server over HTTP (fuzzed)", () => {
  it("any request target gets JSON with a known status, never a 500, and writes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("GET", "POST", "HEAD", "DELETE"), target, async (method, path) => {
        const before = await database.countRows();
        const response = await send({ method, target: path, body: method === "POST" ? Buffer.from('{"nhsNumbers":["9990000018"]}') : undefined });
        // 431: Node's own HTTP parser refuses a request line over its 16 kB header limit, before the API sees it.
        expect([200, 308, 400, 401, 403, 404, 405, 406, 413, 415, 422, 431]).toContain(response.status);
        // A trailing slash is redirected to the same server's address without it, never to another host.
        if (response.status === 308) {
          expect(path.split("?")[0]).toMatch(/.\/$/);
          expect(response.location).toMatch(/^\/(?![/\\])/);
        }
        if (method !== "HEAD" && response.status !== 431) {
          expect(response.contentType).toMatch(/json/);
          expect(() => JSON.parse(response.body)).not.toThrow();
        }
        expect(await database.countRows()).toEqual(before);
      }),
      fuzzParams(DB_FUZZ_RUNS * 3),
    );
  });

  it("bodies of any size, sent whole or chunked, are answered or refused (413 past 1 MB), never a 500", async () => {
    const body = fc.oneof(
      fc.uint8Array({ maxLength: 2_000 }).map((a) => Buffer.from(a)),
      fc.integer({ min: 1_048_000, max: 1_049_200 }).map((size) => Buffer.alloc(size, 0x20)),
      fc.integer({ min: 1_000, max: 10_000 }).map((n) => Buffer.from(JSON.stringify({ nhsNumbers: Array.from({ length: n }, () => "999 000 0018") }))),
    );
    await fc.assert(
      fc.asyncProperty(body, fc.boolean(), async (bytes, chunked) => {
        const response = await send({ method: "POST", target: "/api/v1/consent/check", body: bytes, chunked });
        expect([200, 400, 413]).toContain(response.status);
        if (bytes.length > 1_048_576) expect(response.status).toBe(413);
        const parsed = JSON.parse(response.body) as { results?: unknown[] };
        if (response.status === 200) expect(parsed.results?.length).toBe((JSON.parse(bytes.toString("utf8")) as { nhsNumbers: string[] }).nhsNumbers.length);
      }),
      fuzzParams(DB_FUZZ_RUNS),
    );
  });
});
