import { randomInt } from "node:crypto";
import { generateTestNhsNumber } from "../lib/nhs-number/nhs-number";
import { StaffBackOffice } from "./pages/staff-back-office";
import { expect, test } from "./support/fixtures";
import { E2E_METRICS_TOKEN, sampleValue } from "./support/metrics";

// Issue 18, point 4: /metrics on the built site behind its own server (scripts/serve-site.ts, port 3100)
// and on the dedicated API server (3101), as scripts/start.ts runs them. What the Next.js bundle counts
// (a decision keyed through a server action, the scheduled canary check) is in the site's own /metrics.

const SITE = "http://127.0.0.1:3100";
const API = "http://127.0.0.1:3101";
const AUTH = { authorization: `Bearer ${E2E_METRICS_TOKEN}` };

test("both servers refuse /metrics without the token and answer Prometheus text with it", async ({ request }) => {
  for (const base of [SITE, API]) {
    expect((await request.get(`${base}/metrics`)).status(), base).toBe(401);
    expect((await request.get(`${base}/metrics`, { headers: { authorization: "Bearer not-the-token" } })).status(), base).toBe(401);
    const response = await request.get(`${base}/metrics`, { headers: AUTH });
    expect(response.status(), base).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toContain("# TYPE consent_register_http_requests_total counter");
    expect(sampleValue(text, "consent_register_database_up")).toBe(1);
  }
});

test("a decision keyed by staff is counted in the site's metrics, without the person's NHS number", async ({ page, request, expectAccessible }) => {
  const labels = { channel: "PAPER", choice: "OPT_OUT", outcome: "effective" };
  const before = sampleValue(await (await request.get(`${SITE}/metrics`, { headers: AUTH })).text(), "consent_register_decisions_recorded_total", labels) ?? 0;
  const nhsNumber = generateTestNhsNumber();
  const office = new StaffBackOffice(page);
  await office.signIn("caseworker");
  await office.keyPaperDecision({
    choice: "Opt-out", givenName: "Mona", familyName: `Metrics-${randomInt(1e6)}`, dateOfBirth: "03/02/1961", decidedOn: "01/06/2026", receivedOn: "05/06/2026",
    formReference: `PF-${randomInt(1e6)}`, nhsNumber,
  });
  await expectAccessible();
  const text = await (await request.get(`${SITE}/metrics`, { headers: AUTH })).text();
  expect(sampleValue(text, "consent_register_decisions_recorded_total", labels)).toBe(before + 1);
  expect(sampleValue(text, "consent_register_http_requests_total", { server: "site", route: "/staff/key", method: "POST" })).toBeGreaterThanOrEqual(1);
  expect(text).not.toContain(nhsNumber);
});

test("the site's scheduled canary check is in its metrics", async ({ request }) => {
  // The first scheduled pass runs 30 s after the site starts.
  await expect
    .poll(async () => sampleValue(await (await request.get(`${SITE}/metrics`, { headers: AUTH })).text(), "consent_register_canary_status", { status: "passing" }), { timeout: 90_000, intervals: [2_000] })
    .toBe(1);
  const text = await (await request.get(`${SITE}/metrics`, { headers: AUTH })).text();
  expect(text).not.toMatch(/consent_register_canary_failing\{/);
  expect(sampleValue(text, "consent_register_canary_last_check_timestamp_seconds")).toBeGreaterThan(Date.now() / 1000 - 600);
});
