import { createReplicaLagMonitor, type ReplicaLagMonitor, type ReplicaStatus } from "../database/replica-lag";
import { getMetrics } from "../metrics/registry";
import { createRegisterStore, type RegisterStore } from "./register-store";
import { createReplicaRegisterStore } from "./replica-register-store";

// The register store each API mount (the site's, the dedicated server) reads
// through: the primary alone, or, with DATABASE_READ_URL, the replica while it
// is fresh enough and the primary otherwise (docs/decisions/027).

export type ApiRegisterStoreOptions = {
  primaryUrl: string;
  /** DATABASE_READ_URL. */
  readUrl?: string;
  /** CONSENT_MAX_STALENESS in ms. */
  maxStalenessMs: number;
  poolMax?: number;
  /** Which server this is, for the metrics' labels. */
  server: "site" | "api";
  /** How often the lag is checked (default 250 ms; never more than a quarter of the bound). */
  lagCheckIntervalMs?: number;
  log?: (message: string) => void;
};

export type ReplicaHealth = {
  /** Where the consent check reads now. */
  readsFrom: "replica" | "primary";
  state: ReplicaStatus["state"];
  /** How old the replica's data may be, in seconds (null when unknown). */
  lagSeconds: number | null;
  lagBytes: number | null;
  maxStalenessSeconds: number;
  checkedAt: string | null;
};

const holder = globalThis as unknown as { consentRegisterReplicaMonitor?: ReplicaLagMonitor };

/** The replica's status in this process, for /api/health; undefined where no replica is configured. */
export function getReplicaHealth(): ReplicaHealth | undefined {
  const monitor = holder.consentRegisterReplicaMonitor;
  if (!monitor) return undefined;
  const status = monitor.status();
  return {
    readsFrom: status.isUsable ? "replica" : "primary",
    state: status.state,
    lagSeconds: Number.isFinite(status.lagMs) ? Math.round(status.lagMs) / 1000 : null,
    lagBytes: status.lagBytes,
    maxStalenessSeconds: status.maxStalenessMs / 1000,
    checkedAt: status.checkedAt?.toISOString() ?? null,
  };
}

export function createApiRegisterStore(options: ApiRegisterStoreOptions): RegisterStore {
  const primary = createRegisterStore({ connectionString: options.primaryUrl, max: options.poolMax, log: options.log });
  if (!options.readUrl) return primary;
  const replica = createRegisterStore({ connectionString: options.readUrl, max: options.poolMax, log: options.log });
  const server = options.server;
  const monitor = createReplicaLagMonitor({
    primaryUrl: options.primaryUrl,
    replicaUrl: options.readUrl,
    maxStalenessMs: options.maxStalenessMs,
    intervalMs: options.lagCheckIntervalMs,
    log: options.log,
    onCheck: (status) => {
      const m = getMetrics();
      m.replicaLag.set({ server }, status.lagMs / 1000);
      m.replicaInUse.set({ server }, status.isUsable ? 1 : 0);
    },
  });
  holder.consentRegisterReplicaMonitor = monitor;
  const store = createReplicaRegisterStore({
    primary,
    replica,
    monitor,
    onRead: (target, reason) => getMetrics().replicaReads.inc({ server, target, reason }),
  });
  const close = store.close;
  store.close = async () => {
    if (holder.consentRegisterReplicaMonitor === monitor) holder.consentRegisterReplicaMonitor = undefined;
    await close();
  };
  return store;
}
