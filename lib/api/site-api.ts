import { getEnv } from "../env";
import { AppError } from "../errors";
import { createAccessLogger } from "./access-log";
import { createApiClientRateLimiter } from "./client-rate-limit";
import { createConsentApi, type ConsentApiHandler } from "./consent-api";
import { createApiFailedKeyLimiter } from "./failed-key-limiter";
import { createApiRegisterStore } from "./api-register-store";

// The API as the Next.js site mounts it: one handler per server process,
// created on first use.

const holder = globalThis as unknown as { consentApi?: ConsentApiHandler };

export function getSiteConsentApi(): ConsentApiHandler {
  if (!holder.consentApi) {
    const env = getEnv();
    if (!env.DATABASE_URL) throw new AppError({ code: "CONFIGURATION", message: "DATABASE_URL is not set: start the site with npm start" });
    const logger = createAccessLogger({ level: env.LOG_LEVEL });
    // With DATABASE_READ_URL, reads go to the replica while it is fresh enough (docs/decisions/027).
    const store = createApiRegisterStore({
      primaryUrl: env.DATABASE_URL,
      readUrl: env.DATABASE_READ_URL,
      maxStalenessMs: env.CONSENT_MAX_STALENESS,
      poolMax: env.DATABASE_POOL_MAX,
      server: "site",
      log: (m) => console.error(m),
    });
    const failedKeyLimiter = createApiFailedKeyLimiter(env, (m) => console.error(m));
    holder.consentApi = createConsentApi({ store, logger, rateLimitPerSecond: env.API_RATE_LIMIT_PER_SECOND, clientRateLimiter: createApiClientRateLimiter(env), failedKeyLimiter });
  }
  return holder.consentApi;
}
