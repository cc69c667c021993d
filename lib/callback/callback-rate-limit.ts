import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

import { getEnv } from "../env";

// Per server instance, in memory: enough to stop one address flooding the
// team's inbox. Several instances each allow the limit (documented in
// docs/decisions/010); a shared store can replace this if that matters.
const holder = globalThis as unknown as { consentRegisterCallbackLimiter?: RateLimiterMemory };

function getLimiter(): RateLimiterMemory {
  holder.consentRegisterCallbackLimiter ??= new RateLimiterMemory({
    keyPrefix: "callback-request",
    points: getEnv().CALLBACK_RATE_LIMIT_PER_HOUR,
    duration: 60 * 60,
  });
  return holder.consentRegisterCallbackLimiter;
}

/** Takes one call-back request from this address's hourly allowance; false when none is left. */
export async function consumeCallbackAllowance(clientAddress: string): Promise<boolean> {
  try {
    await getLimiter().consume(clientAddress);
    return true;
  } catch (error) {
    if (error instanceof RateLimiterRes) return false;
    throw error;
  }
}

/** For tests: forget every address's use. */
export function resetCallbackRateLimit(): void {
  holder.consentRegisterCallbackLimiter = undefined;
}

/**
 * The client's address as the nearest proxy saw it. Next.js sets
 * x-forwarded-for from the connection when no proxy does; behind a proxy,
 * deploy one that overwrites the header rather than appending to it.
 */
export function clientAddressFrom(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "unknown";
}
