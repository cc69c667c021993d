import http from "node:http";
import { pipeline } from "node:stream";
import { getEnv } from "../env";
import { createHttpObserver } from "../metrics/observe-http";
import { API_SERVER_TEMPLATES, createRouteMatcher } from "../metrics/route-templates";
import { serveMetrics } from "../metrics/serve-metrics";
import { appendForwardedFor, forwardedFor, pickClientAddress } from "../security/client-address";
import { NON_DOCUMENT_CSP } from "../security/csp";
import { SECURITY_HEADERS } from "../security/headers";
import { answerClientErrors } from "../security/site-server";
import { MAX_BODY_BYTES } from "../validation/consent-api";
import type { ApiRequest, ApiResponse, ConsentApiHandler } from "./consent-api";

// The dedicated consent-check server: Node's own http server calling the same
// handler as the site, with nothing in between. Stateless, so as many
// instances as the load needs can run behind a load balancer.

/**
 * Every answer's headers, whatever the handler set: the same security headers
 * as the site (lib/security/headers.ts), a CSP for data that is never a page,
 * and no Server or X-Powered-By banner (Node's http server sends neither).
 */
export const API_RESPONSE_HEADERS: Readonly<Record<string, string>> = { ...SECURITY_HEADERS, "Content-Security-Policy": NON_DOCUMENT_CSP };

/** Requests whose body was refused unread: their connection closes after the 413, dropping the rest. */
const tooLarge = new WeakSet<http.IncomingMessage>();

/** Bodies over the limit are refused as soon as they pass it (or at once, from Content-Length), not read to the end. */
function readBody(request: http.IncomingMessage): Promise<Buffer | "too-large"> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers["content-length"] ?? "0");
    if (declared > MAX_BODY_BYTES) {
      tooLarge.add(request);
      resolve("too-large");
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        request.off("data", onData);
        tooLarge.add(request);
        resolve("too-large");
      } else chunks.push(chunk);
    };
    request.on("data", onData);
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

function toApiRequest(request: http.IncomingMessage, trustedProxyHops: number): ApiRequest {
  const url = request.url ?? "/";
  const mark = url.indexOf("?");
  return {
    method: request.method ?? "GET",
    path: mark === -1 ? url : url.slice(0, mark),
    query: new URLSearchParams(mark === -1 ? "" : url.slice(mark + 1)),
    header: (name) => {
      const value = request.headers[name];
      return Array.isArray(value) ? value[0] : value;
    },
    readBody: () => readBody(request),
    clientAddress: pickClientAddress(forwardedFor(appendForwardedFor(request.headers["x-forwarded-for"], request.socket.remoteAddress)), trustedProxyHops),
  };
}

function send(request: http.IncomingMessage, response: http.ServerResponse, result: ApiResponse, isHead: boolean): void {
  const headers: Record<string, string | number> = { "cache-control": "no-store", ...result.headers, ...API_RESPONSE_HEADERS };
  if (result.stream) {
    const stream = result.stream;
    response.writeHead(result.status, headers);
    if (isHead) {
      stream.destroy();
      response.end();
      return;
    }
    // pipeline writes with backpressure (it waits for the socket to drain) and, when either side fails,
    // destroys both: a failure mid-stream aborts the connection (no final chunk), so the answer cannot
    // pass for a complete one; a caller that goes away ends the snapshot's transaction.
    pipeline(stream, response, () => undefined);
    return;
  }
  // A 304 has no body and no Content-Length of its own (RFC 9110 8.6).
  if (result.status !== 304) headers["content-length"] = Buffer.byteLength(result.body);
  if (tooLarge.has(request)) headers.connection = "close";
  response.writeHead(result.status, headers);
  response.end(isHead || result.status === 304 ? undefined : result.body);
}

export type ConsentApiServerOptions = {
  /** Proxies in front that append to X-Forwarded-For (TRUSTED_PROXY_HOPS by default). */
  trustedProxyHops?: number;
  /** The bearer token for GET /metrics (METRICS_TOKEN by default); unset: /metrics answers 404. */
  metricsToken?: string;
  /** Reads the gauges that need the database before a scrape answers; must not throw. */
  refreshMetrics?: () => Promise<void>;
};

export function createConsentApiServer(
  handle: ConsentApiHandler,
  extraRoutes: Record<string, () => Promise<ApiResponse>> = {},
  options: ConsentApiServerOptions = {},
): http.Server {
  const trustedProxyHops = options.trustedProxyHops ?? getEnv().TRUSTED_PROXY_HOPS;
  const metricsToken = "metricsToken" in options ? options.metricsToken : getEnv().METRICS_TOKEN;
  const observe = createHttpObserver("api", createRouteMatcher(API_SERVER_TEMPLATES));
  // Node checks the header and request timeouts every connectionsCheckingInterval (30 s by default).
  const serverOptions: http.ServerOptions = {
    keepAliveTimeout: 65_000, // longer than typical load balancer idle timeouts
    headersTimeout: 20_000,
    requestTimeout: 30_000,
    connectionsCheckingInterval: 1_000,
  };
  const server = http.createServer(serverOptions, (request, response) => {
    const isHead = request.method === "HEAD";
    const path = (request.url ?? "/").split("?")[0]!;
    const extra = extraRoutes[path];
    observe(request, response);
    const result =
      // Without a token there is no /metrics: the API's own 404, like any other unknown path.
      path === "/metrics" && metricsToken
        ? serveMetrics({ method: request.method ?? "GET", authorization: request.headers.authorization, token: metricsToken, refresh: options.refreshMetrics })
        : extra && (request.method === "GET" || isHead)
          ? extra()
          : handle(toApiRequest(request, trustedProxyHops));
    result.then(
      (r) => send(request, response, r, isHead),
      () => send(request, response, { status: 500, headers: { "content-type": "application/problem+json" }, body: '{"title":"Internal error","status":500}' }, isHead),
    );
  });
  // Requests Node refuses itself (malformed, headers too large, too slow) carry the same headers as every answer.
  answerClientErrors(server, API_RESPONSE_HEADERS);
  return server;
}
