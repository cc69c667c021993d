import path from "node:path";
import { fileURLToPath } from "node:url";

import { defineConfig, devices } from "@playwright/test";

import { E2E_METRICS_TOKEN } from "./e2e/support/metrics";

const PROJECT_ROOT = path.dirname(fileURLToPath(import.meta.url));
const PORT = 3100;
const BASE_URL = `http://127.0.0.1:${PORT}`;

// Chromium writes its profile and caches here instead of $HOME (.data/ is gitignored).
const BROWSER_HOME = path.join(PROJECT_ROOT, ".data", "playwright-chromium");
/** Where the site's local SMTP capture server keeps email during browser tests. */
const E2E_MAIL_DIR = path.join(PROJECT_ROOT, ".data", "mail-e2e");

// Flags that let Debian's chromium run as root on a machine with no network.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

// scripts/start.ts starts the embedded database, migrates, seeds and runs
// `next start` on the build made before Playwright runs. PW_WEB_SERVER
// replaces the command, e.g. "node_modules/.bin/next start -p 3100".
const WEB_SERVER_COMMAND =
  process.env.PW_WEB_SERVER ?? `node_modules/.bin/tsx scripts/start.ts --port ${PORT} --no-build`;

export default defineConfig({
  testDir: "./e2e",
  // Kept apart from test-results/ itself so Playwright's clean-up at start
  // never deletes other reports written there.
  outputDir: "test-results/e2e-artifacts",
  fullyParallel: true,
  // A whole journey runs axe on every page (twice without JavaScript: a second
  // copy with scripts), which on CI's two cores takes longer than the default 30 s.
  timeout: 90_000,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: "/usr/bin/chromium",
          args: CHROMIUM_ARGS,
          env: {
            ...process.env,
            XDG_CONFIG_HOME: path.join(BROWSER_HOME, "config"),
            XDG_CACHE_HOME: path.join(BROWSER_HOME, "cache"),
          },
        },
      },
    },
  ],
  webServer: {
    command: WEB_SERVER_COMMAND,
    url: BASE_URL,
    // A stale server left on the port would silently test an old build.
    reuseExistingServer: false,
    timeout: 120_000,
    // Lets scripts/start.ts stop its embedded database cleanly.
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    stdout: "pipe",
    stderr: "pipe",
    env: {
      EMBEDDED_PG_DATABASE: "consent_register_e2e",
      API_PORT: "3101",
      // Email goes to start.ts's local capture server, into a folder of its own
      // that the browser tests read (e2e/support/mail.ts).
      MAIL_CAPTURE_DIR: E2E_MAIL_DIR,
      MAIL_CAPTURE_PORT: "2526",
      TEAM_EMAIL: "e2e-team@example.org",
      // Every test submits from 127.0.0.1; the limit itself is tested in lib/callback.
      CALLBACK_RATE_LIMIT_PER_HOUR: "10000",
      // The same for the choice journeys' per-address limits (tested in tests/choice).
      CHOICE_CODE_LIMIT_PER_IP_PER_HOUR: "10000",
      CHOICE_SUBMIT_LIMIT_PER_IP_PER_HOUR: "10000",
      // Every API call with a bad key comes from 127.0.0.1 too (the limit is tested in tests/api).
      API_FAILED_KEY_LIMIT: "100000",
      // GET /metrics on the site and the API server (e2e/metrics.spec.ts).
      METRICS_TOKEN: E2E_METRICS_TOKEN,
      // Webhook endpoints on 127.0.0.1 (e2e/webhooks.spec.ts); never on in production (docs/decisions/026).
      WEBHOOK_ALLOW_PRIVATE_ADDRESSES: "on",
      // The pseudo-locale /en-xa/... for the 320 px layout test (e2e/languages.spec.ts).
      PSEUDO_LOCALE: "on",
    },
  },
});
