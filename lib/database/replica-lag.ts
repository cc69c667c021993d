import pg from "pg";

// How stale a PostgreSQL streaming replica may be, measured so that it is right
// when the primary is idle (docs/decisions/027-read-replicas.md).
//
// Each check reads the primary's WAL insert position P (at local time t0, taken
// before the query is sent, so every commit acknowledged before t0 lies at or
// before P), then the replica's replay position R. Once the replica has
// replayed up to some sampled P, it holds everything the primary had committed
// at that sample's t0, so its data is at most `now - t0` old. That bound keeps
// growing on our own monotonic clock between checks, so a replica that stops
// replaying, a monitor that stops checking or a primary that cannot be asked
// all make the replica stale within the bound: it fails closed.
// now() - pg_last_xact_replay_timestamp() is not used: it grows on an idle
// primary and says nothing about writes not yet replayed.
//
// Paused replay (pg_wal_replay_pause()) counts as stale: while paused, the
// bound stops advancing, so the replica goes out of use once it passes.
// A replica that is no longer in recovery has been promoted: it is used only
// while the configured primary cannot be reached as a primary, because while
// the old primary still takes writes the promoted server's answers would miss them.

export type ReplicaState =
  /** Replaying, and known to hold every commit of the primary up to `lagMs` ago. */
  | "streaming"
  /** Replay paused: its data stops advancing, so it goes out of use once the bound passes. */
  | "paused"
  /** The replica cannot be asked. */
  | "unreachable"
  /** Promoted and the configured primary cannot be reached: it is the register now. */
  | "promoted"
  /** Promoted, but the configured primary still takes writes: never read from (split brain). */
  | "diverged"
  /** No check has finished yet. */
  | "unknown";

export type ReplicaStatus = {
  state: ReplicaState;
  /** Whether reads go to the replica now: its data is within the bound (or it is the promoted register). */
  isUsable: boolean;
  /** How old the replica's data may be, in ms (Infinity when never known). 0 once promoted. */
  lagMs: number;
  /** WAL bytes the primary had written and the replica had not replayed at the last check; null when unknown. */
  lagBytes: number | null;
  maxStalenessMs: number;
  /** Whether the configured primary answered the last check. */
  isPrimaryReachable: boolean;
  checkedAt: Date | null;
};

export type ReplicaLagMonitor = {
  /** The status as of now: the bound is computed at call time, never cached. */
  status(): ReplicaStatus;
  /** Runs one check now (the timer runs them every intervalMs). */
  check(): Promise<void>;
  close(): Promise<void>;
};

export type ReplicaLagMonitorOptions = {
  primaryUrl: string;
  replicaUrl: string;
  /** Beyond this the replica is not read (CONSENT_MAX_STALENESS). */
  maxStalenessMs: number;
  /** How often to check; at most a quarter of the bound. Default 250 ms. */
  intervalMs?: number;
  /** Called after every check (metrics). */
  onCheck?: (status: ReplicaStatus) => void;
  log?: (message: string) => void;
};

/** "16/B374D848" to a byte position. */
export function parseLsn(lsn: string): bigint {
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(lsn);
  if (!match) throw new Error(`Not a WAL position: ${lsn}`);
  return (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`);
}

const QUERY_TIMEOUT_MS = 1_000;
/** Primary positions waiting for the replica to reach them; older ones are dropped (the bound only needs the latest reached). */
const MAX_PENDING = 64;

function checkPool(connectionString: string, log?: (message: string) => void): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: 1,
    connectionTimeoutMillis: QUERY_TIMEOUT_MS,
    statement_timeout: QUERY_TIMEOUT_MS,
    query_timeout: QUERY_TIMEOUT_MS + 250,
    idleTimeoutMillis: 30_000,
    application_name: "consent-register-replica-lag",
  });
  pool.on("error", (error) => log?.(`replica lag check: ${error.message}`));
  return pool;
}

export function createReplicaLagMonitor(options: ReplicaLagMonitorOptions): ReplicaLagMonitor {
  const { maxStalenessMs, log } = options;
  const intervalMs = Math.max(10, Math.min(options.intervalMs ?? 250, maxStalenessMs / 4));
  const primary = checkPool(options.primaryUrl, log);
  const replica = checkPool(options.replicaUrl, log);
  const pending: { lsn: bigint; at: number }[] = [];
  /** performance.now() at which the replica was last known to hold everything the primary had committed. */
  let freshAsOf: number | null = null;
  let state: ReplicaState = "unknown";
  let lagBytes: number | null = null;
  let isPrimaryReachable = false;
  let checkedAt: Date | null = null;
  let running: Promise<void> | null = null;
  let isClosed = false;
  let lastLogged: string | null = null;
  /**
   * Whether a promotion may be trusted: the server was last seen as a standby that had replayed every
   * primary position sampled. A server never seen streaming (a restored copy, a logical replica, a
   * standby promoted long ago), or one seen diverged once, is never read as "promoted": it would miss
   * every decision made since it left the primary.
   */
  let wasCaughtUpStandby = false;
  let hasDiverged = false;

  function status(): ReplicaStatus {
    const base = { state, lagBytes, maxStalenessMs, isPrimaryReachable, checkedAt };
    if (state === "promoted") return { ...base, isUsable: true, lagMs: 0 };
    const lagMs = freshAsOf === null ? Infinity : performance.now() - freshAsOf;
    const isUsable = (state === "streaming" || state === "paused") && lagMs <= maxStalenessMs;
    return { ...base, isUsable, lagMs };
  }

  async function checkOnce(): Promise<void> {
    const t0 = performance.now();
    let primaryLsn: bigint | null = null;
    try {
      // Fails on a server in recovery: a "primary" that is itself a standby cannot vouch for anything.
      const result = await primary.query<{ lsn: string }>("SELECT pg_current_wal_insert_lsn()::text AS lsn");
      primaryLsn = parseLsn(result.rows[0]!.lsn);
    } catch {
      primaryLsn = null;
    }
    isPrimaryReachable = primaryLsn !== null;
    let row: { in_recovery: boolean; replay_lsn: string | null; pause_state: string | null } | undefined;
    try {
      const result = await replica.query<{ in_recovery: boolean; replay_lsn: string | null; pause_state: string | null }>(
        `SELECT pg_is_in_recovery() AS in_recovery,
                CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn()::text END AS replay_lsn,
                CASE WHEN pg_is_in_recovery() THEN pg_get_wal_replay_pause_state() END AS pause_state`,
      );
      row = result.rows[0];
    } catch {
      row = undefined;
    }
    checkedAt = new Date();
    if (!row) {
      state = "unreachable";
      // While it cannot be seen, the primary may be taking decisions it has not replayed.
      if (primaryLsn !== null) wasCaughtUpStandby = false;
      lagBytes = null;
      return;
    }
    if (!row.in_recovery) {
      if (primaryLsn !== null || hasDiverged || (state !== "promoted" && !wasCaughtUpStandby)) {
        hasDiverged = true;
        state = "diverged";
      } else {
        state = "promoted";
      }
      wasCaughtUpStandby = false;
      lagBytes = null;
      pending.length = 0;
      freshAsOf = null;
      return;
    }
    const replayLsn = row.replay_lsn ? parseLsn(row.replay_lsn) : null;
    const isPaused = row.pause_state !== "not paused";
    if (primaryLsn !== null) {
      pending.push({ lsn: primaryLsn, at: t0 });
      if (pending.length > MAX_PENDING) pending.splice(0, pending.length - MAX_PENDING);
    }
    lagBytes = primaryLsn !== null && replayLsn !== null ? Number(primaryLsn > replayLsn ? primaryLsn - replayLsn : 0n) : null;
    if (!isPaused && replayLsn !== null) {
      let reached = -1;
      for (let i = 0; i < pending.length; i++) if (pending[i]!.lsn <= replayLsn) reached = i;
      if (reached >= 0) {
        freshAsOf = Math.max(freshAsOf ?? -Infinity, pending[reached]!.at);
        pending.splice(0, reached + 1);
      }
    }
    state = isPaused ? "paused" : "streaming";
    wasCaughtUpStandby = freshAsOf !== null && pending.length === 0;
  }

  async function check(): Promise<void> {
    if (isClosed) return;
    running ??= checkOnce().finally(() => {
      running = null;
      const now = status();
      // Logged when where reads go changes, not on every check.
      const summary = `${now.state} ${now.isUsable}`;
      if (summary !== lastLogged) {
        lastLogged = summary;
        log?.(`read replica: ${now.state}, ${now.isUsable ? "reads go to the replica" : "reads go to the primary"} (lag ${Number.isFinite(now.lagMs) ? `${Math.round(now.lagMs)} ms` : "unknown"})`);
      }
      // A fault in reporting (metrics) must not stop the checks, nor reject an unawaited promise.
      try {
        options.onCheck?.(now);
      } catch (error) {
        log?.(`replica lag check: could not report: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
    return running;
  }

  const timer = setInterval(() => void check(), intervalMs);
  timer.unref();
  void check();

  return {
    status,
    check,
    async close() {
      isClosed = true;
      clearInterval(timer);
      await running?.catch(() => undefined);
      await Promise.all([primary.end(), replica.end()]);
    },
  };
}
