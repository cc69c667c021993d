import { describe, expect, it, vi } from "vitest";
import { countDecision } from "./observe-register";
import { getMetrics } from "./registry";

// One registry per process, whichever copy of this module asks: the site server (tsx) and the
// Next.js bundle each load their own copy (decisions/021).

describe("the metrics registry", () => {
  it("is shared by every copy of the module, and a copy creates only the metrics missing", async () => {
    const first = getMetrics();
    first.decisionsRecorded.inc({ channel: "PHONE", choice: "OPT_IN", outcome: "effective" });
    // A copy built from another commit may not know a metric this one made: simulate one missing.
    first.registry.removeSingleMetric("consent_register_import_runs_total");

    vi.resetModules();
    const copy = (await import("./registry")).getMetrics();
    expect(copy).not.toBe(first);
    expect(copy.registry).toBe(first.registry);
    expect(copy.decisionsRecorded).toBe(first.decisionsRecorded);
    copy.importRuns.inc({ source: "cidr", mode: "commit", outcome: "committed" });
    const text = await first.registry.metrics();
    expect(text).toContain('consent_register_decisions_recorded_total{channel="PHONE",choice="OPT_IN",outcome="effective"} 1');
    expect(text).toContain('consent_register_import_runs_total{source="cidr",mode="commit",outcome="committed"} 1');
  });

  it("never lets a counting fault escape into the register's code", () => {
    const inc = vi.spyOn(getMetrics().decisionsRecorded, "inc").mockImplementation(() => {
      throw new Error("broken metric");
    });
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(() => countDecision({ channel: "ONLINE", choice: "OPT_OUT" }, "effective")).not.toThrow();
    expect(log).toHaveBeenCalledWith(expect.stringContaining("[metrics] could not count a decision"));
    inc.mockRestore();
    log.mockRestore();
  });
});
