// npm run canary: ask every mount (the site's API, the dedicated API server)
// every question (single, batch, change feed, FHIR) about every canary person
// once, now. Prints what was checked; on any wrong or missing answer logs the
// alert at error level and exits 1. Every running site also does this on a
// schedule (instrumentation.ts). Reads CANARY_API_KEY, CANARY_SITE_URL and
// CANARY_API_URL (default this machine's PORT and API_PORT); in the local
// demo without a key it creates an API client for the run and revokes it after.
import { readCanaryConfig } from "@/lib/canary/canary-config";
import { obtainCanaryKey } from "@/lib/canary/canary-key";
import { createCanaryLogger, logCanaryReport } from "@/lib/canary/canary-log";
import { listCanaryServers } from "@/lib/canary/mounts";
import { runCanaryCheck } from "@/lib/canary/run-canary-check";
import { runWithDatabase } from "./support/run-script";

await runWithDatabase(async () => {
  const config = readCanaryConfig();
  const key = await obtainCanaryKey(config);
  if (!key) {
    console.error("CANARY_API_KEY is not set: create an API client for the checker (npm run api-client:create -- --name \"Canary checker\") and set it.");
    process.exitCode = 1;
    return;
  }
  const servers = listCanaryServers(config);
  let report;
  try {
    report = await runCanaryCheck({ servers, apiKey: key.key });
  } finally {
    await key.release();
  }
  logCanaryReport(createCanaryLogger(), report);
  console.error(`Asked ${servers.map((s) => `${s.name} (${s.baseUrl})`).join(" and ")}: ${report.checks} answers checked in ${report.durationMs} ms.`);
  if (report.status === "failing") {
    for (const failure of report.failures) {
      console.error(`FAILED ${failure.server} ${failure.question}${failure.nhsNumber ? ` ${failure.nhsNumber} (${failure.canary})` : ""}: ${failure.problem}`);
    }
    process.exitCode = 1;
  } else {
    console.error("Every canary answered correctly.");
  }
});
