import type { CanaryHealth } from "../canary/canary-health";
import { isAppError } from "../errors";
import { getMetrics } from "./registry";

// What the register's own code tells the metrics: decisions recorded, legacy
// imports run, canary results. Labels are bounded: a value from outside a
// known list becomes "unknown", so a bad input can never mint a label.
// Never throws: counting runs after a decision has committed, and a metrics
// fault must not turn a recorded decision into a reported failure, nor stop
// the canary check.

function safely(what: string, count: () => void): void {
  try {
    count();
  } catch (error) {
    console.error(`[metrics] could not count ${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const CHANNELS = new Set(["ONLINE", "PAPER", "PHONE", "CAREMYWAY_IMPORT", "CIDR_IMPORT"]);
const CHOICES = new Set(["OPT_OUT", "OPT_IN"]);

function bounded(value: unknown, allowed: ReadonlySet<string>): string {
  return typeof value === "string" && allowed.has(value) ? value : "unknown";
}

export type DecisionOutcome = "effective" | "awaiting-review" | "refused" | "failed";

/** A refusal the caller caused (validation, a conflict) is "refused"; anything else thrown is "failed". */
export function decisionOutcomeOfError(error: unknown): DecisionOutcome {
  return isAppError(error) && error.httpStatus < 500 ? "refused" : "failed";
}

export function countDecision(details: { channel?: unknown; choice?: unknown }, outcome: DecisionOutcome): void {
  safely("a decision", () => getMetrics().decisionsRecorded.inc({ channel: bounded(details.channel, CHANNELS), choice: bounded(details.choice, CHOICES), outcome }));
}

const IMPORT_OUTCOMES = new Set(["refused", "checked", "committed", "already-imported", "nothing-to-import", "failed"]);

export function countImportRun(run: { source: unknown; mode: "dry-run" | "commit"; outcome: string; newDecisions?: number }): void {
  safely("an import run", () => countImportRunUnsafely(run));
}

function countImportRunUnsafely(run: { source: unknown; mode: "dry-run" | "commit"; outcome: string; newDecisions?: number }): void {
  const source = bounded(run.source, new Set(["caremyway", "cidr"]));
  const m = getMetrics();
  m.importRuns.inc({ source, mode: run.mode, outcome: IMPORT_OUTCOMES.has(run.outcome) ? run.outcome : "unknown" });
  if (run.mode === "commit" && run.outcome === "committed" && run.newDecisions) m.importedDecisions.inc({ source }, run.newDecisions);
}

const CANARY_STATUSES = ["passing", "failing", "not-run", "not-configured"] as const;

/** The canary check's latest result (lib/canary/canary-health.ts calls this whenever it changes). */
export function observeCanaryHealth(health: CanaryHealth): void {
  safely("a canary result", () => observeCanaryHealthUnsafely(health));
}

function observeCanaryHealthUnsafely(health: CanaryHealth): void {
  const m = getMetrics();
  for (const status of CANARY_STATUSES) m.canaryStatus.set({ status }, health.status === status ? 1 : 0);
  m.canaryFailing.reset();
  if (health.status !== "passing" && health.status !== "failing") return;
  m.canaryChecks.inc({ result: health.status });
  if (health.checkedAt) m.canaryLastCheck.set(Date.parse(health.checkedAt) / 1000);
  // "server question" pairs: server and question names from lib/canary/mounts.ts, or "checker" when the checker itself failed.
  for (const pair of health.failing ?? []) {
    const [server, question] = pair.split(" ");
    m.canaryFailing.set({ server: server ?? "unknown", question: question ?? "all" }, 1);
  }
}
