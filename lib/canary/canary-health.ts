import { observeCanaryHealth } from "../metrics/observe-register";

// The last canary result in this process, for /api/health (lib/health) and
// /metrics (lib/metrics). No NHS numbers: the health endpoint is public.

export type CanaryHealth = {
  status: "passing" | "failing" | "not-run" | "not-configured";
  checkedAt?: string;
  /** How many answers were wrong or missing. */
  failures?: number;
  /** "server question" pairs that failed, e.g. "dedicated-api single". */
  failing?: string[];
};

const holder = globalThis as unknown as { canaryHealth?: CanaryHealth };

export function setCanaryHealth(health: CanaryHealth): void {
  holder.canaryHealth = health;
  observeCanaryHealth(health);
}

/** Undefined in a process that does not run the canary checker. */
export function getCanaryHealth(): CanaryHealth | undefined {
  return holder.canaryHealth;
}
