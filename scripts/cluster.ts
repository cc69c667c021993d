// npm run cluster: the register as several instances behind a real load
// balancer, on this machine (docs/decisions/029, docs/OPERATIONS.md "Running
// several instances").
//
// Starts PostgreSQL (the embedded server, unless DATABASE_URL names one),
// applies migrations (and demo data into an empty embedded database), builds
// the site unless --no-build, then runs --sites site instances
// (scripts/serve-site.ts) and --apis dedicated API instances
// (scripts/start-api.ts) on ports of their own, and HAProxy from Debian
// (installed with apt-get when missing and running as root) in front:
//   http://localhost:PORT      the site, round robin over the site instances
//   http://localhost:API_PORT  the consent-check API, round robin over the API instances
// Each instance is checked with GET /api/health every second; one that fails
// twice gets no traffic until it passes twice. The X-Served-By response header
// names the instance that answered. Every instance shares the database, the
// rate limits (in PostgreSQL) and the legacy upload folder
// (LEGACY_UPLOAD_FOLDER, .data/legacy-uploads by default). Ctrl+C stops
// HAProxy, every instance and then the embedded server.
//
// Options: --port N (default PORT or 3000), --api-port N (default API_PORT or
// 3001), --sites N, --apis N (default 2 each), --instance-port N (first
// instance port, default 3300: sites from there, APIs from there + 50),
// --no-build (serve the existing build).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

import { CANARY_NHS_NUMBER_PREFIX } from "@/lib/canary/canaries";
import { applyMigrations, defaultMigrationPaths } from "@/lib/database/migrate";
import { openDatabase } from "@/lib/database/open-database";
import { disconnectDb, getDb } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed-demo-data";
import { startMailCaptureServer, type MailCaptureServer } from "@/lib/email/mail-capture-server";
import { getEnvOrExit, setEnvVariable } from "@/lib/env";
import { startLocalNhsLoginForSite } from "@/lib/identity/local-provider/start-for-site";
import { ensureHaproxy, startHaproxy, waitForAllInstances, type RunningLoadBalancer } from "./support/load-balancer";
import { loadDotEnv, PROJECT_ROOT } from "./support/run-script";

const USAGE = "usage: npm run cluster -- [--port N] [--api-port N] [--sites N] [--apis N] [--instance-port N] [--no-build]";
const BIN = path.join(PROJECT_ROOT, "node_modules", ".bin");

function log(message: string): void {
  console.log(`[cluster] ${message}`);
}

function readArgs() {
  try {
    return parseArgs({
      options: {
        port: { type: "string" },
        "api-port": { type: "string" },
        sites: { type: "string", default: "2" },
        apis: { type: "string", default: "2" },
        "instance-port": { type: "string", default: "3300" },
        "no-build": { type: "boolean", default: false },
      },
    }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
}

function whole(name: string, value: string | undefined, min: number, max: number): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    console.error(`--${name} must be a whole number from ${min} to ${max}; got ${JSON.stringify(value)}.\n${USAGE}`);
    process.exit(2);
  }
  return number;
}

type Instance = { name: string; kind: "site" | "api"; port: number; child: ChildProcess };

async function main(): Promise<void> {
  loadDotEnv();
  const values = readArgs();
  const env = getEnvOrExit();
  const port = whole("port", values.port ?? String(env.PORT), 1, 65_535);
  const apiPort = whole("api-port", values["api-port"] ?? String(env.API_PORT), 1, 65_535);
  const siteCount = whole("sites", values.sites, 1, 20);
  const apiCount = whole("apis", values.apis, 1, 20);
  const firstPort = whole("instance-port", values["instance-port"], 1024, 65_000);
  const program = ensureHaproxy(log);

  const database = await openDatabase({ projectRoot: PROJECT_ROOT, log });
  setEnvVariable("DATABASE_URL", database.url);
  const isLocalDemo = database.isEmbedded;
  // The demo staff accounts (seeded below) and the development secret belong to the embedded database only.
  setEnvVariable("LOCAL_DEMO", isLocalDemo ? "on" : "off");
  const instances: Instance[] = [];
  let loadBalancer: RunningLoadBalancer | undefined;
  let mail: MailCaptureServer | undefined;
  let nhsLogin: { close: () => Promise<void> } | undefined;
  let isStopping = false;

  const stop = async (exitCode: number) => {
    if (isStopping) return;
    isStopping = true;
    log("Stopping HAProxy and every instance...");
    await loadBalancer?.stop();
    await Promise.all(
      instances.map(async ({ child }) => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        await new Promise((resolve) => child.once("exit", resolve));
        clearTimeout(timer);
      }),
    );
    await mail?.close();
    await nhsLogin?.close();
    await database.close();
    log("Stopped.");
    process.exit(exitCode);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    const applied = await applyMigrations(database.url, defaultMigrationPaths(PROJECT_ROOT));
    log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");
    const decisions = await getDb().decision.count({ where: { OR: [{ nhsNumber: null }, { NOT: { nhsNumber: { startsWith: CANARY_NHS_NUMBER_PREFIX } } }] } });
    if (isLocalDemo && decisions === 0) {
      log("Empty database: adding demo data.");
      await seedDemoData({ log });
    }
    await disconnectDb();

    // One mail capture and one local NHS login for all instances (local demo only, as npm start does).
    const extraEnv: Record<string, string> = {};
    if (!process.env.SMTP_URL && isLocalDemo) {
      const dir = path.resolve(PROJECT_ROOT, env.MAIL_CAPTURE_DIR ?? path.join(".data", "mail"));
      mail = await startMailCaptureServer({ dir, port: 0, log: (m) => console.log(`[mail] ${m}`) });
      Object.assign(extraEnv, { SMTP_URL: mail.url, MAIL_CAPTURE_DIR: dir });
      log(`Capturing email on ${mail.url} into ${path.relative(PROJECT_ROOT, dir)}/ (nothing is delivered; see /dev/mail).`);
    }
    const login = await startLocalNhsLoginForSite({ isEmbedded: isLocalDemo, sitePort: port, log });
    nhsLogin = login;

    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      ...extraEnv,
      ...login.env,
      DATABASE_URL: database.url,
      LOCAL_DEMO: isLocalDemo ? "on" : "off",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      // Residents and record services reach the instances through HAProxy, which appends their address.
      TRUSTED_PROXY_HOPS: String(env.TRUSTED_PROXY_HOPS + 1),
      SITE_URL: process.env.SITE_URL ?? `http://localhost:${port}`,
      // Every instance must see every upload: one folder (here on this machine; in production a shared mount).
      LEGACY_UPLOAD_FOLDER: env.LEGACY_UPLOAD_FOLDER ?? path.join(PROJECT_ROOT, ".data", "legacy-uploads"),
    };
    if (!values["no-build"] || !existsSync(path.join(PROJECT_ROOT, ".next", "BUILD_ID"))) {
      log("Building the site (npm run build)...");
      const build = spawnSync("npm", ["run", "--silent", "build"], { cwd: PROJECT_ROOT, env: childEnv, stdio: "inherit" });
      if (build.status !== 0) throw new Error("npm run build failed");
    }

    const start = (kind: "site" | "api", index: number, instancePort: number) => {
      const script = kind === "site" ? "scripts/serve-site.ts" : "scripts/start-api.ts";
      const child = spawn(process.execPath, [path.join(BIN, "tsx"), script, "--port", String(instancePort)], {
        cwd: PROJECT_ROOT,
        env: { ...childEnv, PORT: String(instancePort) },
        stdio: "inherit",
      });
      const instance = { name: `${kind}${index}`, kind, port: instancePort, child };
      child.on("exit", (code, signal) => {
        if (!isStopping) log(`${instance.name} (port ${instancePort}) stopped (${signal ?? code}); HAProxy sends its traffic to the others until it is back.`);
      });
      instances.push(instance);
    };
    for (let i = 1; i <= siteCount; i++) start("site", i, firstPort + i - 1);
    for (let i = 1; i <= apiCount; i++) start("api", i, firstPort + 50 + i - 1);

    const backends = (kind: "site" | "api") => instances.filter((instance) => instance.kind === kind).map(({ name, port: p }) => ({ name, port: p }));
    loadBalancer = startHaproxy(program, [
      { name: "site", port, backends: backends("site") },
      { name: "api", port: apiPort, backends: backends("api") },
    ], { workDir: path.join(PROJECT_ROOT, ".data", "cluster"), output: "inherit" });
    loadBalancer.child.on("exit", (code, signal) => {
      if (!isStopping) {
        log(`HAProxy stopped (${signal ?? code}).`);
        void stop(1);
      }
    });
    log(`HAProxy configuration: ${path.relative(PROJECT_ROOT, loadBalancer.configPath)}`);
    await Promise.all([
      waitForAllInstances(`http://127.0.0.1:${port}/api/health`, backends("site").map((b) => b.name)),
      waitForAllInstances(`http://127.0.0.1:${apiPort}/api/health`, backends("api").map((b) => b.name)),
    ]);
    log(`Site: http://localhost:${port} (round robin over ${backends("site").map((b) => `${b.name} :${b.port}`).join(", ")})`);
    log(`API:  http://localhost:${apiPort} (round robin over ${backends("api").map((b) => `${b.name} :${b.port}`).join(", ")})`);
    log("Every instance answers /api/health; Ctrl+C stops them all.");
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stop(1);
  }
}

await main();
