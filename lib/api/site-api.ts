import { getEnv } from "../env";
import { AppError } from "../errors";
import { createAccessLogger } from "./access-log";
import { createApiClientRateLimiter } from "./client-rate-limit";
import { createConsentApi, type ConsentApiHandler } from "./consent-api";
import { createApiFailedKeyLimiter } from "./failed-key-limiter";
import { createRegisterStore } from "./register-store";

// The API as the Next.js site mounts it: one handler per server process,
// created on first use.

const holder = globalThis as unknown as { consentApi?: ConsentApiHandler };

export function getSiteConsentApi(): ConsentApiHandler {
  if (!holder.consentApi) {
    const env = getEnv();
    if (!env.DATABASE_URL) throw new AppError({ code: "CONFIGURATION", message: "DATABASE_URL is not set: start the site with npm start" });
    const logger = createAccessLogger({ level: env.LOG_LEVEL });
    const store = createRegisterStore({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_MAX, log: (m) => console.error(m) });
    const failedKeyLimiter = createApiFailedKeyLimiter(env, (m) => console.error(m));
    holder.consentApi = createConsentApi({ store, logger, rateLimitPerSecond: env.API_RATE_LIMIT_PER_SECOND, clientRateLimiter: createApiClientRateLimiter(env), failedKeyLimiter });
  }
  return holder.consentApi;
}
