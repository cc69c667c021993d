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
 * The client's address, for rate limits and sign-in records. Each trusted
 * proxy (TRUSTED_PROXY_HOPS, default 1: the load balancer) appends the address
 * it saw to X-Forwarded-For, so the client's is that many entries from the
 * right; anything further left was written by the client and is not believed.
 * `next start` fills the header from the connection only when it is absent, so
 * without a proxy that appends, a client could name any address: deploy behind
 * one (docs/OPERATIONS.md).
 */
export function clientAddressFrom(headers: Headers, trustedProxyHops: number = getEnv().TRUSTED_PROXY_HOPS): string {
  const entries = (headers.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  const hops = Math.max(trustedProxyHops, 1);
  // Fewer entries than proxies: the request did not come through them all.
  const forwarded = entries.length >= hops ? entries[entries.length - hops] : undefined;
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}
