/** The bearer token the browser tests' servers are started with (playwright.config.ts) for GET /metrics. */
export const E2E_METRICS_TOKEN = "e2e-metrics-token-0123456789abcdef0123456789abcdef";

/** One sample's value from Prometheus text: the first line of the metric carrying every given label. */
export function sampleValue(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const line = text.split("\n").find((l) => (l.startsWith(`${name}{`) || l.startsWith(`${name} `)) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)));
  return line === undefined ? undefined : Number(line.split(" ").at(-1));
}
