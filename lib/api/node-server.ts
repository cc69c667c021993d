import http from "node:http";
import { MAX_BODY_BYTES } from "../validation/consent-api";
import type { ApiRequest, ApiResponse, ConsentApiHandler } from "./consent-api";

// The dedicated consent-check server: Node's own http server calling the same
// handler as the site, with nothing in between. Stateless, so as many
// instances as the load needs can run behind a load balancer.

function readBody(request: http.IncomingMessage): Promise<Buffer | "too-large"> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let isTooLarge = false;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) isTooLarge = true;
      else chunks.push(chunk);
    });
    request.on("end", () => resolve(isTooLarge ? "too-large" : Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

function toApiRequest(request: http.IncomingMessage): ApiRequest {
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
  };
}

function send(response: http.ServerResponse, result: ApiResponse, isHead: boolean): void {
  response.writeHead(result.status, { ...result.headers, "content-length": Buffer.byteLength(result.body) });
  response.end(isHead ? undefined : result.body);
}

export function createConsentApiServer(handle: ConsentApiHandler, extraRoutes: Record<string, () => Promise<ApiResponse>> = {}): http.Server {
  const server = http.createServer((request, response) => {
    const isHead = request.method === "HEAD";
    const path = (request.url ?? "/").split("?")[0]!;
    const extra = extraRoutes[path];
    const result = extra && (request.method === "GET" || isHead) ? extra() : handle(toApiRequest(request));
    result.then(
      (r) => send(response, r, isHead),
      () => send(response, { status: 500, headers: { "content-type": "application/problem+json" }, body: '{"title":"Internal error","status":500}' }, isHead),
    );
  });
  server.keepAliveTimeout = 65_000; // longer than typical load balancer idle timeouts
  server.headersTimeout = 66_000;
  server.requestTimeout = 30_000;
  return server;
}
