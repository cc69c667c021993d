import pino, { type Logger } from "pino";
import type { CanaryHealth } from "./canary-health";
import type { CanaryReport } from "./run-canary-check";

// The canary alert: one JSON line at error level for a failing check (the
// log store's alert rule matches service "canary", level 50), info when it
// passes. Written synchronously: an alert must not be lost if the process ends.

export function createCanaryLogger(level = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino({ level, base: { service: "canary" }, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination({ dest: 1, sync: true }));
}

export function toCanaryHealth(report: CanaryReport): CanaryHealth {
  return {
    status: report.status,
    checkedAt: report.checkedAt,
    failures: report.failures.length,
    failing: [...new Set(report.failures.map((f) => `${f.server} ${f.question}`))],
  };
}

export function logCanaryReport(logger: Logger, report: CanaryReport): void {
  const summary = { checks: report.checks, servers: report.servers, durationMs: report.durationMs };
  if (report.status === "passing") {
    logger.info(summary, "canary check passed: every mount answered every canary correctly");
    return;
  }
  logger.error(
    { ...summary, failures: report.failures },
    `CANARY CHECK FAILED: ${report.failures.length} wrong or missing answer(s) from ${toCanaryHealth(report).failing!.join(", ")}. See docs/OPERATIONS.md, "A canary alert".`,
  );
}
