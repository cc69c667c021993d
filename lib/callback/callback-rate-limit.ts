import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

import { getEnv } from "../env";

// The client's address: one rule for every per-address limit (lib/security/client-address.ts).
export { clientAddressFrom } from "../security/client-address";

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
