import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";

import { AppError } from "../errors";
import { BoundedCache } from "./bounded-cache";

// Failed API-key checks per client address (docs/THREAT_MODEL.md, B2): a
// caller that keeps sending keys that are malformed, unknown or wrong is
// refused with 429 for a while, before any key is looked up. Counts live in
// PostgreSQL (table rate_limit, as the journeys' limits in lib/choice), so
// every instance shares them; once an address is blocked, each instance also
// remembers the block in memory, so a flood costs no database work at all.

export type FailedKeyLimiter = {
  /** Milliseconds this address must still wait, or 0. Memory only: no database call. */
  blockedFor(address: string): number;
  /** Counts one failed check; returns how long the address is now blocked (0: not blocked). */
  recordFailure(address: string): Promise<number>;
  close(): Promise<void>;
};

export type FailedKeyLimiterOptions = {
  connectionString: string;
  /** Failed checks one address may make in `durationSeconds` before it is refused. */
  points: number;
  durationSeconds: number;
  /** Addresses whose block is remembered in memory (oldest forgotten first). */
  maxBlockedAddresses?: number;
  log?: (message: string) => void;
};

export function createFailedKeyLimiter(options: FailedKeyLimiterOptions): FailedKeyLimiter {
  const pool = new pg.Pool({ connectionString: options.connectionString, max: 2, connectionTimeoutMillis: 2_000 });
  pool.on("error", (error) => options.log?.(`failed-key limiter pool: ${error.message}`));
  const limiter = new RateLimiterPostgres({
    storeClient: pool,
    storeType: "pool",
    tableName: "rate_limit",
    tableCreated: true,
    keyPrefix: "api-failed-key",
    points: options.points,
    duration: options.durationSeconds,
  });
  const blockedUntil = new BoundedCache<string, number>(options.maxBlockedAddresses ?? 10_000);

  return {
    blockedFor(address) {
      const until = blockedUntil.get(address);
      if (until === undefined) return 0;
      const left = until - Date.now();
      if (left <= 0) blockedUntil.delete(address);
      return Math.max(left, 0);
    },
    async recordFailure(address) {
      try {
        await limiter.consume(address);
        return 0;
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          const waitMs = Math.max(rejection.msBeforeNext, 1_000);
          blockedUntil.set(address, Date.now() + waitMs);
          return waitMs;
        }
        // The count could not be stored (the database is away): the key check itself
        // already failed, so the caller is refused either way.
        options.log?.(`failed-key limiter: ${(rejection as Error).message}`);
        return 0;
      }
    },
    async close() {
      await pool.end();
    },
  };
}

/** Failed key checks allowed per address in this many seconds (API_FAILED_KEY_LIMIT of them). */
export const FAILED_KEY_WINDOW_SECONDS = 10 * 60;

/** The limiter both mounts of the API use, from the configuration. */
export function createApiFailedKeyLimiter(env: { DATABASE_URL?: string; API_FAILED_KEY_LIMIT: number }, log?: (message: string) => void): FailedKeyLimiter {
  if (!env.DATABASE_URL) throw new AppError({ code: "CONFIGURATION", message: "DATABASE_URL is not set: the failed-key limit is kept in the database" });
  return createFailedKeyLimiter({ connectionString: env.DATABASE_URL, points: env.API_FAILED_KEY_LIMIT, durationSeconds: FAILED_KEY_WINDOW_SECONDS, log });
}
