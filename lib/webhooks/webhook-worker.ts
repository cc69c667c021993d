import { type DeliverOptions, deliverPendingWebhooks, WEBHOOK_DEFAULTS } from "./deliver-pending-webhooks";

export type WebhookWorkerOptions = DeliverOptions & {
  /** How often to look for due deliveries. */
  pollIntervalMs?: number;
};

export type WebhookWorker = { stop: () => Promise<void> };

const DEFAULT_POLL_INTERVAL_MS = 2_000;

/**
 * Delivers queued webhooks in the background until stopped. Every server
 * instance may run one: claiming is safe across instances. A full batch is
 * followed at once by the next; otherwise the worker waits a poll interval.
 */
export function startWebhookWorker(options: WebhookWorkerOptions): WebhookWorker {
  const pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  const batchSize = options.batchSize ?? WEBHOOK_DEFAULTS.batchSize;
  const log = options.log ?? ((message: string) => console.warn(`[webhooks] ${message}`));
  let isRunning = true;
  let wakeUp: (() => void) | undefined;

  const sleep = () =>
    new Promise<void>((resolve) => {
      if (!isRunning) return resolve();
      const timer = setTimeout(done, pollIntervalMs);
      function done() {
        clearTimeout(timer);
        wakeUp = undefined;
        resolve();
      }
      wakeUp = done;
    });

  const loop = (async () => {
    while (isRunning) {
      let isBatchFull = false;
      try {
        const report = await deliverPendingWebhooks({ ...options, log });
        isBatchFull = report.claimed === batchSize;
      } catch (error) {
        log(`Webhook pass failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (!isBatchFull) await sleep();
    }
  })();

  return {
    async stop() {
      isRunning = false;
      wakeUp?.();
      await loop;
    },
  };
}

const holder = globalThis as unknown as { consentRegisterWebhookWorker?: WebhookWorker };

/** The one worker of this process (instrumentation.ts), kept on globalThis so reloads do not start a second. */
export function startProcessWebhookWorker(options: WebhookWorkerOptions): WebhookWorker {
  holder.consentRegisterWebhookWorker ??= startWebhookWorker(options);
  return holder.consentRegisterWebhookWorker;
}
