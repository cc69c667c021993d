import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";

// Every rate limit of the register, kept in PostgreSQL (table rate_limit) so
// that any number of site and API instances share one budget
// (docs/decisions/029). One library for all of them: rate-limiter-flexible's
// PostgreSQL store, one atomic upsert per consume. If the database cannot be
// reached for a moment, each limiter falls back to an in-memory limit of the
// same size on this instance (the library's "insurance" limiter): a limit is
// never simply switched off. A primary that hangs rather than refusing must
// not hang the consent check, which may be reading from a replica
// (decisions/027): counting gives up within a second, and the in-memory
// limit takes over.

export type SharedLimiter = {
  /** Takes one point from `key`'s budget: allowed, or refused with how long until a point comes back. */
  consume(key: string): Promise<{ isAllowed: true } | { isAllowed: false; msBeforeNext: number }>;
};

export type SharedLimiterOptions = {
  /** Separates this limit's keys from every other limit's in the shared table. */
  keyPrefix: string;
  points: number;
  durationSeconds: number;
  /** The pool the counts are written through (sharedRateLimitPool() by default). */
  pool?: pg.Pool;
  /** Keys refused are remembered in memory until their window ends, so a flood costs no database work. */
  blockInMemoryWhenRefused?: boolean;
};

type Holder = { consentRegisterRateLimitPools?: Map<string, pg.Pool> };
const holder = globalThis as unknown as Holder;

/**
 * The connection settings for counting: without waiting for the count to reach
 * disk (synchronous_commit off). A count lost to a database crash costs at most
 * a fraction of a second's allowance; waiting for the disk on every API call
 * cost about 2 ms a call and capped one client's rate per instance.
 */
export function rateLimitPoolConfig(connectionString: string, max = 4): pg.PoolConfig {
  return { connectionString, max, connectionTimeoutMillis: 500, statement_timeout: 500, query_timeout: 750, options: "-c synchronous_commit=off" };
}

/** A small pool per process and database for the limits (one upsert per request). */
export function sharedRateLimitPool(connectionString: string): pg.Pool {
  holder.consentRegisterRateLimitPools ??= new Map();
  let pool = holder.consentRegisterRateLimitPools.get(connectionString);
  if (!pool) {
    pool = new pg.Pool(rateLimitPoolConfig(connectionString));
    // An idle connection that drops must not crash the server.
    pool.on("error", (error) => console.warn(`[rate-limit] ${error.message}`));
    holder.consentRegisterRateLimitPools.set(connectionString, pool);
  }
  return pool;
}

/** For tests and shutdown: closes the pools the limits use (the next limiter opens new ones). */
export async function closeSharedRateLimitPools(): Promise<void> {
  const pools = [...(holder.consentRegisterRateLimitPools?.values() ?? [])];
  holder.consentRegisterRateLimitPools = undefined;
  await Promise.all(pools.map((pool) => pool.end()));
}

export function createSharedLimiter(connectionString: string, options: SharedLimiterOptions): SharedLimiter {
  const limiter = new RateLimiterPostgres({
    storeClient: options.pool ?? sharedRateLimitPool(connectionString),
    storeType: "pool",
    tableName: "rate_limit",
    // The table is made by a migration, not by the library.
    tableCreated: true,
    keyPrefix: options.keyPrefix,
    points: options.points,
    duration: options.durationSeconds,
    // A point is counted locally only until the shared store answers again.
    insuranceLimiter: new RateLimiterMemory({ keyPrefix: options.keyPrefix, points: options.points, duration: options.durationSeconds }),
    ...(options.blockInMemoryWhenRefused ? { inMemoryBlockOnConsumed: options.points + 1, inMemoryBlockDuration: options.durationSeconds } : {}),
  });
  return asSharedLimiter(limiter);
}

/** A rate-limiter-flexible limiter as the register's limits use it: allowed, or refused with the wait (a store's own fault is thrown). */
export function asSharedLimiter(limiter: { consume(key: string): Promise<unknown> }): SharedLimiter {
  return {
    async consume(key) {
      try {
        await limiter.consume(key);
        return { isAllowed: true };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return { isAllowed: false, msBeforeNext: rejection.msBeforeNext };
        throw rejection;
      }
    },
  };
}
