import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";

import { MAX_FORM_BODY_BYTES } from "@/lib/security/request-guard";
import { SECURITY_HEADERS } from "@/lib/security/headers";
import { rawHttpRequest, type RawAnswer } from "../support/raw-http";
import { createSiteServer, INTERNAL_REQUEST_HEADERS, SITE_SERVER_TIMEOUTS, type SiteRequestHandler } from "@/lib/security/site-server";

// The site's own server in front of Next.js (lib/security/site-server.ts), with a stand-in for
// Next.js's handler, over real sockets. Issue #12 findings 9, 10 and 11; e2e/security-headers.spec.ts
// proves the same against the built site.

let servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  servers = [];
});

type Seen = { url: string; method: string; forwardedFor: string | undefined; body: string; internal?: Record<string, string | string[] | undefined> };

async function start(timeouts = { headersTimeoutMs: 600, requestTimeoutMs: 10_000, idleTimeoutMs: 500, keepAliveTimeoutMs: 5_000 }) {
  const seen: Seen[] = [];
  const handler: SiteRequestHandler = async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const internal = Object.fromEntries(INTERNAL_REQUEST_HEADERS.filter((name) => request.headers[name] !== undefined).map((name) => [name, request.headers[name]]));
    seen.push({ url: request.url!, method: request.method!, forwardedFor: request.headers["x-forwarded-for"] as string | undefined, body: Buffer.concat(chunks).toString(), ...(Object.keys(internal).length ? { internal } : {}) });
    response.writeHead(200, { "content-type": "text/plain" });
    response.end("handled");
  };
  const server = createSiteServer(handler, timeouts);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { port: (server.address() as AddressInfo).port, seen };
}

/** Writes bytes on a raw socket to the server under test and reads what comes back until it closes. */
function raw(port: number, text: string, waitMs = 5_000): Promise<RawAnswer> {
  return rawHttpRequest({ host: "127.0.0.1", port }, text, waitMs);
}

function expectSecurityHeaders(answer: RawAnswer, what: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(answer.headers[name.toLowerCase()], `${name} on ${what}`).toBe(value);
  expect(answer.headers["content-security-policy"], what).toBeTruthy();
}

describe("slow requests (finding 9)", () => {
  it("answers a body that stalls with 408 and the security headers, and closes the connection", async () => {
    const { port, seen } = await start();
    const answer = await raw(port, "POST /choice/opt-out HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\nonly ten b");
    expect(answer.status).toBe(408);
    expect(answer.closed).toBe(true);
    expect(answer.elapsedMs).toBeLessThan(4_000);
    expectSecurityHeaders(answer, "a stalled body");
    expect(seen).toEqual([]);
  });

  it("answers headers that never finish with 408 and the security headers", async () => {
    const { port } = await start();
    const answer = await raw(port, "GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ");
    expect(answer.status).toBe(408);
    expect(answer.closed).toBe(true);
    expectSecurityHeaders(answer, "stalled headers");
  });

  it("uses timeouts short enough for the site by default, and long enough for a 200 MB upload", () => {
    expect(SITE_SERVER_TIMEOUTS.headersTimeoutMs).toBeLessThanOrEqual(20_000);
    expect(SITE_SERVER_TIMEOUTS.idleTimeoutMs).toBeLessThanOrEqual(20_000);
    expect(SITE_SERVER_TIMEOUTS.requestTimeoutMs).toBeGreaterThanOrEqual(120_000);
    expect(SITE_SERVER_TIMEOUTS.requestTimeoutMs).toBeLessThanOrEqual(600_000);
  });

  it("refuses a declared body over the limit at once, before reading it, with 413", async () => {
    const { port, seen } = await start();
    // Only the headers are sent: the answer must not wait for the 11 MB that are announced.
    const answer = await raw(port, `POST /choice/opt-out HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: ${MAX_FORM_BODY_BYTES + 1}\r\n\r\n`, 3_000);
    expect(answer.status).toBe(413);
    expect(answer.elapsedMs).toBeLessThan(1_000);
    expect(answer.closed).toBe(true);
    expect(answer.body).toContain("too large");
    expectSecurityHeaders(answer, "413");
    expect(seen).toEqual([]);
  });

  it("refuses a body without a length (chunked) on a page with 411, and leaves the API's bodies to the API", async () => {
    const { port, seen } = await start();
    const page = await raw(port, "POST /choice/opt-out HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n", 3_000);
    expect(page.status).toBe(411);
    const api = await raw(port, "POST /api/v1/consent/check HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
    expect(api.status).toBe(200);
    expect(seen.map((s) => s.url)).toEqual(["/api/v1/consent/check"]);
  });

  it("passes a request within the limits through, with the connection's address appended to X-Forwarded-For", async () => {
    const { port, seen } = await start();
    const answer = await raw(port, "POST /choice/opt-out HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 203.0.113.9\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello");
    expect(answer.status).toBe(200);
    expect(seen).toEqual([{ url: "/choice/opt-out", method: "POST", forwardedFor: "203.0.113.9, 127.0.0.1", body: "hello" }]);
  });
});

describe("headers only the site sets", () => {
  it("drops a client's x-locale, x-resident-path and x-nonce before Next.js (and proxy.ts) see the request, on every address", async () => {
    const { port, seen } = await start();
    for (const path of ["/film/nothing", "/nhsuk/nothing.css", "/your-choice"]) {
      const answer = await raw(port, `GET ${path} HTTP/1.1\r\nHost: x\r\nX-Locale: bn\r\nX-Resident-Path: /"><x>\r\nX-Nonce: chosen\r\nConnection: close\r\n\r\n`);
      expect(answer.status, path).toBe(200);
    }
    expect(seen.map((request) => [request.url, request.internal])).toEqual([
      ["/film/nothing", undefined],
      ["/nhsuk/nothing.css", undefined],
      ["/your-choice", undefined],
    ]);
  });
});

describe("answers Node.js and unusual methods used to give without the security headers (finding 10)", () => {
  it("answers TRACE with 405, Allow and the security headers, on pages and the API", async () => {
    const { port, seen } = await start();
    for (const path of ["/", "/staff", "/api/v1/consent/9990000018"]) {
      const answer = await raw(port, `TRACE ${path} HTTP/1.1\r\nHost: x\r\nCookie: secret=1\r\nConnection: close\r\n\r\n`);
      expect(answer.status, path).toBe(405);
      expect(answer.headers.allow, path).toBeTruthy();
      expect(answer.body, path).not.toContain("secret=1");
      expectSecurityHeaders(answer, `TRACE ${path}`);
    }
    const put = await raw(port, "PUT /choice/opt-out HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    expect(put.status).toBe(405);
    expect(seen).toEqual([]);
  });

  it("answers a request Node.js cannot parse with 400 and the security headers", async () => {
    const { port } = await start();
    for (const garbage of ["GARBAGE\r\n\r\n", "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n", "GET / HTTP/1.1\r\nBad Header Name: x\r\n\r\n"]) {
      const answer = await raw(port, garbage);
      expect(answer.status, JSON.stringify(garbage)).toBe(400);
      expectSecurityHeaders(answer, JSON.stringify(garbage));
    }
  });

  it("answers headers that are too large with 431 and the security headers", async () => {
    const { port } = await start();
    const answer = await raw(port, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`);
    expect(answer.status).toBe(431);
    expectSecurityHeaders(answer, "431");
  });
});

describe("addresses that used to give a 500 (finding 11)", () => {
  it("refuses a NUL, a repeated query parameter or broken percent-encoding on a page with a 400 page", async () => {
    const { port, seen } = await start();
    for (const target of ["/staff/people?nhsNumber=%00", "/%00", "/staff/audit?nhsNumber=1&nhsNumber=2", "/choice/%E0%A4%A", "/?x=%E0%A4%A"]) {
      const answer = await raw(port, `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      expect(answer.status, target).toBe(400);
      expect(answer.headers["content-type"], target).toMatch(/^text\/html/);
      expect(answer.body, target).toContain("Go to the home page");
      expectSecurityHeaders(answer, target);
    }
    expect(seen).toEqual([]);
  });

  it("refuses broken percent-encoding in an API path with a 400 problem document, as the dedicated server does", async () => {
    const { port } = await start();
    const answer = await raw(port, "GET /api/v1/consent/%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    expect(answer.status).toBe(400);
    expect(answer.headers["content-type"]).toMatch(/^application\/problem\+json/);
    const problem = JSON.parse(answer.body);
    expect(problem).toMatchObject({ status: 400, title: "Bad request", requestId: expect.any(String) });
    expect(answer.headers["x-request-id"]).toBe(problem.requestId);
    expectSecurityHeaders(answer, "API 400");
  });
});
