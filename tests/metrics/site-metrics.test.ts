import type http from "node:http";
import net from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { refreshRegisterGauges } from "@/lib/metrics/refresh-register-gauges";
import { listTracingWorklist } from "@/lib/tracing/list-tracing-worklist";
import { createSiteServer, SITE_SERVER_TIMEOUTS, type SiteRequestHandler } from "@/lib/security/site-server";
import { recordDecision } from "../support/record-test-decision";
import { decisionDetails, RESIDENT, STAFF, uniqueNhsNumber } from "../support/factories";
import { listen, METRICS_TOKEN, parseSamples, sampleValue, scrape, scrapeText, stop } from "./support";

// GET /metrics on the site's own server (lib/security/site-server.ts), with a stand-in for Next.js's
// handler, over HTTP against the test database: the register's gauges read at scrape time, decisions
// recorded counted, and a scrape that still answers when the database is down or hangs.

const servers: http.Server[] = [];
const clients: PrismaClient[] = [];
let handled: string[] = [];

const standIn: SiteRequestHandler = (request, response) => {
  handled.push(request.url ?? "");
  response.writeHead(request.url?.startsWith("/staff/people/") ? 200 : 404, { "content-type": "text/plain" });
  response.end("next.js");
};

async function startSite(options: Parameters<typeof createSiteServer>[2]): Promise<string> {
  const server = createSiteServer(standIn, SITE_SERVER_TIMEOUTS, options);
  servers.push(server);
  return listen(server);
}

let url: string;
beforeAll(async () => {
  url = await startSite({ metricsToken: METRICS_TOKEN, refreshMetrics: () => refreshRegisterGauges() });
});

afterAll(async () => {
  for (const server of servers) await stop(server);
  for (const client of clients) await client.$disconnect();
});

describe("the site's /metrics", () => {
  it("refuses without a token or with a wrong one, and never hands /metrics to Next.js", async () => {
    handled = [];
    for (const token of [null, "not-the-token", METRICS_TOKEN.toUpperCase()]) {
      const response = await scrape(url, token);
      expect(response.status).toBe(401);
      expect(await response.text()).not.toContain("consent_register_");
    }
    expect((await scrape(url)).status).toBe(200);
    expect(handled).toEqual([]);
  });

  it("without a token configured, leaves /metrics to Next.js (which has no such page)", async () => {
    const bare = await startSite({ metricsToken: undefined, refreshMetrics: () => refreshRegisterGauges() });
    handled = [];
    const response = await scrape(bare);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("next.js");
    expect(handled).toEqual(["/metrics"]);
  });

  it("counts pages by route template, never by path", async () => {
    const nhsNumber = uniqueNhsNumber();
    const labels = { server: "site", route: "/staff/people/:nhsNumber", method: "GET", status: "200" };
    const before = sampleValue(await scrapeText(url), "consent_register_http_requests_total", labels) ?? 0;
    expect((await fetch(`${url}/staff/people/${nhsNumber}`)).status).toBe(200);
    await fetch(`${url}/not-a-page/${nhsNumber}?nhsNumber=${nhsNumber}`);
    await fetch(`${url}/staff/people/${nhsNumber}`, { method: "TRACE" }).catch(() => undefined);
    const text = await scrapeText(url);
    expect(sampleValue(text, "consent_register_http_requests_total", labels)).toBe(before + 1);
    expect(sampleValue(text, "consent_register_http_requests_total", { server: "site", route: "other", status: "404" })).toBeGreaterThanOrEqual(1);
    expect(text).not.toContain(nhsNumber);
  });

  it("counts each decision recorded by channel, choice and outcome", async () => {
    const effective = { channel: "PAPER", choice: "OPT_OUT", outcome: "effective" };
    const refused = { channel: "PAPER", choice: "OPT_OUT", outcome: "refused" };
    const before = await scrapeText(url);
    const nhsNumber = uniqueNhsNumber();
    await recordDecision({ details: decisionDetails({ nhsNumber, channel: "PAPER", contactEmail: undefined }), recordedBy: STAFF });
    await expect(recordDecision({ details: decisionDetails({ channel: "PAPER", givenName: "" }), recordedBy: STAFF })).rejects.toThrow();
    const after = await scrapeText(url);
    expect(sampleValue(after, "consent_register_decisions_recorded_total", effective)).toBe((sampleValue(before, "consent_register_decisions_recorded_total", effective) ?? 0) + 1);
    expect(sampleValue(after, "consent_register_decisions_recorded_total", refused)).toBe((sampleValue(before, "consent_register_decisions_recorded_total", refused) ?? 0) + 1);
    expect(after).not.toContain(nhsNumber);
  });

  it("reads the tracing worklist, review queue, outbox and import runs at scrape time", async () => {
    // A decision without an NHS number waits for tracing; an opt-in keyed over an online opt-out waits for review.
    await recordDecision({ details: decisionDetails({ nhsNumber: undefined, channel: "PAPER", contactEmail: undefined }), recordedBy: STAFF });
    const nhsNumber = uniqueNhsNumber();
    await recordDecision({ details: decisionDetails({ nhsNumber }), recordedBy: RESIDENT });
    await recordDecision({ details: decisionDetails({ nhsNumber, choice: "OPT_IN", channel: "PHONE", contactEmail: undefined, decidedAt: new Date("2026-06-02T09:00:00Z") }), recordedBy: STAFF });
    const text = await scrapeText(url);
    expect(sampleValue(text, "consent_register_database_up")).toBe(1);
    // Other test files share the database: the gauge is at least ours and agrees with the worklist read beside it.
    const tracing = sampleValue(text, "consent_register_tracing_worklist_items")!;
    expect(tracing).toBeGreaterThanOrEqual(1);
    expect(Math.abs(tracing - (await listTracingWorklist({ limit: 100_000 })).length)).toBeLessThanOrEqual(5);
    expect(sampleValue(text, "consent_register_tracing_worklist_oldest_age_seconds")).toBeGreaterThanOrEqual(0);
    expect(sampleValue(text, "consent_register_review_queue_items", { kind: "opt-in-awaiting-review" })).toBeGreaterThanOrEqual(1);
    expect(sampleValue(text, "consent_register_review_queue_items", { kind: "proxy-evidence" })).toBeGreaterThanOrEqual(0);
    expect(sampleValue(text, "consent_register_review_queue_oldest_age_seconds")).toBeGreaterThanOrEqual(0);
    // The opt-in attempt told the online opt-out's maker by email: the outbox holds at least that.
    expect(sampleValue(text, "consent_register_email_outbox_pending")).toBeGreaterThanOrEqual(1);
    expect(sampleValue(text, "consent_register_email_outbox_oldest_pending_age_seconds")).toBeGreaterThanOrEqual(0);
    expect(sampleValue(text, "consent_register_import_runs_committed", { source: "caremyway" })).toBeGreaterThanOrEqual(0);
    expect(sampleValue(text, "consent_register_import_runs_committed", { source: "cidr" })).toBeGreaterThanOrEqual(0);
    for (const sample of parseSamples(text)) for (const value of Object.values(sample.labels)) expect(value).not.toMatch(/\d{10}/);
  });

  it("still answers when the database refuses connections: database_up 0 and the register gauges left out", async () => {
    const unreachable = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://nobody@127.0.0.1:1/none", connectionTimeoutMillis: 1_000 }) });
    clients.push(unreachable);
    const down = await startSite({ metricsToken: METRICS_TOKEN, refreshMetrics: () => refreshRegisterGauges({ db: () => unreachable }) });
    const response = await scrape(down);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(sampleValue(text, "consent_register_database_up")).toBe(0);
    expect(sampleValue(text, "consent_register_tracing_worklist_items")).toBeUndefined();
    expect(sampleValue(text, "consent_register_review_queue_items", { kind: "opt-in-awaiting-review" })).toBeUndefined();
    expect(sampleValue(text, "consent_register_email_outbox_pending")).toBeUndefined();
    // It comes back by itself with the database.
    expect(sampleValue(await scrapeText(url), "consent_register_database_up")).toBe(1);
  });

  it("still answers in time when the database accepts the connection and then says nothing", async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => sockets.push(socket)); // accepts, never speaks
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const port = (silent.address() as net.AddressInfo).port;
    const hanging = new PrismaClient({ adapter: new PrismaPg({ connectionString: `postgresql://nobody@127.0.0.1:${port}/none`, connectionTimeoutMillis: 30_000 }) });
    clients.push(hanging);
    const down = await startSite({ metricsToken: METRICS_TOKEN, refreshMetrics: () => refreshRegisterGauges({ db: () => hanging, timeoutMs: 1_000 }) });
    const started = Date.now();
    const response = await scrape(down);
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(sampleValue(await response.text(), "consent_register_database_up")).toBe(0);
    for (const socket of sockets) socket.destroy();
    silent.close();
  });
});
