// Prints the one closing line CI reads, "N passed, N failed", from the suites'
// JSON reports. A suite that exited non-zero without reporting a failed test
// (it did not start, or its server did not) counts as one failure.
// Usage: summarise-tests.ts <failed checks> <vitest exit code> <playwright exit code>
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./run-script";

type Counts = { passed: number; failed: number; skipped: number };

function read(file: string): unknown {
  const full = path.join(PROJECT_ROOT, "test-results", file);
  return existsSync(full) ? JSON.parse(readFileSync(full, "utf8")) : undefined;
}

function vitestCounts(): Counts {
  const report = read("vitest.json") as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number } | undefined;
  if (!report) return { passed: 0, failed: 1, skipped: 0 };
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

function playwrightCounts(): Counts {
  const report = read("e2e.json") as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } } | undefined;
  if (!report) return { passed: 0, failed: 1, skipped: 0 };
  // A test that passed only on retry is not a pass.
  return { passed: report.stats.expected, failed: report.stats.unexpected + report.stats.flaky, skipped: report.stats.skipped };
}

const [gateFailures = 0, vitestExit = 0, e2eExit = 0] = process.argv.slice(2, 5).map(Number);

function withExitCode(counts: Counts, exitCode: number | undefined): Counts {
  return exitCode && counts.failed === 0 ? { ...counts, failed: 1 } : counts;
}

type VitestReport = {
  testResults?: { name: string; assertionResults: { fullName: string; status: string; failureMessages?: string[] }[] }[];
};
type PlaywrightSpec = { title: string; file: string; line: number; ok: boolean };
type PlaywrightSuite = { title: string; specs?: PlaywrightSpec[]; suites?: PlaywrightSuite[] };

/** The failed tests by name, so a log that keeps only its last lines still says what failed. */
function failedTestNames(): string[] {
  const names: string[] = [];
  const vitest = read("vitest.json") as VitestReport | undefined;
  for (const file of vitest?.testResults ?? []) {
    for (const test of file.assertionResults) {
      if (test.status !== "failed") continue;
      const reason = (test.failureMessages?.[0] ?? "").split("\n")[0]?.slice(0, 200);
      names.push(`vitest ${path.relative(PROJECT_ROOT, file.name)} > ${test.fullName}${reason ? `: ${reason}` : ""}`);
    }
  }
  const walk = (suite: PlaywrightSuite, trail: string[]) => {
    for (const spec of suite.specs ?? []) {
      if (!spec.ok) names.push(`playwright ${spec.file}:${spec.line} > ${[...trail, spec.title].join(" > ")}`);
    }
    for (const child of suite.suites ?? []) walk(child, child.title && !child.title.endsWith(".ts") ? [...trail, child.title] : trail);
  };
  const e2e = read("e2e.json") as { suites?: PlaywrightSuite[] } | undefined;
  for (const suite of e2e?.suites ?? []) walk(suite, []);
  return names;
}

const suites = [withExitCode(vitestCounts(), vitestExit), withExitCode(playwrightCounts(), e2eExit)];
const passed = suites.reduce((n, s) => n + s.passed, 0);
const failed = suites.reduce((n, s) => n + s.failed, 0) + gateFailures;
const skipped = suites.reduce((n, s) => n + s.skipped, 0);
const failedNames = failedTestNames();
if (failedNames.length > 0) console.log(["Failed tests:", ...failedNames.map((name) => `  - ${name}`)].join("\n"));
if (gateFailures) console.log(`${gateFailures} check(s) failed before or between the suites (typecheck, lint or build).`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
