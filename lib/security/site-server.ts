import http from "node:http";
import type { Duplex } from "node:stream";

import { requestTooLargeRedirect } from "../choice/request-too-large";
import { LOCALE_HEADER, PATH_HEADER } from "../i18n/request-headers";
import { getEnv } from "../env";
import { toProblem, appError, type ErrorCode, ERRORS } from "../errors";
import { createHttpObserver } from "../metrics/observe-http";
import { createSiteRouteMatcher, pathOf } from "../metrics/route-templates";
import { serveMetrics } from "../metrics/serve-metrics";
import { appendForwardedFor } from "./client-address";
import { NON_DOCUMENT_CSP } from "./csp";
import { NO_STORE, SECURITY_HEADERS } from "./headers";
import type { PageCache } from "./page-cache";
import { checkBodySize, isSafeMethod } from "./request-guard";

/** Request headers only proxy.ts may set (ADR 030's locale and address, the CSP nonce): never a client's. */
export const INTERNAL_REQUEST_HEADERS = [LOCALE_HEADER, PATH_HEADER, "x-nonce"] as const;

// The site's own HTTP server, in front of Next.js (scripts/serve-site.ts runs
// it; `next start` cannot be given these settings). It does what Next.js does
// not do before reading a request (docs/THREAT_MODEL.md, B1 "D"):
// - timeouts: headers within 20 s, no request silent for more than 20 s, a
//   whole request within 5 minutes (a 200 MB legacy upload fits); a stalled
//   body is answered 408 and the connection closed;
// - bodies refused by their declared length (413), or for lacking one (411),
//   before a byte of them is read;
// - TRACE and other methods no page answers: 405;
// - a path that is not valid percent-encoding, a NUL anywhere in the address,
//   or a query parameter given twice to a page: 400;
// - Node's own refusals (a malformed request, headers too large, a timeout)
//   carry the security headers like every other answer;
// - the connection's address is appended to X-Forwarded-For, as a proxy does,
//   so the client's address is never one it wrote itself (lib/security/client-address.ts).

export type SiteServerTimeouts = {
  /** All request headers must arrive within this. */
  headersTimeoutMs: number;
  /** A request (headers and body) must arrive whole within this. */
  requestTimeoutMs: number;
  /** A request in progress may be silent (no bytes either way) for at most this. */
  idleTimeoutMs: number;
  /** An idle kept-alive connection is closed after this: longer than a load balancer's idle timeout. */
  keepAliveTimeoutMs: number;
};

export const SITE_SERVER_TIMEOUTS: SiteServerTimeouts = {
  headersTimeoutMs: 20_000,
  requestTimeoutMs: 300_000,
  idleTimeoutMs: 20_000,
  keepAliveTimeoutMs: 65_000,
};

/** Paths the consent-check API answers (bearer keys, problem documents, its own 1 MB body limit). */
export function isApiPath(pathname: string): boolean {
  return pathname.startsWith("/api/v1/") || pathname === "/api/v1" || pathname.startsWith("/fhir/") || pathname === "/fhir";
}

/** The legacy import upload streams up to 200 MB to disk with its own limit (app/(staff)/staff/imports/upload). */
const STREAMED_UPLOAD_PATHS = new Set(["/staff/imports/upload"]);

/** Methods a page, form or browser-facing route handler of the site answers. */
const PAGE_METHODS = ["GET", "HEAD", "POST", "OPTIONS"] as const;
/** Methods no route answers anywhere: TRACE would echo a request's headers (cookies included) back. */
const REFUSED_METHODS = new Set(["TRACE", "TRACK", "CONNECT"]);

type Refusal = { code: ErrorCode; message: string; headers?: Record<string, string>; close?: boolean };

const HTML_ERROR_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The answer's headers and body: a problem document for the API, an NHS.UK page for people. */
export function refusalResponse(refusal: Refusal, isApi: boolean): { status: number; headers: Record<string, string>; body: string } {
  const { status, title } = ERRORS[refusal.code];
  const base: Record<string, string> = { ...SECURITY_HEADERS, "cache-control": NO_STORE, ...(refusal.headers ?? {}) };
  if (refusal.close) base.connection = "close";
  if (isApi) {
    const problem = toProblem(appError(refusal.code, refusal.message, { headers: refusal.headers }), crypto.randomUUID());
    return {
      status,
      headers: { ...base, ...problem.headers, "content-type": "application/problem+json; charset=utf-8", "content-security-policy": NON_DOCUMENT_CSP, "x-request-id": problem.body.requestId },
      body: JSON.stringify(problem.body),
    };
  }
  const body = `<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} - NHS</title><link rel="stylesheet" href="/nhsuk/main.css"></head>
<body>
<div class="nhsuk-width-container"><main class="nhsuk-main-wrapper" id="maincontent">
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(refusal.message)}</p>
<p><a href="/">Go to the home page</a></p>
</main></div>
</body>
</html>`;
  return { status, headers: { ...base, "content-type": "text/html; charset=utf-8", "content-security-policy": HTML_ERROR_CSP }, body };
}

function send(response: http.ServerResponse, refusal: Refusal, isApi: boolean, isHead: boolean): void {
  const answer = refusalResponse(refusal, isApi);
  response.writeHead(answer.status, { ...answer.headers, "content-length": Buffer.byteLength(answer.body) });
  response.end(isHead ? undefined : answer.body);
}

/**
 * Writes a whole HTTP/1.1 refusal, with the security headers, straight to a
 * socket Node.js has refused to parse, then closes it. No body for HEAD (a
 * client would read it as a broken next answer; the request line, when Node.js
 * saw it, is in the parser error's rawPacket), nor for headers too large:
 * those arrive in several packets, so the method may be unknown (Node.js's own
 * 431 has no body either).
 */
function writeRawRefusal(
  socket: Duplex,
  refusal: Refusal,
  options: { isApi?: boolean; headers?: Readonly<Record<string, string>>; rawPacket?: unknown } = {},
): void {
  const answer = refusalResponse({ ...refusal, close: true }, options.isApi ?? false);
  const isHead = Buffer.isBuffer(options.rawPacket) && options.rawPacket.subarray(0, 5).toString("latin1").toUpperCase() === "HEAD ";
  const body = isHead || refusal.code === "HEADERS_TOO_LARGE" ? "" : answer.body;
  const all = { ...answer.headers, ...options.headers, "content-length": String(Buffer.byteLength(body)) };
  const head = [`HTTP/1.1 ${ERRORS[refusal.code].status} ${ERRORS[refusal.code].title}`, ...Object.entries(all).map(([name, value]) => `${name}: ${value}`)];
  socket.end(`${head.join("\r\n")}\r\n\r\n${body}`);
}

function clientErrorRefusal(error: NodeJS.ErrnoException): Refusal {
  const code: ErrorCode =
    error.code === "ERR_HTTP_REQUEST_TIMEOUT" || error.code === "ERR_HTTP_HEADERS_TIMEOUT" ? "REQUEST_TIMEOUT" : error.code === "HPE_HEADER_OVERFLOW" ? "HEADERS_TOO_LARGE" : "BAD_REQUEST";
  return { code, message: ERRORS[code].userMessage };
}

function hasNul(text: string): boolean {
  return text.includes("\0") || /%00/i.test(text);
}

/** What is wrong with a request's address, method or declared size, before anything reads it; null when nothing. */
export function checkRequest(request: Pick<http.IncomingMessage, "method" | "url" | "headers">): Refusal | null {
  const method = (request.method ?? "GET").toUpperCase();
  const target = request.url ?? "/";
  const mark = target.indexOf("?");
  const rawPath = mark === -1 ? target : target.slice(0, mark);
  const rawQuery = mark === -1 ? "" : target.slice(mark + 1);
  let pathname: string;
  try {
    pathname = decodeURIComponent(rawPath);
  } catch {
    return { code: "BAD_REQUEST", message: "The address is not valid: it has a broken percent-encoding (such as %E0%A4%A). Check the link and try again." };
  }
  const isApi = isApiPath(pathname);
  if (REFUSED_METHODS.has(method)) return { code: "METHOD_NOT_ALLOWED", message: `${method} is not answered here.`, headers: { allow: isApi ? "GET, POST" : PAGE_METHODS.join(", ") } };
  // The API answers every other method itself (405 problem with Allow), and reads its own body with its own limit.
  if (isApi) return null;
  if (!(PAGE_METHODS as readonly string[]).includes(method)) {
    return { code: "METHOD_NOT_ALLOWED", message: `${method} is not answered here.`, headers: { allow: PAGE_METHODS.join(", ") } };
  }
  if (hasNul(rawPath) || hasNul(rawQuery)) return { code: "BAD_REQUEST", message: "The address is not valid: it has a character that no address on this site uses." };
  const names = new Set<string>();
  for (const part of rawQuery.split("&")) {
    if (part === "") continue;
    const rawName = part.split("=", 1)[0]!;
    let name: string;
    try {
      name = decodeURIComponent(rawName.replaceAll("+", " "));
      decodeURIComponent(part.slice(rawName.length + 1).replaceAll("+", " "));
    } catch {
      return { code: "BAD_REQUEST", message: "The address is not valid: it has a broken percent-encoding. Check the link and try again." };
    }
    if (names.has(name)) return { code: "BAD_REQUEST", message: `The address gives "${name}" more than once. Check the link and try again.` };
    names.add(name);
  }
  if (!isSafeMethod(method) && !STREAMED_UPLOAD_PATHS.has(pathname)) {
    const size = checkBodySize(method, { get: (name) => headerValue(request.headers[name]) });
    if (!size.ok) return { code: size.status === 413 ? "TOO_LARGE" : "LENGTH_REQUIRED", message: size.message, close: true };
  }
  return null;
}

function headerValue(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(", ") : value;
}

/** The most a journey form too large to read is drained before its question is shown again (lib/choice/request-too-large.ts). */
const HAND_BACK_DRAIN_LIMIT = 64 * 1024 * 1024;

export type SiteRequestHandler = (request: http.IncomingMessage, response: http.ServerResponse) => void | Promise<void>;

/**
 * The site's server: the checks above, then Next.js's handler. Anything the
 * handler throws is answered 500 with the security headers (Next.js answers
 * its own errors with its error page before that).
 */
export type SiteServerOptions = {
  /** The bearer token for GET /metrics (METRICS_TOKEN by default); unset: /metrics is left to Next.js, which has no such page (404). */
  metricsToken?: string;
  /** Reads the gauges that need the database before a scrape answers (lib/metrics/refresh-register-gauges.ts); must not throw. */
  refreshMetrics?: () => Promise<void>;
  /** Information pages rendered once and answered from memory with a fresh nonce each (lib/security/page-cache.ts). */
  pageCache?: PageCache;
};

export function createSiteServer(handle: SiteRequestHandler, timeouts: SiteServerTimeouts = SITE_SERVER_TIMEOUTS, options: SiteServerOptions = {}): http.Server {
  const metricsToken = "metricsToken" in options ? options.metricsToken : getEnv().METRICS_TOKEN;
  // Every answer is counted, refusals included, by route template (lib/metrics/route-templates.ts).
  const observe = createHttpObserver("site", createSiteRouteMatcher());
  /** Answers still being written, per connection: a silent connection with one unanswered gets a 408. */
  const inFlight = new WeakMap<Duplex, http.ServerResponse>();

  // Node checks headersTimeout and requestTimeout on connectionsCheckingInterval (30 s by default): every second here.
  const serverOptions: http.ServerOptions = {
    headersTimeout: timeouts.headersTimeoutMs,
    requestTimeout: timeouts.requestTimeoutMs,
    keepAliveTimeout: timeouts.keepAliveTimeoutMs,
    connectionsCheckingInterval: 1_000,
  };
  const server = http.createServer(serverOptions, (request, response) => {
    const isHead = request.method === "HEAD";
    observe(request, response);
    const refusal = checkRequest(request);
    // A journey question with a file answers a form too large to read with its own NHS.UK error (lib/choice/request-too-large.ts).
    const handBack = refusal?.code === "TOO_LARGE" ? requestTooLargeRedirect(new URL(request.url ?? "/", "http://site.invalid"), { get: (name) => headerValue(request.headers[name]) }) : null;
    if (handBack) {
      // Read to the end and thrown away (never kept), then answered: a browser shown a redirect while it is
      // still sending, on a connection closed under it, reports a reset instead of following it. Beyond
      // HAND_BACK_DRAIN_LIMIT the connection is cut as for any other body too large.
      let received = 0;
      request.on("data", (chunk: Buffer) => {
        received += chunk.length;
        if (received > HAND_BACK_DRAIN_LIMIT) request.socket.destroy();
      });
      request.on("end", () => {
        response.writeHead(303, { ...SECURITY_HEADERS, "cache-control": NO_STORE, connection: "close", location: handBack, "content-length": 0 });
        response.end();
      });
      return;
    }
    if (refusal) {
      const isApi = (() => {
        try {
          return isApiPath(decodeURIComponent((request.url ?? "/").split("?")[0]!));
        } catch {
          return isApiPath((request.url ?? "/").split("?")[0]!);
        }
      })();
      send(response, refusal, isApi, isHead);
      // A body refused unread is never drained: the connection closes after the answer.
      if (refusal.close) response.on("finish", () => request.socket.destroy());
      return;
    }
    if (metricsToken && pathOf(request.url) === "/metrics") {
      // Answered here, not by Next.js: the site's own server holds this process's metrics.
      void serveMetrics({ method: request.method ?? "GET", authorization: request.headers.authorization, token: metricsToken, refresh: options.refreshMetrics }).then((answer) => {
        response.writeHead(answer.status, { ...SECURITY_HEADERS, "content-security-policy": NON_DOCUMENT_CSP, ...answer.headers, "content-length": Buffer.byteLength(answer.body) });
        response.end(isHead ? undefined : answer.body);
      });
      return;
    }
    // The headers proxy.ts sets for the pages (the locale, the address without its prefix, the CSP
    // nonce) are the server's own: a client's are dropped here, also on the addresses proxy.ts does
    // not run for (static files, the film), whose 404 page would otherwise believe them.
    for (const name of INTERNAL_REQUEST_HEADERS) delete request.headers[name];
    const served = options.pageCache?.serve(request, response, server);
    if (served === true) return;
    if (served instanceof Promise) {
      // A page answered from memory only while the register's data it shows is unchanged: its version is read first.
      void served.then((isServed) => {
        if (!isServed && !request.socket.destroyed) handOn(request, response, isHead);
      });
      return;
    }
    handOn(request, response, isHead);
  });

  /** Next.js answers the request. */
  function handOn(request: http.IncomingMessage, response: http.ServerResponse, isHead: boolean): void {
    request.headers["x-forwarded-for"] = appendForwardedFor(request.headers["x-forwarded-for"], request.socket.remoteAddress);
    inFlight.set(request.socket, response);
    response.on("close", () => {
      if (inFlight.get(request.socket) === response) inFlight.delete(request.socket);
    });
    Promise.resolve()
      .then(() => handle(request, response))
      .catch((error: unknown) => {
        // A connection this server closed (a stalled body answered 408) or the client dropped: nothing to answer.
        if (request.readableAborted || request.socket.destroyed) return;
        console.error("[site] request failed", error);
        if (!response.headersSent) send(response, { code: "INTERNAL", message: "Something went wrong. Try again later." }, false, isHead);
        else response.destroy();
      });
  }

  server.timeout = timeouts.idleTimeoutMs;

  // A connection silent mid-request (a stalled body): 408 if nothing has been answered yet, then close.
  // An idle kept-alive connection is left to keepAliveTimeout.
  server.on("timeout", (socket: Duplex) => {
    const response = inFlight.get(socket);
    if (!response) return;
    inFlight.delete(socket);
    if (response.headersSent) {
      socket.destroy();
      return;
    }
    writeRawRefusal(socket, { code: "REQUEST_TIMEOUT", message: "The request took too long to arrive, so it has not been accepted. Try again." });
  });

  // Requests Node refuses before any handler runs: still a full answer with the security headers.
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable || (error.code === "ECONNRESET" && socket.destroyed)) {
      socket.destroy();
      return;
    }
    writeRawRefusal(socket, clientErrorRefusal(error), { rawPacket: (error as { rawPacket?: unknown }).rawPacket });
  });
  return server;
}

/** For the dedicated API server too: Node's own refusals with the given headers (lib/api/node-server.ts). */
export function answerClientErrors(server: http.Server, headers: Readonly<Record<string, string>>): void {
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    writeRawRefusal(socket, clientErrorRefusal(error), { isApi: true, headers, rawPacket: (error as { rawPacket?: unknown }).rawPacket });
  });
}
