import type pg from "pg";

import { getEnv } from "../env";
import { AppError } from "../errors";
import { createSharedLimiter, type SharedLimiter } from "../security/shared-rate-limit";

// The client's address: one rule for every per-address limit (lib/security/client-address.ts).
export { clientAddressFrom } from "../security/client-address";

// Call-back requests per client address per hour, kept in PostgreSQL (table
// rate_limit) so every instance of the site shares one allowance
// (docs/decisions/029): enough to stop one address flooding the team's inbox,
// however many instances the load balancer spreads it over.
const holder = globalThis as unknown as { consentRegisterCallbackLimiter?: SharedLimiter };

/** The call-back limit as one instance holds it; a second call with the same database URL is another instance's view of the same budget. */
export function createCallbackLimiter(connectionString: string, pointsPerHour: number, pool?: pg.Pool): SharedLimiter {
  return createSharedLimiter(connectionString, { keyPrefix: "callback-request", points: pointsPerHour, durationSeconds: 60 * 60, pool });
}

function getLimiter(): SharedLimiter {
  if (!holder.consentRegisterCallbackLimiter) {
    const env = getEnv();
    if (!env.DATABASE_URL) throw new AppError({ code: "CONFIGURATION", message: "DATABASE_URL is not set: the call-back limit is kept in the database" });
    holder.consentRegisterCallbackLimiter = createCallbackLimiter(env.DATABASE_URL, env.CALLBACK_RATE_LIMIT_PER_HOUR);
  }
  return holder.consentRegisterCallbackLimiter;
}

/** Takes one call-back request from this address's hourly allowance; false when none is left. */
export async function consumeCallbackAllowance(clientAddress: string): Promise<boolean> {
  return (await getLimiter().consume(clientAddress)).isAllowed;
}

/** For tests: a new limiter with the current configuration (counts already in the database stay). */
export function resetCallbackRateLimit(): void {
  holder.consentRegisterCallbackLimiter = undefined;
}
