import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import type { BrowserContext, Page } from "@playwright/test";
import pg from "pg";

import { JOURNEY_COOKIE } from "../lib/choice/journey-store";
import { START_PAGE, WHO_FOR } from "../lib/content/choice";
import { SERVICE_ERROR_PAGE } from "../lib/content/errors";
import { ORGANISATION_LIST } from "../lib/content/when-it-starts";
import { acquireEmbeddedServer, type AcquireEmbeddedServerOptions, connectionUrl, ensureDatabaseExists, type EmbeddedServer } from "../lib/database/embedded-server";
import { applyMigrations, defaultMigrationPaths } from "../lib/database/migrate";
import { SIGN_IN_TEXT } from "../lib/staff/staff-text";
import { expect, test } from "./support/fixtures";

// The site with its database stopped: pages that read it show the NHS.UK
// "Sorry, there is a problem with the service" page (or, where the rest of the
// page is still useful, say what cannot be shown), never a stack trace; and
// once the database is back the same running server works again.
//
// This file runs its own `next start` (on the build Playwright runs against)
// on port 3102, against a PostgreSQL server of its own that it stops and starts.

const PROJECT_ROOT = path.resolve(import.meta.dirname, "..");
const PORT = 3102;
const BASE = `http://127.0.0.1:${PORT}`;
const ORGANISATION = `Fault Test Surgery ${process.pid}`;
/** What must never reach a resident: traces, driver and ORM errors. */
const LEAKS = /PrismaClient|DriverAdapterError|ECONNREFUSED|57P0\d|\bat [\w.<>]+ \(|node_modules|Error: /;

const folder = mkdtempSync(path.join(tmpdir(), "faults-e2e-"));
chmodSync(folder, 0o755);
const options: AcquireEmbeddedServerOptions = { projectRoot: PROJECT_ROOT, dataDir: path.join(folder, "pg"), preferredPort: 54398 };
const servers: EmbeddedServer[] = [];
let site: ChildProcess | undefined;
let siteLog = "";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const server = await acquireEmbeddedServer(options);
  servers.push(server);
  const url = connectionUrl(server.port, "faults_site");
  await ensureDatabaseExists(url);
  await applyMigrations(url, defaultMigrationPaths(PROJECT_ROOT));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(
    `INSERT INTO organisation (id, ods_code, name, type, borough, joined_on, updated_at)
     VALUES (gen_random_uuid(), 'E2EFLT', $1, 'GP_PRACTICE', 'ISLINGTON', DATE '2026-03-02', now())`,
    [ORGANISATION],
  );
  await client.end();

  // As npm start serves the build: Next.js behind the site's own server (scripts/serve-site.ts).
  site = spawn(process.execPath, [path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx"), "scripts/serve-site.ts", "--port", String(PORT)], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: url, LOCAL_DEMO: "on", EMAIL_OUTBOX_WORKER: "off", SITE_URL: BASE, PORT: String(PORT) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  site.stdout!.on("data", (chunk: Buffer) => (siteLog += chunk.toString()));
  site.stderr!.on("data", (chunk: Buffer) => (siteLog += chunk.toString()));
  await expect
    .poll(async () => (await fetch(`${BASE}/`).catch(() => undefined))?.status, { timeout: 60_000, message: `the site on ${PORT} did not answer:\n${siteLog}` })
    .toBe(200);
});

test.afterAll(async () => {
  if (site && site.exitCode === null) {
    const exited = new Promise((resolve) => site!.once("exit", resolve));
    site.kill("SIGTERM");
    await exited;
  }
  for (const server of servers.reverse()) await server.release();
  rmSync(folder, { recursive: true, force: true });
});

/** Stops the PostgreSQL server as `pg_ctl stop -m fast` does (SIGINT to the postmaster) and waits until it has gone. */
async function stopDatabase(): Promise<void> {
  const dataDir = path.join(folder, "pg");
  const pid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  process.kill(pid, "SIGINT");
  await expect
    .poll(() => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    }, { timeout: 30_000 })
    .toBe(false);
}

async function startDatabase(): Promise<void> {
  const server = await acquireEmbeddedServer({ ...options, preferredPort: servers[0]!.port });
  expect(server.port).toBe(servers[0]!.port);
  servers.push(server);
}

async function expectServiceErrorPage(page: Page) {
  await expect(page.getByRole("heading", { level: 1, name: SERVICE_ERROR_PAGE.title })).toBeVisible();
  await expect(page.getByRole("link", { name: SERVICE_ERROR_PAGE.contact.link.text, exact: true })).toBeVisible();
  expect(await page.locator("body").innerText()).not.toMatch(LEAKS);
  expect(await page.content()).not.toMatch(/PrismaClient|DriverAdapterError|ECONNREFUSED|node_modules/);
}

/** A page that reads the database, a form that writes to it, and staff sign-in: each shows the service error page. */
async function expectEveryFailureKind(page: Page, context: BrowserContext, expectAccessible: () => Promise<void>) {
  // A journey page that reads the resident's answers: the service error page,
  // drawn on the server (so it reads the same without JavaScript), whose
  // "Try again" goes back to the page that failed.
  await context.addCookies([{ name: JOURNEY_COOKIE["opt-out"], value: "a".repeat(43), url: BASE }]);
  await page.goto(`${BASE}/choice/opt-out/who-for`);
  await expectServiceErrorPage(page);
  await expect(page.getByRole("button", { name: SERVICE_ERROR_PAGE.tryAgainButton })).toHaveAttribute("href", "/choice/opt-out/who-for");
  await expectAccessible();
  await context.clearCookies();

  // Starting the choice journey (a form that writes): the service error page.
  await page.goto(`${BASE}/choice/opt-out`);
  await page.getByRole("button", { name: START_PAGE.startButton }).click();
  await expectServiceErrorPage(page);
  await expectAccessible();

  // Staff sign-in: no "wrong password" guess, the service error page.
  await page.goto(`${BASE}/staff/sign-in`);
  await page.getByLabel("Work email address").fill("someone@example.org");
  await page.getByLabel("Password", { exact: true }).fill("not-the-password");
  await page.getByRole("button", { name: "Continue" }).click();
  await expectServiceErrorPage(page);
  await expect(page.getByText(SIGN_IN_TEXT.wrongPassword)).toHaveCount(0);
  await expectAccessible();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`the database stopped and started again, ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test("pages that read it fail kindly, and work again once it is back, without restarting the site", async ({ page, context, expectAccessible }) => {
      test.setTimeout(120_000);
      // Up: the list of organisations shows.
      await page.goto(`${BASE}/when-it-starts`);
      await expect(page.getByText(ORGANISATION)).toBeVisible();

      await stopDatabase();
      try {
        // The information page still reads well: only the list is missing, and it says so.
        const information = await page.goto(`${BASE}/when-it-starts`);
        expect(information!.status()).toBe(200);
        await expect(page.getByText(ORGANISATION_LIST.unavailable)).toBeVisible();
        await expect(page.getByText(ORGANISATION)).toHaveCount(0);
        expect(await page.locator("body").innerText()).not.toMatch(LEAKS);
        await expectAccessible();

        if (javaScriptEnabled) await expectEveryFailureKind(page, context, expectAccessible);
      } finally {
        await startDatabase();
      }

      // Back: the same running site reads and writes again.
      await expect
        .poll(async () => {
          await page.goto(`${BASE}/when-it-starts`);
          return page.getByText(ORGANISATION).count();
        }, { timeout: 30_000 })
        .toBe(1);
      await page.goto(`${BASE}/choice/opt-out`);
      await page.getByRole("button", { name: START_PAGE.startButton }).click();
      await expect(page.getByRole("heading", { level: 1, name: WHO_FOR.title })).toBeVisible();
      await page.goto(`${BASE}/staff/sign-in`);
      await page.getByLabel("Work email address").fill("someone@example.org");
      await page.getByLabel("Password", { exact: true }).fill("not-the-password");
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page.getByText(SIGN_IN_TEXT.wrongPassword).first()).toBeVisible();
      expect(site!.exitCode, `the site stopped:\n${siteLog}`).toBeNull();
    });
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a page that cannot read the database shows the service error page", async ({ page, context, expectAccessible }) => {
    // React does not render error boundaries (app/error.tsx) on the server, so
    // without JavaScript a page whose server component throws would be a blank
    // document: pages and actions that use the database send the browser to
    // the service error page instead (app/_lib/service-problem.ts).
    test.setTimeout(60_000);
    await stopDatabase();
    try {
      await expectEveryFailureKind(page, context, expectAccessible);
    } finally {
      await startDatabase();
    }
  });
});
