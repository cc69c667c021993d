import {
  collectDefaultMetrics,
  Counter,
  type CounterConfiguration,
  Gauge,
  type GaugeConfiguration,
  Histogram,
  type HistogramConfiguration,
  Registry,
} from "prom-client";

// Every metric this register exports, in one registry per process. The
// registries are kept on globalThis: the site's own server
// (scripts/serve-site.ts, loaded by tsx) and the Next.js bundle it serves
// (server actions, instrumentation.ts) are two module graphs in one process,
// each with its own copy of this module, and both must count into the same
// registry. Each copy finds its metrics in the shared registries by name and
// creates only the ones missing, so two copies built from different commits
// (a build older than the checkout) still share what they have in common
// rather than one calling a metric the other never made.
//
// Labels hold only bounded, non-personal values: route templates (never a
// path: paths carry NHS numbers), status codes, methods, channels, outcomes,
// server and question names. Nothing here ever names a person.

export const METRIC_PREFIX = "consent_register_";

/** Latency buckets (seconds): the consent check answers in milliseconds; pages in tens to hundreds. */
const LATENCY_BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

type SharedRegistries = {
  registry: Registry;
  /**
   * The gauges read from the database at scrape time live apart, so that a scrape without a fresh
   * read can leave them out entirely (a gauge without labels would otherwise still print 0).
   */
  registerRegistry: Registry;
  /** Whether the gauges in registerRegistry were read by this scrape; set by refresh-register-gauges.ts. */
  registerGauges: { isFresh: boolean };
};

const holder = globalThis as unknown as { consentRegisterMetricRegistries?: SharedRegistries };

function sharedRegistries(): SharedRegistries {
  if (!holder.consentRegisterMetricRegistries) {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    holder.consentRegisterMetricRegistries = { registry, registerRegistry: new Registry(), registerGauges: { isFresh: false } };
  }
  return holder.consentRegisterMetricRegistries;
}

function counter<T extends string>(config: CounterConfiguration<T>): Counter<T> {
  return (config.registers![0]!.getSingleMetric(config.name) as Counter<T> | undefined) ?? new Counter(config);
}

function gauge<T extends string>(config: GaugeConfiguration<T>): Gauge<T> {
  return (config.registers![0]!.getSingleMetric(config.name) as Gauge<T> | undefined) ?? new Gauge(config);
}

function histogram<T extends string>(config: HistogramConfiguration<T>): Histogram<T> {
  return (config.registers![0]!.getSingleMetric(config.name) as Histogram<T> | undefined) ?? new Histogram(config);
}

function createMetrics() {
  const { registry, registerRegistry, registerGauges } = sharedRegistries();
  const registers = [registry];
  const fromDatabase = [registerRegistry];
  return {
    registry,
    registerRegistry,
    registerGauges,
    httpRequests: counter({
      name: `${METRIC_PREFIX}http_requests_total`,
      help: "HTTP requests answered, by server (site, api), route template, method and status.",
      labelNames: ["server", "route", "method", "status"] as const,
      registers,
    }),
    httpDuration: histogram({
      name: `${METRIC_PREFIX}http_request_duration_seconds`,
      help: "Time from a request's arrival to the end of its answer, by server, route template, method and status.",
      labelNames: ["server", "route", "method", "status"] as const,
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    decisionsRecorded: counter({
      name: `${METRIC_PREFIX}decisions_recorded_total`,
      help: "Decisions recordDecision was asked to record in this process, by channel, choice and outcome (effective, awaiting-review, refused, failed).",
      labelNames: ["channel", "choice", "outcome"] as const,
      registers,
    }),
    webhookAttempts: counter({
      name: `${METRIC_PREFIX}webhook_delivery_attempts_total`,
      help: "Webhook delivery attempts made by this process, by outcome (delivered, retrying, failed: given up).",
      labelNames: ["outcome"] as const,
      registers,
    }),
    importRuns: counter({
      name: `${METRIC_PREFIX}import_runs_total`,
      help: "Legacy import checks and commits run in this process, by source, mode (dry-run, commit) and outcome (the report's, or failed).",
      labelNames: ["source", "mode", "outcome"] as const,
      registers,
    }),
    importedDecisions: counter({
      name: `${METRIC_PREFIX}import_decisions_committed_total`,
      help: "Decisions written by legacy imports committed in this process, by source.",
      labelNames: ["source"] as const,
      registers,
    }),
    canaryStatus: gauge({
      name: `${METRIC_PREFIX}canary_status`,
      help: "The canary check's last result in this process: 1 for the current status (passing, failing, not-run, not-configured), 0 for the others.",
      labelNames: ["status"] as const,
      registers,
    }),
    canaryFailing: gauge({
      name: `${METRIC_PREFIX}canary_failing`,
      help: "1 for each server and question that gave a wrong or missing answer in the last canary check.",
      labelNames: ["server", "question"] as const,
      registers,
    }),
    canaryLastCheck: gauge({
      name: `${METRIC_PREFIX}canary_last_check_timestamp_seconds`,
      help: "When the last canary check finished (Unix time).",
      registers,
    }),
    canaryChecks: counter({
      name: `${METRIC_PREFIX}canary_checks_total`,
      help: "Canary checks run in this process, by result (passing, failing).",
      labelNames: ["result"] as const,
      registers,
    }),
    databaseUp: gauge({
      name: `${METRIC_PREFIX}database_up`,
      help: "1 when this scrape could read the database within the time limit, else 0 (the gauges read from it are then left out).",
      registers,
    }),
    replicaLag: gauge({
      name: `${METRIC_PREFIX}replica_lag_seconds`,
      help: "How old the read replica's data may be (now minus when it last held every commit of the primary; +Inf when unknown), by server (site, api). Only where DATABASE_READ_URL is set.",
      labelNames: ["server"] as const,
      registers,
    }),
    replicaInUse: gauge({
      name: `${METRIC_PREFIX}replica_in_use`,
      help: "1 while the consent check reads from the replica (fresh within CONSENT_MAX_STALENESS, or promoted), 0 while it reads from the primary, by server.",
      labelNames: ["server"] as const,
      registers,
    }),
    replicaReads: counter({
      name: `${METRIC_PREFIX}replica_reads_total`,
      help: "Consent-check reads by server, where answered (replica, primary) and why (fresh, stale, replica-failed).",
      labelNames: ["server", "target", "reason"] as const,
      registers,
    }),
    reviewQueueItems: gauge({
      name: `${METRIC_PREFIX}review_queue_items`,
      help: "Decisions on the supervisors' review queue, by kind (opt-in-awaiting-review, proxy-evidence). Site only.",
      labelNames: ["kind"] as const,
      registers: fromDatabase,
    }),
    reviewQueueOldest: gauge({
      name: `${METRIC_PREFIX}review_queue_oldest_age_seconds`,
      help: "Age of the oldest decision on the review queue (0 when empty). Site only.",
      registers: fromDatabase,
    }),
    tracingWorklistItems: gauge({
      name: `${METRIC_PREFIX}tracing_worklist_items`,
      help: "Decisions waiting for an NHS number to be traced. Site only.",
      registers: fromDatabase,
    }),
    tracingWorklistOldest: gauge({
      name: `${METRIC_PREFIX}tracing_worklist_oldest_age_seconds`,
      help: "Age of the oldest decision on the tracing worklist (0 when empty). Site only.",
      registers: fromDatabase,
    }),
    outboxPending: gauge({
      name: `${METRIC_PREFIX}email_outbox_pending`,
      help: "Emails waiting in the outbox (status PENDING). Site only.",
      registers: fromDatabase,
    }),
    outboxRetrying: gauge({
      name: `${METRIC_PREFIX}email_outbox_retrying`,
      help: "Pending emails that have failed at least 3 attempts. Site only.",
      registers: fromDatabase,
    }),
    outboxOldest: gauge({
      name: `${METRIC_PREFIX}email_outbox_oldest_pending_age_seconds`,
      help: "Age of the oldest pending email (0 when none). Site only.",
      registers: fromDatabase,
    }),
    webhooksPending: gauge({
      name: `${METRIC_PREFIX}webhook_deliveries_pending`,
      help: "Webhook deliveries waiting to be sent or retried (PENDING), and the given-up ones (FAILED) admins have not retried, by status. Site only.",
      labelNames: ["status"] as const,
      registers: fromDatabase,
    }),
    webhooksOldest: gauge({
      name: `${METRIC_PREFIX}webhook_oldest_pending_age_seconds`,
      help: "Age of the oldest pending webhook delivery (0 when none). Site only.",
      registers: fromDatabase,
    }),
    importRunsCommitted: gauge({
      name: `${METRIC_PREFIX}import_runs_committed`,
      help: "Legacy import runs committed to the register, by any process, by source. Site only.",
      labelNames: ["source"] as const,
      registers: fromDatabase,
    }),
    importLastCommitted: gauge({
      name: `${METRIC_PREFIX}import_last_committed_timestamp_seconds`,
      help: "When the last legacy import run of each source was committed (Unix time). Site only.",
      labelNames: ["source"] as const,
      registers: fromDatabase,
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

let metrics: Metrics | undefined;

export function getMetrics(): Metrics {
  metrics ??= createMetrics();
  return metrics;
}
