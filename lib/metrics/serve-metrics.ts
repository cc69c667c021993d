import { createHash, timingSafeEqual } from "node:crypto";
import { getMetrics } from "./registry";

// GET /metrics on both servers: Prometheus text, for a scraper holding
// METRICS_TOKEN as a bearer token. Without a token configured the endpoint
// does not exist (404), so nothing is ever open by default; with one, a
// missing or wrong token is 401 and never says which.

export type MetricsAnswer = { status: number; headers: Record<string, string>; body: string };

export type ServeMetricsOptions = {
  method: string;
  authorization: string | undefined;
  /** METRICS_TOKEN; undefined: /metrics is switched off. */
  token: string | undefined;
  /** Reads the gauges that need the database; must not throw (it reports database_up 0 instead). */
  refresh?: () => Promise<void>;
};

/** Compares in constant time: both sides hashed first, so neither the length nor any prefix leaks. */
export function isMetricsTokenMatch(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

function text(status: number, body: string, extra: Record<string, string> = {}): MetricsAnswer {
  return { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...extra }, body };
}

export async function serveMetrics(options: ServeMetricsOptions): Promise<MetricsAnswer> {
  if (!options.token) return text(404, "Not found\n");
  const method = options.method.toUpperCase();
  if (method !== "GET" && method !== "HEAD") return text(405, "Use GET.\n", { allow: "GET, HEAD" });
  const match = /^Bearer ([^\s]+)$/i.exec(options.authorization?.trim() ?? "");
  if (!match || !isMetricsTokenMatch(match[1]!, options.token)) {
    return text(401, "Send the metrics token as Authorization: Bearer <token>.\n", { "www-authenticate": 'Bearer realm="metrics"' });
  }
  await options.refresh?.().catch(() => undefined);
  const { registry, registerRegistry, registerGauges } = getMetrics();
  try {
    const body = (await registry.metrics()) + (registerGauges.isFresh ? await registerRegistry.metrics() : "");
    return { status: 200, headers: { "content-type": registry.contentType, "cache-control": "no-store" }, body };
  } catch (error) {
    console.error(`[metrics] could not render the metrics: ${error instanceof Error ? error.message : String(error)}`);
    return text(500, "The metrics could not be rendered.\n");
  }
}
