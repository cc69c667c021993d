import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { getMetrics } from "./registry";

// The alert rules operators load into Prometheus (docs/alerts/consent-register.rules.yml), held to
// the metrics this code exports, to their copy in docs/OPERATIONS.md and to a runbook entry each.

const ROOT = path.resolve(import.meta.dirname, "../..");
const RULES_FILE = path.join(ROOT, "docs/alerts/consent-register.rules.yml");
const OPERATIONS = readFileSync(path.join(ROOT, "docs/OPERATIONS.md"), "utf8");

type Rule = { alert: string; expr: string; for?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
type RuleFile = { groups: { name: string; rules: Rule[] }[] };

const rules = (load(readFileSync(RULES_FILE, "utf8")) as RuleFile).groups.flatMap((group) => group.rules);

/** Metric names as the exposition shows them: a histogram's _bucket, _sum and _count included. */
async function exportedNames(): Promise<Set<string>> {
  const { registry, registerRegistry } = getMetrics();
  const names = new Set<string>();
  for (const metric of [...(await registry.getMetricsAsJSON()), ...(await registerRegistry.getMetricsAsJSON())]) {
    names.add(metric.name);
    if (String(metric.type) === "histogram") for (const suffix of ["_bucket", "_sum", "_count"]) names.add(`${metric.name}${suffix}`);
  }
  return names;
}

/** The metric names an expression reads: identifiers in our namespaces, and Prometheus's own `up`. */
function metricsIn(expr: string): string[] {
  const withoutStrings = expr.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  return [...withoutStrings.matchAll(/[a-zA-Z_:][a-zA-Z0-9_:]*/g)].map((m) => m[0]).filter((name) => /^(consent_register_|nodejs_|process_)/.test(name) || name === "up");
}

/** GitHub's heading anchor for a heading text. */
function anchorOf(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\w\- ]/g, "").replace(/ /g, "-");
}

describe("alert rules", () => {
  it("each have a name, an expression, a severity, a summary and a runbook entry in OPERATIONS.md", () => {
    expect(rules.length).toBeGreaterThanOrEqual(10);
    const anchors = new Set([...OPERATIONS.matchAll(/^#{2,6} (.+)$/gm)].map((m) => anchorOf(m[1]!)));
    for (const rule of rules) {
      expect(rule.alert, JSON.stringify(rule)).toMatch(/^[A-Z][A-Za-z]+$/);
      expect(rule.expr.trim(), rule.alert).not.toBe("");
      expect(["critical", "warning", "info"], rule.alert).toContain(rule.labels?.severity);
      expect(rule.annotations?.summary, rule.alert).toBeTruthy();
      expect(rule.annotations?.runbook, rule.alert).toBe(`docs/OPERATIONS.md#${rule.alert.toLowerCase()}`);
      expect(anchors, `OPERATIONS.md has no heading "${rule.alert}"`).toContain(rule.alert.toLowerCase());
      if (rule.for) expect(rule.for, rule.alert).toMatch(/^\d+[smh]$/);
    }
    expect(new Set(rules.map((r) => r.alert)).size).toBe(rules.length);
  });

  it("read only metrics this code exports, and every register metric is watched by one", async () => {
    const exported = await exportedNames();
    const read = new Set<string>();
    for (const rule of rules) {
      const names = metricsIn(rule.expr);
      expect(names.length, `${rule.alert} reads no metric`).toBeGreaterThan(0);
      for (const name of names) {
        read.add(name.replace(/_(bucket|sum|count)$/, ""));
        if (name !== "up") expect(exported, `${rule.alert} reads ${name}, which nothing exports`).toContain(name);
      }
    }
    const unwatched = [...exported].filter((name) => name.startsWith("consent_register_") && !/_(bucket|sum|count)$/.test(name) && !read.has(name));
    expect(unwatched, "metrics without an alert rule").toEqual([]);
  });

  it("are the same in docs/OPERATIONS.md as in the rules file", () => {
    const block = [...OPERATIONS.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).find((text) => text.includes("groups:"));
    expect(block, "a yaml block with the rules in OPERATIONS.md").toBeDefined();
    expect(load(block!)).toEqual(load(readFileSync(RULES_FILE, "utf8")));
  });

  const hasPromtool = spawnSync("promtool", ["--version"]).status === 0;
  it.runIf(hasPromtool)("pass promtool check rules", () => {
    expect(execFileSync("promtool", ["check", "rules", RULES_FILE], { encoding: "utf8" })).toMatch(/SUCCESS: \d+ rules found/);
  });

  it.runIf(hasPromtool)("fire on the series that should raise them and not before (promtool test rules)", () => {
    const output = execFileSync("promtool", ["test", "rules", "consent-register.rules.test.yml"], { cwd: path.dirname(RULES_FILE), encoding: "utf8" });
    expect(output).toContain("SUCCESS");
  });
});
