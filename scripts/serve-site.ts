// Serves the site's production build: Next.js behind the site's own HTTP
// server (lib/security/site-server.ts), which sets request and header
// timeouts, refuses oversized bodies by their declared length before reading
// them, answers TRACE and broken addresses itself, and records the
// connection's address in X-Forwarded-For. `next start` offers none of these
// settings. scripts/start.ts runs this with DATABASE_URL and the rest set;
// run it directly only with the same environment:
//   tsx scripts/serve-site.ts --port 3000
import { parseArgs } from "node:util";
import next from "next";

import { getEnv } from "@/lib/env";
import { refreshRegisterGauges } from "@/lib/metrics/refresh-register-gauges";
import { createOrganisationListVersionReader } from "@/lib/organisations/organisation-list-version";
import { createPageCache } from "@/lib/security/page-cache";
import { createSiteServer, SITE_SERVER_TIMEOUTS } from "@/lib/security/site-server";
import { PROJECT_ROOT } from "./support/run-script";

const { values } = parseArgs({ options: { port: { type: "string" } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
// The 403 page for a refused no-JavaScript form reads its words from this
// server on loopback (app/(staff)/staff/permission-refused/route.ts).
process.env.PORT = String(port);

const app = next({ dev: false, dir: PROJECT_ROOT, hostname: "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();
const isPageCacheOn = process.env.PAGE_CACHE !== "off";
const databaseUrl = getEnv().DATABASE_URL;
// /when-it-starts is answered from memory only while the organisation list's version is unchanged (ADR 028).
const organisationListVersion =
  isPageCacheOn && databaseUrl ? createOrganisationListVersionReader({ connectionString: databaseUrl, log: (message) => console.warn(message) }) : undefined;
// GET /metrics (METRICS_TOKEN): this instance's requests, decisions, canary results, and the register's queues read at scrape time.
const server = createSiteServer((request, response) => handle(request, response), SITE_SERVER_TIMEOUTS, {
  refreshMetrics: () => refreshRegisterGauges(),
  // Information pages: rendered once per deployment, answered from memory with a fresh nonce each (ADR 028).
  // PAGE_CACHE=off renders them per request as before (to measure the difference, or to rule it out).
  pageCache: isPageCacheOn ? createPageCache({ versions: { "organisation-list": organisationListVersion?.read } }) : undefined,
});

let isStopping = false;
async function stop(): Promise<void> {
  if (isStopping) return;
  isStopping = true;
  server.close();
  server.closeIdleConnections();
  // Requests still running get a moment to finish; then the process ends.
  setTimeout(() => process.exit(0), 5_000).unref();
  await app.close().catch(() => undefined);
  await organisationListVersion?.close().catch(() => undefined);
  process.exit(0);
}
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());

server.listen(port, () => console.log(`[site] Listening on http://localhost:${port}`));
