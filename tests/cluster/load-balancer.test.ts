import http from "node:http";
import { createServer as createNetServer, type AddressInfo } from "node:net";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ensureHaproxy, haproxyConfig, startHaproxy, waitForAllInstances, type RunningLoadBalancer } from "../../scripts/support/load-balancer";

// The load balancer npm run cluster and bench:site --cluster put in front of
// the instances: Debian's HAProxy with the generated configuration, in front
// of two small HTTP servers standing in for instances whose health we control.

type Instance = { name: string; server: http.Server; port: number; isHealthy: boolean; forwardedFor: string[] };

async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startInstance(name: string): Promise<Instance> {
  const instance = { name, isHealthy: true, forwardedFor: [] as string[] } as Instance;
  instance.server = http.createServer((request, response) => {
    if (request.url === "/api/health") {
      response.writeHead(instance.isHealthy ? 200 : 503).end();
      return;
    }
    instance.forwardedFor.push(String(request.headers["x-forwarded-for"]));
    forwardedFor.push(String(request.headers["x-forwarded-for"]));
    response.writeHead(200, { "content-type": "text/plain" }).end(name);
  });
  await new Promise<void>((resolve) => instance.server.listen(0, "127.0.0.1", resolve));
  instance.port = (instance.server.address() as AddressInfo).port;
  return instance;
}

let instances: Instance[];
/** X-Forwarded-For as each request reached whichever instance, in order. */
const forwardedFor: string[] = [];
let balancer: RunningLoadBalancer;
let origin: string;

beforeAll(async () => {
  const program = ensureHaproxy(() => undefined);
  instances = await Promise.all([startInstance("site1"), startInstance("site2")]);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  balancer = startHaproxy(program, [{ name: "site", port, backends: instances.map(({ name, port: p }) => ({ name, port: p })) }], {
    workDir: mkdtempSync(path.join(tmpdir(), "load-balancer-test-")),
    output: "inherit",
    checkIntervalMs: 200,
  });
  await waitForAllInstances(`${origin}/api/health`, ["site1", "site2"], 20_000);
});

afterAll(async () => {
  await balancer?.stop();
  await Promise.all((instances ?? []).map((instance) => new Promise((resolve) => instance.server.close(resolve))));
});

async function servedBy(count: number): Promise<string[]> {
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const response = await fetch(`${origin}/`);
    names.push(await response.text());
  }
  return names;
}

describe("the load balancer in front of several instances", () => {
  it("checks every instance on GET /api/health and spreads requests round robin", async () => {
    expect(haproxyConfig([{ name: "site", port: 1, backends: [{ name: "site1", port: 2 }] }])).toContain("option httpchk GET /api/health");
    const names = await servedBy(6);
    expect(names.filter((n) => n === "site1")).toHaveLength(3);
    expect(names.filter((n) => n === "site2")).toHaveLength(3);
    // One after the other, never twice in a row.
    for (let i = 1; i < names.length; i++) expect(names[i]).not.toBe(names[i - 1]);
  });

  it("appends the client's address to X-Forwarded-For, so the instances can believe one proxy", async () => {
    await fetch(`${origin}/`, { headers: { "x-forwarded-for": "203.0.113.66" } }).then((r) => r.text());
    const seen = forwardedFor.at(-1);
    // What the client wrote stays to the left; the address HAProxy saw is appended last.
    expect(seen).toBe("203.0.113.66, 127.0.0.1");
  });

  it("takes an instance whose health check fails out of rotation, and puts it back once it passes", async () => {
    instances[1]!.isHealthy = false;
    await expect.poll(async () => (await servedBy(4)).every((n) => n === "site1"), { timeout: 10_000, interval: 300 }).toBe(true);
    instances[1]!.isHealthy = true;
    await expect.poll(async () => (await servedBy(4)).includes("site2"), { timeout: 10_000, interval: 300 }).toBe(true);
  });
});
