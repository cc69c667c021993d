import type { CanaryConfig } from "./canary-config";
import { setCanaryHealth } from "./canary-health";
import { obtainCanaryKey, type CanaryKey } from "./canary-key";
import { createCanaryLogger, logCanaryReport, toCanaryHealth } from "./canary-log";
import { listCanaryServers } from "./mounts";
import { runCanaryCheck } from "./run-canary-check";
import { startBackgroundTimer } from "../timers/background-timer";

// Every running site checks the canaries on a schedule (instrumentation.ts),
// as the retention timer runs: the first pass a little after start-up, when
// the dedicated API beside it is listening, then every CANARY_INTERVAL_SECONDS.

const FIRST_RUN_DELAY_MS = 30_000;

export function startCanaryTimer(config: CanaryConfig, options: { firstRunDelayMs?: number } = {}): { stop: () => void } {
  const logger = createCanaryLogger();
  setCanaryHealth({ status: "not-run" });
  let key: Promise<CanaryKey | null> | undefined;
  let isRunning = false;
  const run = async () => {
    if (isRunning) return; // a slow pass is never overlapped by the next
    isRunning = true;
    try {
      key ??= obtainCanaryKey(config);
      const held = await key.catch((error: unknown) => {
        key = undefined; // try again next time
        throw error;
      });
      if (!held) {
        setCanaryHealth({ status: "not-configured" });
        logger.error("CANARY CHECK NOT RUN: CANARY_API_KEY is not set, so nothing proves opt-outs are honoured. See docs/OPERATIONS.md, Canaries.");
        return;
      }
      const report = await runCanaryCheck({ servers: listCanaryServers(config), apiKey: held.key });
      setCanaryHealth(toCanaryHealth(report));
      logCanaryReport(logger, report);
    } catch (error) {
      setCanaryHealth({ status: "failing", checkedAt: new Date().toISOString(), failures: 1, failing: ["checker"] });
      logger.error({ err: error }, "CANARY CHECK FAILED: the checker could not run");
    } finally {
      isRunning = false;
    }
  };
  return startBackgroundTimer(() => void run(), {
    firstRunDelayMs: options.firstRunDelayMs ?? FIRST_RUN_DELAY_MS,
    intervalMs: config.intervalMs,
  });
}
