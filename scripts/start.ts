// npm start            build if the code changed, then serve the production build (scripts/serve-site.ts)
// npm run dev          serve with next dev (hot reload)
// Options: --port N (default PORT or 3000), --no-build (serve the existing build)
//
// Finds the database (DATABASE_URL, or the embedded PostgreSQL server, started
// here or found already running), applies pending migrations, seeds demo data
// into an empty embedded database, then runs Next.js with DATABASE_URL set.
// It also runs the dedicated consent-check API server (scripts/start-api.ts)
// on API_PORT. Ctrl+C stops both, then the embedded server, unless another
// process is using it.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { CANARY_NHS_NUMBER_PREFIX } from "@/lib/canary/canaries";
import { applyMigrations, defaultMigrationPaths } from "@/lib/database/migrate";
import { openDatabase, type OpenDatabase } from "@/lib/database/open-database";
import { disconnectDb, getDb } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed-demo-data";
import { loadProgrammeFacts, serialiseProgramme } from "@/lib/content/load-programme-facts";
import { getEnvOrExit, setEnvVariable, type Env } from "@/lib/env";
import { startMailCaptureServer, type MailCaptureServer } from "@/lib/email/mail-capture-server";
import { startLocalNhsLoginForSite } from "@/lib/identity/local-provider/start-for-site";
import { loadDotEnv, PROJECT_ROOT } from "./support/run-script";

const { values } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    port: { type: "string" },
    "no-build": { type: "boolean", default: false },
  },
});

const BIN = path.join(PROJECT_ROOT, "node_modules", ".bin");
// What a production build is made from: newer than the build means rebuild.
// public/ is not among them: next start serves it as it is at run time.
const BUILD_INPUTS = ["app", "components", "lib", "next.config.ts", "package-lock.json", "tsconfig.json"];

function log(message: string): void {
  console.log(`[start] ${message}`);
}

function newestModification(target: string): number {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestModification(path.join(target, entry)));
  return newest;
}

// The programme facts a build was made with (next.config.ts compiles them in), so changing a
// PROGRAMME_* variable or the PROGRAMME_FILE rebuilds too.
const PROGRAMME_STAMP = path.join(PROJECT_ROOT, ".next", "programme-facts.json");

function needsBuild(programmeFacts: string): boolean {
  const buildId = path.join(PROJECT_ROOT, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  if (existsSync(PROGRAMME_STAMP) && readFileSync(PROGRAMME_STAMP, "utf8") !== programmeFacts) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return BUILD_INPUTS.some((input) => newestModification(path.join(PROJECT_ROOT, input)) > builtAt);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: PROJECT_ROOT, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args.join(" ")} failed (${signal ?? code})`)),
    );
  });
}

async function prepareDatabase(database: OpenDatabase): Promise<void> {
  const applied = await applyMigrations(database.url, defaultMigrationPaths(PROJECT_ROOT));
  log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");
  // Demo data goes only into the embedded development database, never into a
  // database named by DATABASE_URL.
  // The canary people (lib/canary) are there from the migrations: they do not make a database non-empty.
  const decisions = await getDb().decision.count({ where: { OR: [{ nhsNumber: null }, { NOT: { nhsNumber: { startsWith: CANARY_NHS_NUMBER_PREFIX } } }] } });
  if (database.isEmbedded && decisions === 0) {
    log("Empty database: adding demo data.");
    await seedDemoData({ log });
  }
  await disconnectDb();
}

// ---------------------------------------------------------------------------
// Local mail capture (docs/decisions/010). When SMTP_URL is not set, start an
// SMTP server on 127.0.0.1 that keeps every message in MAIL_CAPTURE_DIR
// (default .data/mail/) instead of delivering it, and point the site at it.
// Read captured mail at /dev/mail or open the .eml files. With SMTP_URL set
// (production), nothing is started and mail goes to that server.
// Only in the local demo with the embedded database: against any other database
// the capture server (and /dev/mail, which shows every code sent) never runs.
async function startLocalMailCapture(env: Env, isLocalDemo: boolean): Promise<{ env: Record<string, string>; close: () => Promise<void> }> {
  if (process.env.SMTP_URL) return { env: {}, close: async () => undefined };
  if (!isLocalDemo) {
    log("SMTP_URL is not set: email waits in the outbox until it is (the local mail capture runs only with the embedded database).");
    return { env: { MAIL_CAPTURE_DIR: "" }, close: async () => undefined };
  }
  const dir = path.resolve(PROJECT_ROOT, env.MAIL_CAPTURE_DIR ?? path.join(".data", "mail"));
  let server: MailCaptureServer;
  try {
    server = await startMailCaptureServer({ dir, port: env.MAIL_CAPTURE_PORT, log: (m) => console.log(`[mail] ${m}`) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    // Another copy of the site is capturing on that port: take any free one.
    server = await startMailCaptureServer({ dir, port: 0, log: (m) => console.log(`[mail] ${m}`) });
  }
  log(`Capturing email on ${server.url} into ${path.relative(PROJECT_ROOT, dir) || dir}/ (nothing is delivered; see /dev/mail).`);
  return { env: { SMTP_URL: server.url, MAIL_CAPTURE_DIR: dir }, close: server.close };
}
// ---------------------------------------------------------------------------

async function main(): Promise<void> {
  loadDotEnv();
  const mode: "development" | "production" = values.dev ? "development" : "production";
  const env = getEnvOrExit();
  const port = values.port ?? String(env.PORT);

  const database = await openDatabase({ projectRoot: PROJECT_ROOT, log });
  setEnvVariable("DATABASE_URL", database.url);
  setEnvVariable("LOCAL_DEMO", database.isEmbedded ? "on" : "off");
  const mailCapture = await startLocalMailCapture(env, database.isEmbedded);
  // Local NHS login (docs/decisions/016): only with NHS_LOGIN_ISSUER unset and the embedded database.
  const nhsLogin = await startLocalNhsLoginForSite({ isEmbedded: database.isEmbedded, sitePort: port, log });
  let child: ChildProcess | undefined;
  let apiChild: ChildProcess | undefined;
  let isStopping = false;
  const stop = async (exitCode: number) => {
    if (isStopping) return;
    isStopping = true;
    for (const running of [child, apiChild]) {
      if (running && running.exitCode === null) {
        running.kill("SIGTERM");
        await new Promise((resolve) => running.once("exit", resolve));
      }
    }
    await mailCapture.close();
    await nhsLogin.close();
    await database.close();
    log("Stopped.");
    process.exit(exitCode);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    await prepareDatabase(database);
    // No network here, and residents' data never leaves: Next.js telemetry stays off.
    const childEnv = {
      ...process.env,
      ...mailCapture.env,
      ...nhsLogin.env,
      DATABASE_URL: database.url,
      LOCAL_DEMO: database.isEmbedded ? "on" : "off",
      NODE_ENV: mode,
      PORT: port,
      NEXT_TELEMETRY_DISABLED: "1",
    };
    await run(process.execPath, [path.join(BIN, "tsx"), "scripts/copy-nhsuk-assets.ts"], childEnv);
    const programmeFacts = serialiseProgramme(loadProgrammeFacts(childEnv));
    if (!values.dev && !values["no-build"] && needsBuild(programmeFacts)) {
      log("Building the site (the code or the programme facts changed since the last build)...");
      await run(path.join(BIN, "next"), ["build"], childEnv);
      writeFileSync(PROGRAMME_STAMP, programmeFacts);
    }
    // Production: Next.js behind the site's own server (scripts/serve-site.ts: timeouts, body limits by
    // declared length, the connection's address). Development: next dev, started directly (not through
    // npx) so that stopping it stops the server.
    child = values.dev
      ? spawn(path.join(BIN, "next"), ["dev", "--port", port], { cwd: PROJECT_ROOT, env: { ...childEnv, PORT: port }, stdio: "inherit" })
      : spawn(process.execPath, [path.join(BIN, "tsx"), "scripts/serve-site.ts", "--port", port], { cwd: PROJECT_ROOT, env: childEnv, stdio: "inherit" });
    log(`Serving on http://localhost:${port} (${mode}, ${database.isEmbedded ? "embedded PostgreSQL" : "DATABASE_URL"}).`);
    child.on("exit", (code) => void stop(code ?? 1));
    // The dedicated consent-check server for record services, beside the site.
    apiChild = spawn(process.execPath, [path.join(BIN, "tsx"), "scripts/start-api.ts", "--port", String(env.API_PORT)], {
      cwd: PROJECT_ROOT,
      env: childEnv,
      stdio: "inherit",
    });
    apiChild.on("exit", (code) => void stop(code ?? 1));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stop(1);
  }
}

await main();
