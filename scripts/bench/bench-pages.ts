// npm run bench:pages: resident information pages under a surge, against a
// static file from the same server in the same run (issue 18, point 5).
//
// Builds the site (unless --skip-build), starts it on a fresh database of its
// own on the embedded PostgreSQL server the way `npm start` serves it
// (scripts/serve-site.ts: the site's own HTTP server in front of Next.js), and
// drives it with autocannon: first the NHS.UK stylesheet (a static file), then
// every information page (lib/security/information-pages.ts), then the
// stylesheet again. Each page is checked first: 200, HTML, a Content-Security-
// Policy with no 'unsafe-inline' script source. Prints requests a second for
// each, the static rate (the mean of its two runs) and each page's ratio to
// it. Exits non-zero when any information page is below --min-ratio (0.5) of
// the static rate, or when any request failed.
//
// Options: --duration S per page (default 5), --connections N (default 10),
// --min-ratio R (default 0.5), --skip-build (serve the existing .next build),
// --no-page-cache (PAGE_CACHE=off: every page rendered per request, as before ADR 028).
// Binds port 3213: run it under the shared lock, `flock /tmp/e2e.lock npm run bench:pages`.
import { closeSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

import autocannon from "autocannon";
import pg from "pg";

import { recreateDatabase } from "@/lib/database/embedded-server";
import { applyMigrations, defaultMigrationPaths } from "@/lib/database/migrate";
import { openDatabase } from "@/lib/database/open-database";
import { DEMO_ORGANISATIONS } from "@/lib/demo/seed-demo-data";
import { INFORMATION_PAGES } from "@/lib/security/information-pages";
import { parseContentSecurityPolicy } from "@/lib/security/csp";

import { loadDotEnv, PROJECT_ROOT } from "../support/run-script";
import { runCommand, startSite, waitUntilServing, type RunningServer } from "./support/servers";

const USAGE = "usage: npm run bench:pages -- [--duration S] [--connections N] [--min-ratio R] [--skip-build] [--no-page-cache]";
const OPTIONS = {
  duration: { type: "string", default: "5" },
  connections: { type: "string", default: "10" },
  "min-ratio": { type: "string", default: "0.5" },
  "skip-build": { type: "boolean", default: false },
  "no-page-cache": { type: "boolean", default: false },
} as const;

function readArgs() {
  try {
    return parseArgs({ options: OPTIONS });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
}
const { values } = readArgs();

function numberArg(name: string, value: string | undefined, min: number, max: number, isWhole: boolean): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number < min || number > max || (isWhole && !Number.isInteger(number))) {
    console.error(`--${name} must be ${isWhole ? "a whole number" : "a number"} from ${min} to ${max}; got ${JSON.stringify(value)}.\n${USAGE}`);
    process.exit(2);
  }
  return number;
}

const DURATION_S = numberArg("duration", values.duration, 1, 600, true);
const CONNECTIONS = numberArg("connections", values.connections, 1, 1000, true);
const MIN_RATIO = numberArg("min-ratio", values["min-ratio"], 0, 10, false);

const PORT = 3213;
const SITE = `http://127.0.0.1:${PORT}`;
const STATIC_FILE = "/nhsuk/main.css";
const WORK_DIR = path.join(PROJECT_ROOT, ".data", "bench-pages");

function say(message: string): void {
  console.log(message);
}

type LoadResult = { rps: number; p50: number; p99: number; failed: number; total: number };

async function load(pathname: string, durationS: number): Promise<LoadResult> {
  const result = await autocannon({ url: `${SITE}${pathname}`, connections: CONNECTIONS, duration: durationS });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    // Anything but a 200 counts as a failure: a 304, a redirect or an error page would flatter the rate.
    failed: result.non2xx + result.errors + result.timeouts,
    total: result.requests.total,
  };
}

/** The page answers as a resident's browser would get it: 200, HTML, a nonce or hash script policy with no 'unsafe-inline'. */
async function checkPage(pathname: string): Promise<void> {
  const response = await fetch(`${SITE}${pathname}`);
  const body = await response.text();
  const type = response.headers.get("content-type") ?? "";
  if (response.status !== 200 || !type.startsWith("text/html")) throw new Error(`${pathname} answered ${response.status} ${type}, not a 200 HTML page`);
  const policy = response.headers.get("content-security-policy");
  if (!policy) throw new Error(`${pathname} has no Content-Security-Policy`);
  const scriptSources = parseContentSecurityPolicy(policy).get("script-src") ?? [];
  if (scriptSources.includes("'unsafe-inline'")) throw new Error(`${pathname}'s policy allows 'unsafe-inline' scripts: ${policy}`);
  if (!body.includes("</html>")) throw new Error(`${pathname} did not answer a whole page`);
}

function row(name: string, result: LoadResult, ratio?: number): string {
  const share = ratio === undefined ? "" : `   ${ratio.toFixed(2)}× static`;
  return `${name.padEnd(28)} ${result.rps.toFixed(0).padStart(7)} req/s   p50 ${String(result.p50).padStart(4)} ms   p99 ${String(result.p99).padStart(4)} ms   failed ${result.failed}${share}`;
}

async function main(): Promise<number> {
  loadDotEnv();
  mkdirSync(WORK_DIR, { recursive: true });
  const logFile = path.join(WORK_DIR, "server.log");
  const logFd = openSync(logFile, "w");
  const database = await openDatabase({ projectRoot: PROJECT_ROOT, database: "consent_register_bench_pages", log: (m) => console.error(m) });
  let site: RunningServer | undefined;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      void Promise.resolve(site?.stop())
        .then(() => database.close())
        .finally(() => process.exit(130));
    });
  }
  try {
    await recreateDatabase(database.url);
    await applyMigrations(database.url, defaultMigrationPaths(PROJECT_ROOT));
    // /when-it-starts shows the participating organisations: the demonstration's, not an empty list.
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      for (const o of DEMO_ORGANISATIONS) {
        await client.query(
          "INSERT INTO organisation (id, ods_code, name, type, borough, joined_on, updated_at) VALUES (gen_random_uuid(), $1, $2, $3, $4, $5::date, now())",
          [o.odsCode, o.name, o.type, o.borough, o.joinedOn],
        );
      }
    } finally {
      await client.end();
    }
    if (!values["skip-build"]) {
      say("Building the site (npm run build)...");
      await runCommand("npm", ["run", "--silent", "build"]);
    }
    site = startSite(PORT, { DATABASE_URL: database.url, LOCAL_DEMO: "on", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", SITE_URL: SITE, CANARY_CHECKER: "off", ...(values["no-page-cache"] ? { PAGE_CACHE: "off" } : {}) }, logFd);
    await waitUntilServing(`${SITE}/api/health/live`, site);

    // Every English page, and three in other languages (each language's pages are kept the same way).
    const pages = [...INFORMATION_PAGES.map((page) => page.path), "/bn", "/so/your-choice", "/en-easy/when-it-starts"];
    for (const pathname of pages) await checkPage(pathname);
    const stylesheet = await fetch(`${SITE}${STATIC_FILE}`);
    await stylesheet.arrayBuffer();
    if (stylesheet.status !== 200) throw new Error(`${STATIC_FILE} answered ${stylesheet.status}: was the build made (npm run build)?`);
    say(`Site: the production build behind scripts/serve-site.ts on ${SITE}${values["no-page-cache"] ? " with PAGE_CACHE=off" : ""}; autocannon, ${CONNECTIONS} connections, ${DURATION_S} s per page after 1 s warm-up.`);
    say(`Server output: ${logFile}\n`);

    // Warm-up (JIT, first renders), outside the measurement.
    for (const pathname of [STATIC_FILE, ...pages]) await load(pathname, 1);

    const staticBefore = await load(STATIC_FILE, DURATION_S * 2);
    const results: { pathname: string; result: LoadResult }[] = [];
    for (const pathname of pages) results.push({ pathname, result: await load(pathname, DURATION_S) });
    const staticAfter = await load(STATIC_FILE, DURATION_S * 2);
    const staticRps = (staticBefore.rps + staticAfter.rps) / 2;

    say(row(`static ${STATIC_FILE} (before)`, staticBefore));
    say(row(`static ${STATIC_FILE} (after)`, staticAfter));
    let worst = Infinity;
    let failed = staticBefore.failed + staticAfter.failed;
    for (const { pathname, result } of results) {
      const ratio = result.rps / staticRps;
      worst = Math.min(worst, ratio);
      failed += result.failed;
      say(row(pathname, result, ratio));
    }
    const home = results.find((r) => r.pathname === "/")!;
    say("");
    say(`Static file: ${staticRps.toFixed(0)} req/s (mean of the two runs)`);
    say(`Home page: ${home.result.rps.toFixed(0)} req/s, ratio ${(home.result.rps / staticRps).toFixed(2)}×`);
    say(`Lowest information page ratio: ${worst.toFixed(2)}× (required: ${MIN_RATIO}×)`);
    if (failed > 0) {
      say(`FAIL: ${failed} requests failed or answered other than 2xx (server output: ${logFile}).`);
      return 1;
    }
    if (worst < MIN_RATIO) {
      say(`FAIL: an information page answered below ${MIN_RATIO}× the static file's rate.`);
      return 1;
    }
    say("PASS");
    return 0;
  } finally {
    await site?.stop();
    closeSync(logFd);
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
