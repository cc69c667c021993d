import type { Transporter } from "nodemailer";

import { createSmtpTransport } from "./create-smtp-transport";
import { OUTBOX_DEFAULTS, sendPendingEmails, type SendPendingEmailsOptions } from "./send-pending-emails";

export type OutboxWorkerOptions = Partial<Omit<SendPendingEmailsOptions, "transport" | "from">> & {
  smtpUrl: string;
  from: string;
  /** How often to look for due emails when nothing wakes the worker. */
  pollIntervalMs?: number;
  /** For tests: a transport instead of one made from smtpUrl. */
  transport?: Transporter;
};

export type OutboxWorker = {
  /** Look for emails now (after a commit that queued one) rather than at the next poll. */
  wake: () => void;
  /** Finishes the pass in progress, then stops. */
  stop: () => Promise<void>;
};

const DEFAULT_POLL_INTERVAL_MS = 5_000;

/**
 * Sends queued emails in the background until stopped. Every server instance
 * can run one: claiming is safe across instances (see sendPendingEmails).
 */
export function startOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const transport = options.transport ?? createSmtpTransport(options.smtpUrl);
  const pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  const log = options.log ?? ((message: string) => console.warn(`[email] ${message}`));
  const batchSize = options.batchSize ?? OUTBOX_DEFAULTS.batchSize;

  let isRunning = true;
  let wakeUp: (() => void) | undefined;
  let isWoken = false;

  const sleep = () =>
    new Promise<void>((resolve) => {
      if (isWoken || !isRunning) return resolve();
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
      isWoken = false;
      let isBatchFull = false;
      try {
        const report = await sendPendingEmails({ ...options, transport, from: options.from, log });
        isBatchFull = report.claimed === batchSize;
      } catch (error) {
        // The database may be down for a while: keep trying, quietly.
        log(`Outbox pass failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (!isBatchFull) await sleep();
    }
  })();

  return {
    wake() {
      isWoken = true;
      wakeUp?.();
    },
    async stop() {
      isRunning = false;
      wakeUp?.();
      await loop;
      transport.close();
    },
  };
}

// The one worker of this process (started by instrumentation.ts), kept on
// globalThis so module reloads in development do not start a second.
const holder = globalThis as unknown as { consentRegisterOutboxWorker?: OutboxWorker };

export function startProcessOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  holder.consentRegisterOutboxWorker ??= startOutboxWorker(options);
  return holder.consentRegisterOutboxWorker;
}

/** Wakes this process's worker, if it runs one; otherwise the email waits for the next poll of any instance. */
export function wakeOutboxWorker(): void {
  holder.consentRegisterOutboxWorker?.wake();
}

export async function stopProcessOutboxWorker(): Promise<void> {
  const worker = holder.consentRegisterOutboxWorker;
  holder.consentRegisterOutboxWorker = undefined;
  await worker?.stop();
}
