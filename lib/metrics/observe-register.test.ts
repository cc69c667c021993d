import { describe, expect, it } from "vitest";
import { setCanaryHealth } from "../canary/canary-health";
import { toCanaryHealth } from "../canary/canary-log";
import { appError } from "../errors";
import { countDecision, countImportRun, decisionOutcomeOfError } from "./observe-register";
import { getMetrics } from "./registry";

// What the register's code reports to the metrics, read back as Prometheus text.

async function value(name: string, labels: Record<string, string> = {}): Promise<number | undefined> {
  const text = await getMetrics().registry.metrics();
  const line = text.split("\n").find((l) => {
    if (!l.startsWith(`${name}{`) && !l.startsWith(`${name} `)) return false;
    return Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`));
  });
  return line === undefined ? undefined : Number(line.split(" ").at(-1));
}

describe("canary results in the metrics", () => {
  it("show the status, the failing server and question, and when it ran, with no NHS number", async () => {
    setCanaryHealth({ status: "not-run" });
    expect(await value("consent_register_canary_status", { status: "not-run" })).toBe(1);
    expect(await value("consent_register_canary_status", { status: "passing" })).toBe(0);

    setCanaryHealth(
      toCanaryHealth({
        status: "failing",
        checkedAt: "2026-12-06T20:00:00.000Z",
        durationMs: 40,
        checks: 32,
        servers: ["site", "dedicated-api"],
        failures: [
          { server: "dedicated-api", question: "single", nhsNumber: "9999999905", canary: "opted out online", problem: 'wrong answer: status "participating"' },
          { server: "dedicated-api", question: "single", nhsNumber: "9999999921", problem: "wrong answer" },
          { server: "site", question: "changes", nhsNumber: "9999999913", problem: "unreachable" },
        ],
      }),
    );
    expect(await value("consent_register_canary_status", { status: "failing" })).toBe(1);
    expect(await value("consent_register_canary_status", { status: "not-run" })).toBe(0);
    expect(await value("consent_register_canary_failing", { server: "dedicated-api", question: "single" })).toBe(1);
    expect(await value("consent_register_canary_failing", { server: "site", question: "changes" })).toBe(1);
    expect(await value("consent_register_canary_last_check_timestamp_seconds")).toBe(Date.parse("2026-12-06T20:00:00.000Z") / 1000);
    expect(await value("consent_register_canary_checks_total", { result: "failing" })).toBe(1);
    const text = await getMetrics().registry.metrics();
    for (const nhsNumber of ["9999999905", "9999999921", "9999999913"]) expect(text).not.toContain(nhsNumber);
    expect(text).not.toContain("opted out online");

    setCanaryHealth({ status: "passing", checkedAt: "2026-12-06T20:05:00.000Z", failures: 0, failing: [] });
    expect(await value("consent_register_canary_status", { status: "passing" })).toBe(1);
    // A mount that answers again is no longer reported failing.
    expect(await value("consent_register_canary_failing", { server: "site", question: "changes" })).toBeUndefined();
    expect(await value("consent_register_canary_checks_total", { result: "passing" })).toBe(1);
  });
});

describe("decisions and imports in the metrics", () => {
  it("keep labels to known values whatever they are given", async () => {
    countDecision({ channel: "ONLINE", choice: "OPT_OUT" }, "effective");
    countDecision({ channel: "9990000018", choice: "<script>" }, "refused");
    expect(await value("consent_register_decisions_recorded_total", { channel: "ONLINE", choice: "OPT_OUT", outcome: "effective" })).toBe(1);
    expect(await value("consent_register_decisions_recorded_total", { channel: "unknown", choice: "unknown", outcome: "refused" })).toBe(1);
    expect(await getMetrics().registry.metrics()).not.toContain("9990000018");

    countImportRun({ source: "caremyway", mode: "commit", outcome: "committed", newDecisions: 12 });
    countImportRun({ source: "elsewhere", mode: "dry-run", outcome: "whatever" });
    expect(await value("consent_register_import_runs_total", { source: "caremyway", mode: "commit", outcome: "committed" })).toBe(1);
    expect(await value("consent_register_import_decisions_committed_total", { source: "caremyway" })).toBe(12);
    expect(await value("consent_register_import_runs_total", { source: "unknown", mode: "dry-run", outcome: "unknown" })).toBe(1);
  });

  it("call a refusal the caller caused refused, and anything else failed", () => {
    expect(decisionOutcomeOfError(appError("VALIDATION_FAILED", "bad"))).toBe("refused");
    expect(decisionOutcomeOfError(appError("CONFLICT", "taken"))).toBe("refused");
    expect(decisionOutcomeOfError(new Error("connection lost"))).toBe("failed");
  });
});
