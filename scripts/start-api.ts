// npm run start:api [-- --port N]: the dedicated consent-check server for
// record services (same handlers as the site's /api/v1 and /fhir). Stateless:
// run as many as the load needs, all pointing at the same DATABASE_URL (the
// primary: the API clients' last use is written there, in batches) and, with
// DATABASE_READ_URL, at a streaming replica that the consent check reads while
// it is fresh enough (docs/decisions/027). npm start runs one alongside the site.
import { parseArgs } from "node:util";
import { createAccessLogger } from "@/lib/api/access-log";
import { type ApiResponse, createConsentApi } from "@/lib/api/consent-api";
import { createApiClientRateLimiter } from "@/lib/api/client-rate-limit";
import { createApiFailedKeyLimiter } from "@/lib/api/failed-key-limiter";
import { createConsentApiServer } from "@/lib/api/node-server";
import { createApiRegisterStore, getReplicaHealth } from "@/lib/api/api-register-store";
import { openDatabase } from "@/lib/database/open-database";
import { closeSharedRateLimitPools } from "@/lib/security/shared-rate-limit";
import { refreshDatabaseUp } from "@/lib/metrics/refresh-database-up";
import { getEnvOrExit } from "@/lib/env";
import { loadDotEnv, PROJECT_ROOT } from "./support/dot-env";

const { values } = parseArgs({ options: { port: { type: "string" } } });

loadDotEnv();
const env = getEnvOrExit();
const port = Number(values.port ?? env.API_PORT);
const database = await openDatabase({ projectRoot: PROJECT_ROOT, log: (m) => console.error(`[api] ${m}`) });
const store = createApiRegisterStore({
  primaryUrl: database.url,
  readUrl: env.DATABASE_READ_URL,
  maxStalenessMs: env.CONSENT_MAX_STALENESS,
  poolMax: env.DATABASE_POOL_MAX,
  server: "api",
  log: (m) => console.error(`[api] ${m}`),
});
const logger = createAccessLogger({ level: env.LOG_LEVEL });
// Both limits are kept in PostgreSQL, shared with every other API and site instance (docs/decisions/029).
const limits = { DATABASE_URL: database.url, API_RATE_LIMIT_PER_SECOND: env.API_RATE_LIMIT_PER_SECOND, API_FAILED_KEY_LIMIT: env.API_FAILED_KEY_LIMIT };
const failedKeyLimiter = createApiFailedKeyLimiter(limits, (m) => console.error(`[api] ${m}`));
const handle = createConsentApi({
  store,
  logger,
  rateLimitPerSecond: env.API_RATE_LIMIT_PER_SECOND,
  clientRateLimiter: createApiClientRateLimiter(limits),
  failedKeyLimiter,
  baseUrl: env.SITE_URL,
});

const server = createConsentApiServer(handle, {
  // GET /api/health: 200 while the register can be read, 503 (fail closed) when not
  "/api/health": async (): Promise<ApiResponse> => {
    try {
      await store.ping();
      const replica = getReplicaHealth();
      return { status: 200, headers: { "content-type": "application/json", "cache-control": "no-store" }, body: JSON.stringify({ status: "ok", database: { status: "up" }, ...(replica ? { replica } : {}) }) };
    } catch {
      const replica = getReplicaHealth();
      return { status: 503, headers: { "content-type": "application/json", "cache-control": "no-store", "retry-after": "5" }, body: JSON.stringify({ status: "unavailable", database: { status: "down" }, ...(replica ? { replica } : {}) }) };
    }
  },
}, {
  // GET /metrics (METRICS_TOKEN): this server's requests and latency, and whether it can read the register.
  refreshMetrics: () => refreshDatabaseUp(() => store.ping()),
});

let isStopping = false;
async function stop() {
  if (isStopping) return;
  isStopping = true;
  server.close();
  server.closeAllConnections();
  logger.flush();
  await store.close().catch(() => undefined);
  await failedKeyLimiter.close().catch(() => undefined);
  await closeSharedRateLimitPools().catch(() => undefined);
  await database.close();
  process.exit(0);
}
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());

server.listen(port, () => console.error(`[api] Consent-check API listening on http://localhost:${port}`));
