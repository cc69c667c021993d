import type pg from "pg";

import { AppError } from "../errors";
import { createSharedLimiter, type SharedLimiter } from "../security/shared-rate-limit";

// Each API client's requests a second (API_RATE_LIMIT_PER_SECOND), counted in
// PostgreSQL (table rate_limit) so a client spread by the load balancer over
// several API and site instances has one budget, not one per instance
// (docs/decisions/029). A client that has gone over is then refused from
// memory for the rest of the second, so a flood costs no database work.

/** `pool`: the connections the counts go through (this process's shared pool by default; tests give each "instance" its own). */
export function createApiClientRateLimiter(env: { DATABASE_URL?: string; API_RATE_LIMIT_PER_SECOND: number }, pool?: pg.Pool): SharedLimiter {
  if (!env.DATABASE_URL) throw new AppError({ code: "CONFIGURATION", message: "DATABASE_URL is not set: the API's per-client limit is kept in the database" });
  return createSharedLimiter(env.DATABASE_URL, { keyPrefix: "api-client", points: env.API_RATE_LIMIT_PER_SECOND, durationSeconds: 1, blockInMemoryWhenRefused: true, pool });
}
