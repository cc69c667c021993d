import type http from "node:http";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { createConsentApi } from "@/lib/api/consent-api";
import { createConsentApiServer } from "@/lib/api/node-server";
import { createRegisterStore, type RegisterStore } from "@/lib/api/register-store";
import { refreshDatabaseUp } from "@/lib/metrics/refresh-database-up";
import { captureLog, newKey } from "../api/support";
import { recordDecision } from "../support/record-test-decision";
import { decisionDetails, RESIDENT, uniqueNhsNumber } from "../support/factories";
import { listen, METRICS_TOKEN, parseSamples, sampleValue, scrape, scrapeText, stop } from "./support";

// GET /metrics on the dedicated API server (lib/api/node-server.ts), over HTTP against the test database.

const stores: RegisterStore[] = [];
const servers: http.Server[] = [];

async function startApiServer(options: { metricsToken?: string; connectionString?: string } = {}): Promise<string> {
  const store = createRegisterStore({ connectionString: options.connectionString ?? inject("databaseUrl"), max: 2 });
  stores.push(store);
  const handle = createConsentApi({ store, logger: captureLog().logger, rateLimitPerSecond: 100_000, clientCacheMs: 0 });
  const server = createConsentApiServer(handle, {}, {
    trustedProxyHops: 0,
    metricsToken: options.metricsToken,
    refreshMetrics: () => refreshDatabaseUp(() => store.ping(), 1_000),
  });
  servers.push(server);
  return listen(server);
}

let url: string;
let key: string;

beforeAll(async () => {
  url = await startApiServer({ metricsToken: METRICS_TOKEN });
  key = (await newKey()).key;
});

afterAll(async () => {
  for (const server of servers) await stop(server);
  for (const store of stores) await store.close();
});

describe("the API server's /metrics", () => {
  it("refuses a scrape without a token, with a wrong one, or with the right one sent another way", async () => {
    const refusals = [
      await scrape(url, null),
      await scrape(url, "wrong"),
      await scrape(url, `${METRICS_TOKEN}x`),
      await scrape(url, METRICS_TOKEN.slice(0, -1)),
      await fetch(`${url}/metrics`, { headers: { authorization: `Basic ${Buffer.from(`x:${METRICS_TOKEN}`).toString("base64")}` } }),
      await fetch(`${url}/metrics?token=${METRICS_TOKEN}`),
    ];
    for (const response of refusals) {
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe('Bearer realm="metrics"');
      const body = await response.text();
      expect(body).not.toContain("consent_register_");
    }
  });

  it("answers Prometheus text with the right token, with the security headers and no caching", async () => {
    const response = await scrape(url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const text = await response.text();
    expect(text).toContain("# TYPE consent_register_http_requests_total counter");
    expect(text).toContain("# TYPE consent_register_http_request_duration_seconds histogram");
    expect(text).toContain("# TYPE process_cpu_user_seconds_total counter");
    // Every line parses as a Prometheus sample or comment.
    expect(parseSamples(text).length).toBeGreaterThan(10);
    expect(sampleValue(text, "consent_register_database_up")).toBe(1);
  });

  it("counts a consent check by its route template and status, and times it", async () => {
    const labels = { server: "api", route: "/api/v1/consent/:nhsNumber", method: "GET", status: "200" };
    const before = await scrapeText(url);
    const countBefore = sampleValue(before, "consent_register_http_requests_total", labels) ?? 0;
    const answer = await fetch(`${url}/api/v1/consent/${uniqueNhsNumber()}`, { headers: { authorization: `Bearer ${key}` } });
    expect(answer.status).toBe(200);
    const after = await scrapeText(url);
    expect(sampleValue(after, "consent_register_http_requests_total", labels)).toBe(countBefore + 1);
    expect(sampleValue(after, "consent_register_http_request_duration_seconds_count", labels)).toBe(countBefore + 1);
    // And a refusal under its own status.
    await fetch(`${url}/api/v1/consent/${uniqueNhsNumber()}`);
    const refused = await scrapeText(url);
    expect(sampleValue(refused, "consent_register_http_requests_total", { ...labels, status: "401" })).toBeGreaterThanOrEqual(1);
  });

  it("never puts an NHS number, or any path it was asked, in a label", async () => {
    const asked = [uniqueNhsNumber(), uniqueNhsNumber(), uniqueNhsNumber()];
    const auth = { authorization: `Bearer ${key}` };
    await fetch(`${url}/api/v1/consent/${asked[0]}`, { headers: auth });
    await fetch(`${url}/api/v1/consent/${asked[1]}9`, { headers: auth }); // not an NHS number: 422, still no label
    await fetch(`${url}/api/v1/consent/check`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ nhsNumbers: asked }) });
    await fetch(`${url}/fhir/Consent?patient:identifier=${encodeURIComponent(`https://fhir.nhs.uk/Id/nhs-number|${asked[2]}`)}`, { headers: auth });
    await fetch(`${url}/no-such-path/${asked[2]}`, { headers: auth });
    await fetch(`${url}/api/v1/consent/${asked[0]}/`, { headers: auth }); // trailing slash: 308
    await recordDecision({ details: decisionDetails({ nhsNumber: asked[0] }), recordedBy: RESIDENT });
    const text = await scrapeText(url);
    for (const nhsNumber of asked) expect(text).not.toContain(nhsNumber);
    const samples = parseSamples(text);
    for (const sample of samples) for (const value of Object.values(sample.labels)) expect(value, `${sample.name} label`).not.toMatch(/\d{10}/);
    const routes = new Set(samples.filter((s) => s.name === "consent_register_http_requests_total").map((s) => s.labels.route));
    expect(routes).toContain("other");
    expect(routes).toContain("/fhir/Consent");
    expect(routes).toContain("/api/v1/consent/check");
  });

  it("is not there without a token configured: the API's own 404", async () => {
    const bare = await startApiServer({ metricsToken: undefined });
    const response = await scrape(bare);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(await response.text()).not.toContain("consent_register_");
  });

  it("still answers when the database is down, with database_up 0", async () => {
    const down = await startApiServer({ metricsToken: METRICS_TOKEN, connectionString: "postgresql://nobody@127.0.0.1:1/none" });
    const started = Date.now();
    const response = await scrape(down);
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(sampleValue(await response.text(), "consent_register_database_up")).toBe(0);
  });
});
