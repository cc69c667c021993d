// npm run bench:site: residents opting out online while record services check
// consent, against the production build on this machine.
//
// Starts, on a fresh database of its own on the embedded PostgreSQL server
// (so every count is exact): the project's local SMTP capture server, the
// built site (`next start`) and the dedicated consent-check API server. Then,
// for a fixed time, at once:
//   - N virtual residents each complete the real opt-out journey over HTTP as
//     a browser without JavaScript does (scripts/bench/support/resident.ts),
//     reading the security code from the captured email, and note the
//     reference number the confirmation page shows;
//   - M record services check consent on the API with a real API key, single
//     and batch, and hold every answer against what the residents were told.
// Prints journeys per second, per-step latency, checks per second and latency,
// and errors by kind; then COUNTs the decisions in the database against the
// references collected. Exits non-zero if any decision is lost or duplicated,
// if the API answered "participating" for someone whose opt-out had already
// been confirmed (or "opted-out" for someone nobody opted out), or if no
// journey completed.
//
// Options: --duration S (default 60), --residents N (default 8), --clients M
// (default 4), --batch-size B (default 100), --batch-share F (share of API
// requests that are batches, default 0.1), --timeout S (per request, default
// 30), --skip-build (serve the existing .next build).
//
// --cluster: the same workload twice in one run, first against one site and
// one API instance, then against two of each, both times through HAProxy from
// Debian (scripts/support/load-balancer.ts: round robin, health checks on
// /api/health). Every decision of both runs is counted in the database
// against what was sent (0 lost, 0 duplicated), and the two throughputs are
// printed with their ratio (docs/decisions/029).
//
// Every resident comes from 127.0.0.1, as if behind one load balancer: the
// per-address hourly limits are raised with the settings that exist for
// operators (CHOICE_CODE_LIMIT_PER_IP_PER_HOUR, CHOICE_SUBMIT_LIMIT_PER_IP_PER_HOUR);
// the per-email limits stay as they are (every resident has its own address).
import { randomBytes } from "node:crypto";
import { closeSync, mkdirSync, openSync } from "node:fs";
import os from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import path from "node:path";
import { parseArgs } from "node:util";

import { createApiClient } from "@/lib/api/manage-api-clients";
import { formatReferenceNumber } from "@/lib/consent/reference-number";
import { CHOICE_EMAILS } from "@/lib/content/choice";
import { recreateDatabase } from "@/lib/database/embedded-server";
import { applyMigrations, defaultMigrationPaths } from "@/lib/database/migrate";
import { openDatabase } from "@/lib/database/open-database";
import { disconnectDb } from "@/lib/db";
import { setEnvVariable } from "@/lib/env";

import { loadDotEnv, PROJECT_ROOT } from "../support/run-script";
import { countDecisions, outboxDelay, waitForOutbox } from "./support/count-decisions";
import { openMailInbox } from "./support/mail-inbox";
import { ConsentExpectations, runRecordService } from "./support/record-service";
import { completeJourney, IdentitySource, type JourneyOutcome, type ResidentContext } from "./support/resident";
import { runCommand, startApi, startSite, waitUntilServing, type RunningServer } from "./support/servers";
import { formatMs, Stats } from "./support/stats";
import { ensureHaproxy, startHaproxy, waitForAllInstances, type RunningLoadBalancer } from "../support/load-balancer";

const USAGE = "usage: npm run bench:site -- [--duration S] [--residents N] [--clients M] [--batch-size B] [--batch-share F] [--timeout S] [--skip-build] [--cluster]";

function readArgs() {
  try {
    return parseArgs({ options: OPTIONS });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
}

const OPTIONS = {
  duration: { type: "string", default: "60" },
  residents: { type: "string", default: "8" },
  clients: { type: "string", default: "4" },
  "batch-size": { type: "string", default: "100" },
  "batch-share": { type: "string", default: "0.1" },
  timeout: { type: "string", default: "30" },
  "skip-build": { type: "boolean", default: false },
  cluster: { type: "boolean", default: false },
} as const;
const { values } = readArgs();

function positive(name: string, value: string | undefined, max: number, isWhole = true): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0 || number > max || (isWhole && !Number.isInteger(number))) {
    console.error(`--${name} must be ${isWhole ? "a whole number" : "a number"} from 0 to ${max}; got ${JSON.stringify(value)}.`);
    process.exit(2);
  }
  return number;
}

const DURATION_S = positive("duration", values.duration, 3600, false);
const RESIDENTS = positive("residents", values.residents, 500);
const CLIENTS = positive("clients", values.clients, 500);
const BATCH_SIZE = Math.max(1, positive("batch-size", values["batch-size"], 10_000));
const BATCH_SHARE = positive("batch-share", values["batch-share"], 1, false);
const TIMEOUT_MS = positive("timeout", values.timeout, 600, false) * 1000;
if (TIMEOUT_MS < 100) {
  console.error("--timeout must be at least 0.1 (seconds).");
  process.exit(2);
}
if (RESIDENTS === 0) {
  console.error("--residents must be at least 1: the load test is about residents submitting.");
  process.exit(2);
}

const IS_CLUSTER = values.cluster;
// --cluster: instances on 3211-3214, HAProxy in front on 3215 (site) and 3216 (API).
const PORTS = { site: 3211, api: 3212, site2: 3213, api2: 3214, balancedSite: 3215, balancedApi: 3216 };
const SITE = IS_CLUSTER ? `http://127.0.0.1:${PORTS.balancedSite}` : `http://127.0.0.1:${PORTS.site}`;
const API = IS_CLUSTER ? `http://127.0.0.1:${PORTS.balancedApi}` : `http://127.0.0.1:${PORTS.api}`;
const WORK_DIR = path.join(PROJECT_ROOT, ".data", "bench-site");

const say = (message = "") => console.log(message);

function utcTime(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

let isInterrupted = false;

async function main(): Promise<number> {
  loadDotEnv();
  mkdirSync(WORK_DIR, { recursive: true });
  const logFile = path.join(WORK_DIR, "servers.log");
  const logFd = openSync(logFile, "w");
  const database = await openDatabase({ projectRoot: PROJECT_ROOT, database: "consent_register_bench_site", log: (m) => console.error(m) });
  const servers: RunningServer[] = [];
  const inbox = await openMailInbox(path.join(WORK_DIR, "mail"));
  const runId = randomBytes(3).toString("hex");
  // Interrupted: stop the servers and give up the embedded database before leaving.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      isInterrupted = true;
      void Promise.all(servers.map((server) => server.stop()))
        .then(() => database.close())
        .finally(() => process.exit(130));
    });
  }
  try {
    await recreateDatabase(database.url);
    await applyMigrations(database.url, defaultMigrationPaths(PROJECT_ROOT));
    // A real API client, made as `npm run api-client:create` makes one (audited, key hashed).
    setEnvVariable("DATABASE_URL", database.url);
    const { key } = await createApiClient({ name: "bench:site record service", scopes: ["consent:read"], by: { kind: "SYSTEM", id: "bench:site" } });
    await disconnectDb();

    if (!values["skip-build"]) {
      say("Building the site (npm run build)...");
      await runCommand("npm", ["run", "--silent", "build"]);
    }
    const env = {
      DATABASE_URL: database.url,
      // A throwaway database on the embedded server.
      LOCAL_DEMO: "on",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      SITE_URL: SITE,
      SMTP_URL: inbox.smtpUrl,
      CHOICE_CODE_LIMIT_PER_IP_PER_HOUR: "100000",
      CHOICE_SUBMIT_LIMIT_PER_IP_PER_HOUR: "100000",
      // --cluster: HAProxy appends the client's address; the instances believe one proxy.
      ...(IS_CLUSTER ? { TRUSTED_PROXY_HOPS: "1", LEGACY_UPLOAD_FOLDER: path.join(WORK_DIR, "legacy-uploads") } : {}),
    };
    const site = startSite(PORTS.site, env, logFd);
    servers.push(site);
    const api = startApi(PORTS.api, env, logFd);
    servers.push(api);
    const direct = { site: `http://127.0.0.1:${PORTS.site}`, api: `http://127.0.0.1:${PORTS.api}` };
    await Promise.all([waitUntilServing(`${direct.site}/api/health/live`, site), waitUntilServing(`${direct.api}/api/health`, api)]);

    // --cluster: HAProxy in front of the first instances only, for the one-instance run.
    const haproxy = IS_CLUSTER ? ensureHaproxy(say) : undefined;
    const balance = (sites: string[], apis: string[]): RunningLoadBalancer => {
      const ports: Record<string, number> = { site1: PORTS.site, site2: PORTS.site2, api1: PORTS.api, api2: PORTS.api2 };
      const balancer = startHaproxy(haproxy!, [
        { name: "site", port: PORTS.balancedSite, backends: sites.map((name) => ({ name, port: ports[name]! })) },
        { name: "api", port: PORTS.balancedApi, backends: apis.map((name) => ({ name, port: ports[name]! })) },
      ], { workDir: WORK_DIR, output: logFd });
      // Stopped with the servers, also if the run is interrupted (stopping a stopped one does nothing).
      servers.push({ name: "haproxy", child: balancer.child, stop: balancer.stop });
      return balancer;
    };
    let balancer: RunningLoadBalancer | undefined;
    if (IS_CLUSTER) {
      balancer = balance(["site1"], ["api1"]);
      await Promise.all([waitForAllInstances(`${SITE}/api/health`, ["site1"]), waitForAllInstances(`${API}/api/health`, ["api1"])]);
    }

    const expectations = new ConsentExpectations();
    const identities = new IdentitySource(runId);
    const outcomes: JourneyOutcome[] = [];
    const nextIdentity = () => {
      const identity = identities.take();
      expectations.noteStarted(identity.nhsNumber);
      return identity;
    };

    /** The workload for DURATION_S against SITE and API, with its report; returns its throughput and outcomes. */
    const runPhase = async (label: string) => {
      const stats = new Stats();
      const phaseOutcomes: JourneyOutcome[] = [];
      let isStopping = false;
      const context: ResidentContext = {
        origin: SITE,
        journey: "opt-out",
        stats,
        timeoutMs: TIMEOUT_MS,
        waitForMail: inbox.waitFor,
        shouldStop: () => isStopping,
        onConfirmed: (outcome) => expectations.confirm(outcome.identity.nhsNumber, outcome.confirmedAt!),
      };

      // Warm-up, outside the measurement: journeys end to end (they also prove the journey can be driven) and a few checks.
      const warmUpStats = new Stats();
      for (let i = 0; i < (IS_CLUSTER ? 2 : 1); i++) {
        const warmUp = await completeJourney({ ...context, stats: warmUpStats }, nextIdentity());
        phaseOutcomes.push(warmUp);
        if (!warmUp.reference) throw new Error(`The warm-up journey failed: ${warmUp.error}. Server output: ${logFile}`);
        for (let j = 0; j < 20; j++) await fetch(`${API}/api/v1/consent/${warmUp.identity.nhsNumber}`, { headers: { authorization: `Bearer ${key}` } }).then((r) => r.arrayBuffer());
      }
      const warmUps = phaseOutcomes.length;

      const startedAt = new Date();
      say(`bench:site ${label ? `${label}, ` : ""}${utcTime(startedAt)} on ${os.cpus().length} CPU cores (load average before: ${os.loadavg().map((l) => l.toFixed(2)).join(", ")})`);
      say(`${RESIDENTS} resident${RESIDENTS === 1 ? "" : "s"} and ${CLIENTS} record service${CLIENTS === 1 ? "" : "s"} for ${DURATION_S} s; batches of ${BATCH_SIZE} make up ${Math.round(BATCH_SHARE * 100)}% of API requests.`);
      const loadSamples: number[] = [];
      const loadTimer = setInterval(() => loadSamples.push(os.loadavg()[0]!), 5_000);
      // The load generator's own event loop: if it lagged, its latencies would be its own, not the site's.
      const loopDelay = monitorEventLoopDelay({ resolution: 10 });
      loopDelay.enable();
      const cpuBefore = process.cpuUsage();
      const t0 = performance.now();
      const stopTimer = setTimeout(() => (isStopping = true), DURATION_S * 1000);
      let completedInWindow = 0;
      const journeyTimes: number[] = [];
      const residents = Array.from({ length: RESIDENTS }, async () => {
        while (!isStopping) {
          const began = performance.now();
          const outcome = await completeJourney(context, nextIdentity());
          phaseOutcomes.push(outcome);
          if (outcome.reference) {
            journeyTimes.push(performance.now() - began);
            if (performance.now() - t0 <= DURATION_S * 1000) completedInWindow++;
          } else if (!isStopping) {
            stats.count("journeys failed");
            // A moment before starting again, so a site that refuses everything is not hammered in a tight loop.
            await new Promise((resolve) => setTimeout(resolve, 250));
          }
        }
      });
      const clients = Array.from({ length: CLIENTS }, () =>
        runRecordService({ apiOrigin: API, apiKey: key, stats, expectations, timeoutMs: TIMEOUT_MS, batchSize: BATCH_SIZE, batchShare: BATCH_SHARE, shouldStop: () => isStopping }),
      );
      await Promise.all(clients);
      const clientsStoppedMs = performance.now() - t0;
      await Promise.all(residents);
      clearTimeout(stopTimer);
      clearInterval(loadTimer);
      const cpu = process.cpuUsage(cpuBefore);
      loopDelay.disable();
      const elapsedS = (performance.now() - t0) / 1000;
      const windowS = Math.min(DURATION_S, clientsStoppedMs / 1000);

      // --- Results -----------------------------------------------------------
      say();
      const completed = phaseOutcomes.filter((o) => o.reference).length - warmUps;
      const abandoned = phaseOutcomes.filter((o) => o.error === "abandoned at the end of the run").length;
      say(`Journeys: ${completedInWindow} completed in ${DURATION_S} s = ${(completedInWindow / DURATION_S).toFixed(2)} opt-outs per second (${completed} in all, the last finishing ${elapsedS.toFixed(1)} s after the start; ${stats.get("journeys failed")} failed; ${abandoned} left part-way when time was up).`);
      if (journeyTimes.length) {
        const sorted = [...journeyTimes].sort((a, b) => a - b);
        say(`Whole journey (every page, the email and the submission): median ${formatMs(sorted[Math.floor(sorted.length / 2)]!)}, slowest ${formatMs(sorted.at(-1)!)}.`);
      }
      say();
      say(`${"Step (each request on its own)".padEnd(44)} ${"count".padStart(6)} ${"p50".padStart(8)} ${"p95".padStart(8)} ${"p99".padStart(8)} ${"max".padStart(8)}`);
      const residentLabels = stats.labels().filter((l) => !l.startsWith("API"));
      for (const l of residentLabels) {
        const summary = stats.summary(l)!;
        say(`${l.padEnd(44)} ${String(summary.count).padStart(6)} ${formatMs(summary.p50).padStart(8)} ${formatMs(summary.p95).padStart(8)} ${formatMs(summary.p99).padStart(8)} ${formatMs(summary.max).padStart(8)}`);
      }
      say();
      const single = stats.summary("API single check");
      const batch = stats.summary("API batch check");
      const checked = stats.get("numbers checked singly") + stats.get("numbers checked in batches");
      say(`Consent checks (dedicated API server${label ? `, ${label}` : ""}, ${CLIENTS} client${CLIENTS === 1 ? "" : "s"}, over ${windowS.toFixed(0)} s): ${(checked / windowS).toFixed(0)} NHS numbers checked per second.`);
      if (single) say(`  single: ${(single.count / windowS).toFixed(0)} requests/s, p50 ${formatMs(single.p50)}, p95 ${formatMs(single.p95)}, p99 ${formatMs(single.p99)}, max ${formatMs(single.max)}`);
      if (batch) say(`  batch of ${BATCH_SIZE}: ${(batch.count / windowS).toFixed(1)} requests/s, p50 ${formatMs(batch.p50)}, p95 ${formatMs(batch.p95)}, p99 ${formatMs(batch.p99)}, max ${formatMs(batch.max)}`);
      say();
      const errors = stats.errorCounts();
      say(errors.length ? `Errors by kind (${stats.totalErrors()}):` : "Errors: none.");
      for (const [kind, count] of errors) say(`  ${String(count).padStart(6)}  ${kind}`);
      const averageLoad = loadSamples.length ? loadSamples.reduce((a, b) => a + b, 0) / loadSamples.length : os.loadavg()[0]!;
      say(`Machine: load average ${averageLoad.toFixed(2)} on ${os.cpus().length} cores during the run; the load generator itself used ${((cpu.user + cpu.system) / 1e6 / elapsedS).toFixed(2)} of a core (its event loop lagged p99 ${formatMs(loopDelay.percentile(99) / 1e6)}, max ${formatMs(loopDelay.max / 1e6)}).`);
      outcomes.push(...phaseOutcomes);
      return { label, outcomes: phaseOutcomes, completed, checked, journeysPerSecond: completedInWindow / DURATION_S, checksPerSecond: checked / windowS, errors: stats.totalErrors() };
    };

    const phases: Awaited<ReturnType<typeof runPhase>>[] = [];
    if (!IS_CLUSTER) {
      phases.push(await runPhase(""));
    } else {
      say("--cluster: first one site and one API instance behind HAProxy, then two of each, in this run.");
      say();
      phases.push(await runPhase("one instance of each behind HAProxy"));
      // The second instances, then HAProxy again with both of each behind it.
      const site2 = startSite(PORTS.site2, env, logFd);
      servers.push(site2);
      const api2 = startApi(PORTS.api2, env, logFd);
      servers.push(api2);
      await Promise.all([waitUntilServing(`http://127.0.0.1:${PORTS.site2}/api/health/live`, site2), waitUntilServing(`http://127.0.0.1:${PORTS.api2}/api/health`, api2)]);
      await balancer!.stop();
      balancer = balance(["site1", "site2"], ["api1", "api2"]);
      await Promise.all([waitForAllInstances(`${SITE}/api/health`, ["site1", "site2"]), waitForAllInstances(`${API}/api/health`, ["api1", "api2"])]);
      say();
      say("-".repeat(78));
      phases.push(await runPhase("two instances of each behind HAProxy (round robin)"));
    }
    const completed = phases.reduce((sum, phase) => sum + phase.completed, 0);
    const checked = phases.reduce((sum, phase) => sum + phase.checked, 0);

    // --- Counting ------------------------------------------------------------
    say();
    // The record services' view at the end: every confirmed opt-out, checked again.
    const confirmedNumbers = outcomes.filter((o) => o.reference).map((o) => o.identity.nhsNumber);
    let notOptedOutAtEnd = 0;
    for (let i = 0; i < confirmedNumbers.length; i += 10_000) {
      const chunk = confirmedNumbers.slice(i, i + 10_000);
      const response = await fetch(`${API}/api/v1/consent/check`, {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
        body: JSON.stringify({ nhsNumbers: chunk }),
      });
      const body = (await response.json()) as { results: { status: string }[] };
      notOptedOutAtEnd += body.results.filter((r) => r.status !== "opted-out").length;
    }
    const count = await countDecisions(database.url, outcomes);
    const duplicated = count.duplicated.length;
    say(`Decisions: submitted ${count.submitted}, found ${count.found}, lost ${count.lost.length}, duplicated ${duplicated}` +
      ` (database: ${count.decisionsInDatabase} decisions, ${count.submissionsInDatabase} journey submissions, ${count.unexpected} from no resident of this run).`);
    for (const line of [...count.lost.map((l) => `lost: ${l}`), ...count.duplicated.map((d) => `duplicated: ${d}`)].slice(0, 20)) say(`  ${line}`);
    const lostByPhase: number[] = [];
    if (IS_CLUSTER) {
      // Each run's own residents, counted on their own (the other run's decisions are expected there).
      for (const phase of phases) {
        const own = await countDecisions(database.url, phase.outcomes);
        lostByPhase.push(own.lost.length);
        say(`  ${phase.label}: submitted ${own.submitted}, found ${own.found}, lost ${own.lost.length}.`);
      }
    }
    const recovered = outcomes.filter((o) => o.wasRecovered).length;
    if (recovered) say(`  ${recovered} references were read by coming back to the journey after the submission or its confirmation page failed.`);
    if (count.unconfirmed) say(`  ${count.unconfirmed} submissions got no confirmation (error or timeout); ${count.unconfirmedRecorded} of them were recorded all the same.`);
    say(`Register: ${count.optedOutInRegister} of ${count.submitted} show as opted out in person_consent; the API says opted-out for ${confirmedNumbers.length - notOptedOutAtEnd} of ${confirmedNumbers.length}.`);
    say(`API answers during the run: ${checked} NHS numbers checked, ${expectations.wrongAnswers} wrong (participating after a confirmed opt-out, or opted-out for someone nobody opted out).`);
    for (const violation of expectations.violations) say(`  wrong: ${violation}`);

    // Confirmation emails, once the outbox has caught up.
    const pending = await waitForOutbox(database.url, 30_000);
    const submittedOutcomes = outcomes.filter((o) => o.reference);
    const emails = await Promise.all(
      submittedOutcomes.map((o) =>
        inbox.waitFor(o.identity.email, (m) => m.subject === CHOICE_EMAILS.confirmationSubject(formatReferenceNumber(o.reference!)), 5_000).then(
          () => 1,
          () => 0,
        ),
      ),
    );
    const emailed = emails.reduce<number>((a, b) => a + b, 0);
    say(`Confirmation emails captured: ${emailed} of ${submittedOutcomes.length}${pending ? ` (${pending} still waiting in the outbox after 30 s)` : ""}.`);
    const delay = await outboxDelay(database.url);
    say(`Email outbox: ${delay.sent} emails sent (codes and confirmations); queued to handed to SMTP p50 ${formatMs(delay.p50Ms)}, p95 ${formatMs(delay.p95Ms)}, max ${formatMs(delay.maxMs)}.`);
    say(`Server output: ${path.relative(PROJECT_ROOT, logFile)}`);

    if (IS_CLUSTER) {
      const [one, two] = phases as [(typeof phases)[number], (typeof phases)[number]];
      say();
      say(`Throughput in this run (${os.cpus().length} CPU cores, the load generator on the same machine):`);
      say(`  ${"".padEnd(52)} ${"opt-outs/s".padStart(11)} ${"checks/s".padStart(10)}`);
      for (const phase of phases) say(`  ${phase.label.padEnd(52)} ${phase.journeysPerSecond.toFixed(2).padStart(11)} ${phase.checksPerSecond.toFixed(0).padStart(10)}`);
      const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : "n/a");
      say(`  ${"cluster ÷ one instance".padEnd(52)} ${ratio(two.journeysPerSecond, one.journeysPerSecond).padStart(11)} ${ratio(two.checksPerSecond, one.checksPerSecond).padStart(10)}`);
    }

    const failures = [
      ...(count.lost.length ? [`${count.lost.length} lost`] : []),
      ...(duplicated ? [`${duplicated} duplicated`] : []),
      ...(count.optedOutInRegister !== count.submitted ? ["register state differs"] : []),
      ...(notOptedOutAtEnd ? ["API disagrees at the end"] : []),
      ...(expectations.wrongAnswers ? [`${expectations.wrongAnswers} wrong API answers`] : []),
      ...(count.unexpected ? [`${count.unexpected} unexpected decisions`] : []),
      ...(completed === 0 ? ["no journey completed"] : []),
    ];
    say();
    say(failures.length ? `FAILED: ${failures.join(", ")}.` : "OK: nothing lost, nothing duplicated, no wrong answers.");
    return failures.length ? 1 : 0;
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await inbox.close();
    closeSync(logFd);
    await database.close();
  }
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  if (isInterrupted) exitCode = 130;
  console.error(isInterrupted ? "Interrupted." : error instanceof Error ? error.message : error);
}
// The schema engine leaves a timer behind; a finished bench ends now.
process.exit(exitCode);
