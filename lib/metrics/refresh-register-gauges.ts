import { getDb, type Db } from "../db";
import { measureOutbox } from "../email/measure-outbox";
import { LEGACY_SOURCES } from "../legacy-import/formats";
import { measureImportRuns } from "../legacy-import/measure-import-runs";
import { measureReviewQueue } from "../review/measure-review-queue";
import { measureTracingWorklist } from "../tracing/measure-tracing-worklist";
import { measureWebhooks } from "../webhooks/measure-webhooks";
import { getMetrics } from "./registry";

// The register-wide gauges (review queue, tracing worklist, outbox, import
// runs), read from the database when /metrics is scraped on a site instance.
// Bounded in time: each statement has SCRAPE_STATEMENT_TIMEOUT_MS, the whole
// read SCRAPE_TIMEOUT_MS. When the database cannot answer in time, the scrape
// still succeeds: database_up is 0 and these gauges are left out (a stale
// count would look like a healthy one).

export const SCRAPE_TIMEOUT_MS = 3_000;
const SCRAPE_STATEMENT_TIMEOUT_MS = 2_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function readRegister(db: Db) {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe("SET TRANSACTION READ ONLY");
      await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = ${SCRAPE_STATEMENT_TIMEOUT_MS}`);
      // One after the other on the transaction's one connection.
      const review = await measureReviewQueue(tx);
      const tracing = await measureTracingWorklist(tx);
      const outbox = await measureOutbox(tx);
      const imports = await measureImportRuns(tx);
      const webhooks = await measureWebhooks(tx);
      return { review, tracing, outbox, imports, webhooks };
    },
    { maxWait: 1_000, timeout: SCRAPE_TIMEOUT_MS, isolationLevel: "RepeatableRead" },
  );
}

let inFlight: Promise<void> | undefined;

/** Sets the register gauges, or database_up 0; never throws. Concurrent scrapes share one read. */
export function refreshRegisterGauges(options: { db?: () => Db; timeoutMs?: number } = {}): Promise<void> {
  inFlight ??= refresh(options).finally(() => {
    inFlight = undefined;
  });
  return inFlight;
}

async function refresh(options: { db?: () => Db; timeoutMs?: number }): Promise<void> {
  const m = getMetrics();
  const gauges = [m.reviewQueueItems, m.reviewQueueOldest, m.tracingWorklistItems, m.tracingWorklistOldest, m.outboxPending, m.outboxRetrying, m.outboxOldest, m.webhooksPending, m.webhooksOldest, m.importRunsCommitted, m.importLastCommitted];
  try {
    const read = await withTimeout(readRegister((options.db ?? getDb)()), options.timeoutMs ?? SCRAPE_TIMEOUT_MS);
    m.reviewQueueItems.set({ kind: "opt-in-awaiting-review" }, read.review.optInsAwaitingReview);
    m.reviewQueueItems.set({ kind: "proxy-evidence" }, read.review.proxyEvidence);
    m.reviewQueueOldest.set(read.review.oldestAgeSeconds);
    m.tracingWorklistItems.set(read.tracing.items);
    m.tracingWorklistOldest.set(read.tracing.oldestAgeSeconds);
    m.outboxPending.set(read.outbox.pending);
    m.outboxRetrying.set(read.outbox.retrying);
    m.outboxOldest.set(read.outbox.oldestPendingAgeSeconds);
    m.webhooksPending.set({ status: "pending" }, read.webhooks.pending);
    m.webhooksPending.set({ status: "failed" }, read.webhooks.failed);
    m.webhooksOldest.set(read.webhooks.oldestPendingAgeSeconds);
    for (const source of LEGACY_SOURCES) {
      m.importRunsCommitted.set({ source }, read.imports[source].committed);
      const last = read.imports[source].lastCommittedAt;
      if (last) m.importLastCommitted.set({ source }, last.getTime() / 1000);
      else m.importLastCommitted.remove({ source });
    }
    m.databaseUp.set(1);
    m.registerGauges.isFresh = true;
  } catch (error) {
    for (const gauge of gauges) gauge.reset();
    m.registerGauges.isFresh = false;
    m.databaseUp.set(0);
    // No personal data: the message of a database or timeout error, never a row.
    console.error(`[metrics] register gauges not read: ${error instanceof Error ? error.message.split("\n").filter(Boolean).at(-1) : String(error)}`);
  }
}
