// Latency samples and error counts, by label, for bench:site's report.

export class Stats {
  private readonly samples = new Map<string, number[]>();
  private readonly errors = new Map<string, number>();
  private readonly counts = new Map<string, number>();

  latency(label: string, ms: number): void {
    let list = this.samples.get(label);
    if (!list) this.samples.set(label, (list = []));
    list.push(ms);
  }

  /** One request under `label` that ended in `kind` (HTTP status, timeout, wrong page...). */
  error(label: string, kind: string): void {
    const key = `${label}: ${kind}`;
    this.errors.set(key, (this.errors.get(key) ?? 0) + 1);
  }

  count(name: string, by = 1): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + by);
  }

  get(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  labels(): string[] {
    return [...this.samples.keys()];
  }

  summary(label: string): LatencySummary | undefined {
    const list = this.samples.get(label);
    return list?.length ? summarise(list) : undefined;
  }

  errorCounts(): [string, number][] {
    return [...this.errors].sort((a, b) => b[1] - a[1]);
  }

  totalErrors(): number {
    let total = 0;
    for (const count of this.errors.values()) total += count;
    return total;
  }
}

export type LatencySummary = { count: number; p50: number; p95: number; p99: number; max: number };

export function summarise(values: number[]): LatencySummary {
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest-rank percentiles.
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
  return { count: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: sorted.at(-1)! };
}

export function formatMs(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}
