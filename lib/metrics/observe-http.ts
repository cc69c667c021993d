import type http from "node:http";
import { getMetrics } from "./registry";
import { pathOf, type RouteMatcher } from "./route-templates";

// Counts each answered request and its latency, by route template (never the
// path), method and status, when the answer has been written.

const KNOWN_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** One of a fixed set: a client can send any method name, and a label must stay bounded. */
export function methodLabel(method: string | undefined): string {
  const upper = (method ?? "GET").toUpperCase();
  return KNOWN_METHODS.has(upper) ? upper : "other";
}

export type HttpObserver = (request: http.IncomingMessage, response: http.ServerResponse) => void;

export function createHttpObserver(server: "site" | "api", matchRoute: RouteMatcher): HttpObserver {
  const { httpRequests, httpDuration } = getMetrics();
  return (request, response) => {
    const started = process.hrtime.bigint();
    let isCounted = false;
    const count = () => {
      if (isCounted) return;
      isCounted = true;
      const labels = { server, route: matchRoute(pathOf(request.url)), method: methodLabel(request.method), status: String(response.statusCode) };
      httpRequests.inc(labels);
      httpDuration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
    };
    // finish: the answer was handed to the socket; close without finish: the connection was cut first.
    response.once("finish", count);
    response.once("close", count);
  };
}
