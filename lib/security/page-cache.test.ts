import http from "node:http";
import type { AddressInfo } from "node:net";

import { afterEach, describe, expect, it } from "vitest";

import { ROUTES } from "../content/routes";
import { buildContentSecurityPolicy, createNonce, parseContentSecurityPolicy } from "./csp";
import { SECURITY_HEADERS, isNoStorePath } from "./headers";
import { INFORMATION_PAGES, REGISTER_DATA_MAX_AGE_MS } from "./information-pages";
import { createPageCache, type PageCache, type PageCacheOptions } from "./page-cache";
import { createSiteServer, SITE_SERVER_TIMEOUTS, type SiteRequestHandler } from "./site-server";

// The site's server answering information pages from memory (ADR 028), with a
// stand-in for Next.js that renders as proxy.ts and app/layout.tsx do: a fresh
// nonce per rendering, in the policy and on every script, and the security headers.

type Rendered = { url: string; nonce: string };

const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

function page(nonce: string, path: string, extra = ""): string {
  return `<!DOCTYPE html><html lang="en-GB"><head><link rel="stylesheet" href="/nhsuk/main.css"></head><body><script nonce="${nonce}">document.body.className += ' js-enabled';</script><h1>Page ${path}</h1>${extra}<script src="/_next/static/chunks/app.js" nonce="${nonce}" async=""></script><script nonce="${nonce}">(self.__next_f=self.__next_f||[]).push([0,"${nonce}"])</script></body></html>`;
}

type StandIn = { rendered: Rendered[]; url: string; server: http.Server; cache: PageCache; logs: string[]; setAnswer: (answer: Answer) => void };
type Answer = (request: http.IncomingMessage, nonce: string) => { status?: number; headers?: Record<string, string | string[]>; body?: string };

async function startSite(options: { now?: () => number; answer?: Answer; versions?: PageCacheOptions["versions"] } = {}): Promise<StandIn> {
  const rendered: Rendered[] = [];
  let answer: Answer = options.answer ?? (() => ({}));
  const handler: SiteRequestHandler = (request, response) => {
    const nonce = createNonce();
    rendered.push({ url: request.url ?? "", nonce });
    const isHttps = request.headers["x-forwarded-proto"] === "https";
    const own = answer(request, nonce);
    const body = own.body ?? page(nonce, request.url ?? "");
    response.writeHead(own.status ?? 200, {
      ...SECURITY_HEADERS,
      "content-type": "text/html; charset=utf-8",
      "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
      vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding",
      "content-security-policy": buildContentSecurityPolicy({ nonce, isDevelopment: false, isHttps }),
      ...own.headers,
      "content-length": Buffer.byteLength(body),
    });
    response.end(body);
  };
  const logs: string[] = [];
  const cache = createPageCache({ now: options.now, log: (message) => logs.push(message), versions: options.versions });
  const server = createSiteServer(handler, SITE_SERVER_TIMEOUTS, { metricsToken: undefined, pageCache: cache });
  servers.push(server);
  // On every address, as scripts/serve-site.ts listens.
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { rendered, url, server, cache, logs, setAnswer: (a) => (answer = a) };
}

/** Asks until the page has been kept (the first request starts its rendering in the background). */
async function untilKept(site: StandIn, path: string, init: RequestInit = {}): Promise<void> {
  const before = site.cache.size;
  await (await fetch(`${site.url}${path}`, init)).text();
  for (let i = 0; i < 100 && site.cache.size === before; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(site.cache.size, `${path} kept`).toBe(before + 1);
}

function nonceOf(response: Response): string {
  const source = parseContentSecurityPolicy(response.headers.get("content-security-policy")!).get("script-src")!.find((s) => s.startsWith("'nonce-"))!;
  return source.slice("'nonce-".length, -1);
}

describe("information pages answered from memory", () => {
  it("renders the home page once, then answers it with the same page and a fresh nonce each time, in the policy and on every script", async () => {
    const site = await startSite();
    await untilKept(site, "/");
    expect(site.rendered.map((r) => r.url)).toEqual(["/", "/"]);
    const renderedWith = site.rendered[1]!.nonce;
    const nonces = new Set<string>();
    const bodies = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const response = await fetch(`${site.url}/`);
      const html = await response.text();
      expect(response.status).toBe(200);
      const nonce = nonceOf(response);
      expect(nonce).not.toBe(renderedWith);
      expect(html).not.toContain(renderedWith);
      // Every script carries this response's nonce, and the page is the one rendered.
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts).toHaveLength(3);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
      expect(html).toBe(page(nonce, "/"));
      // The very policy proxy.ts gives, for this nonce: the same strength, with no 'unsafe-inline'.
      expect(response.headers.get("content-security-policy")).toBe(buildContentSecurityPolicy({ nonce, isDevelopment: false, isHttps: false }));
      expect(response.headers.get("content-security-policy")).not.toContain("unsafe-inline");
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), name).toBe(value);
      expect(response.headers.get("cache-control")).toBe("private, no-cache, no-store, max-age=0, must-revalidate");
      expect(response.headers.get("content-length")).toBe(String(Buffer.byteLength(html)));
      nonces.add(nonce);
      bodies.add(html.replaceAll(nonce, "NONCE"));
    }
    expect(nonces.size).toBe(5);
    expect(bodies.size).toBe(1);
    // Rendered only twice: the visitor's first request and the server's own.
    expect(site.rendered).toHaveLength(2);
  });

  it("answers HEAD from memory with the headers and no body", async () => {
    const site = await startSite();
    await untilKept(site, ROUTES.privacy);
    const response = await fetch(`${site.url}${ROUTES.privacy}`, { method: "HEAD" });
    expect(response.status).toBe(200);
    expect(Number(response.headers.get("content-length"))).toBeGreaterThan(100);
    expect(await response.text()).toBe("");
    expect(site.rendered).toHaveLength(2);
  });

  it("keeps https and http renderings apart (upgrade-insecure-requests comes with https)", async () => {
    const site = await startSite();
    await untilKept(site, "/", { headers: { "x-forwarded-proto": "https" } });
    await untilKept(site, "/");
    const secure = await fetch(`${site.url}/`, { headers: { "x-forwarded-proto": "https" } });
    const plain = await fetch(`${site.url}/`);
    expect(secure.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    expect(plain.headers.get("content-security-policy")).not.toContain("upgrade-insecure-requests");
    expect(site.rendered).toHaveLength(4);
  });

  it("never answers from memory: journeys, staff pages, a query string, a POST, Next.js's data requests", async () => {
    const site = await startSite();
    await untilKept(site, ROUTES.contact);
    const asks: [string, RequestInit][] = [
      [ROUTES.optOut, {}],
      ["/choice/opt-out/nhs-number", {}],
      ["/check-your-choice", {}],
      ["/staff/sign-in", {}],
      [`${ROUTES.factsAndFigures}?month=2026-11`, {}],
      [`${ROUTES.contact}?x=1`, {}],
      [ROUTES.contact, { method: "POST", body: "name=A", headers: { "content-type": "application/x-www-form-urlencoded", origin: site.url } }],
      [ROUTES.contact, { headers: { rsc: "1" } }],
      [ROUTES.contact, { headers: { "next-router-prefetch": "1" } }],
      [`${ROUTES.contact}/`, {}],
    ];
    for (const [path, init] of asks) {
      const before = site.rendered.length;
      for (let i = 0; i < 2; i++) await (await fetch(`${site.url}${path}`, init)).text();
      expect(site.rendered.length - before, `${init.method ?? "GET"} ${path} rendered each time`).toBe(2);
    }
    expect(site.cache.size).toBe(1);
  });

  it("keeps nothing that is not the same for everybody: a cookie set, an error, no nonce on the scripts, no nonce policy", async () => {
    const answers: [string, Answer][] = [
      ["sets a cookie", () => ({ headers: { "set-cookie": "a=b; HttpOnly" } })],
      ["an error page", () => ({ status: 500 })],
      ["not HTML", () => ({ headers: { "content-type": "text/plain" } })],
      ["scripts without the nonce", () => ({ body: "<!DOCTYPE html><html><body><script>1</script></body></html>" })],
      ["no nonce policy", () => ({ headers: { "content-security-policy": "default-src 'self'" } })],
      ["a degraded rendering", (_request, nonce) => ({ body: page(nonce, "/", '<p data-page-cache="no">This part is not available</p>') })],
    ];
    for (const [what, answer] of answers) {
      const site = await startSite({ answer });
      for (let i = 0; i < 3; i++) {
        await (await fetch(`${site.url}/`)).text();
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      expect(site.cache.size, what).toBe(0);
      // Every visitor's request went to Next.js; the server tried once more itself, then waits before trying again.
      expect(site.rendered.length, what).toBe(4);
    }
  });

  it("renders pages showing the register's data again after their time, and the others never", async () => {
    let clock = 1_000_000;
    const site = await startSite({ now: () => clock });
    await untilKept(site, ROUTES.factsAndFigures);
    await untilKept(site, ROUTES.cookies);
    expect(site.rendered).toHaveLength(4);
    clock += REGISTER_DATA_MAX_AGE_MS - 1;
    await (await fetch(`${site.url}${ROUTES.factsAndFigures}`)).text();
    expect(site.rendered).toHaveLength(4);
    clock += 1;
    site.setAnswer((_request, nonce) => ({ body: page(nonce, "/facts-and-figures", "<p>New figures</p>") }));
    // Expired: this request is rendered by Next.js, and the page is kept again.
    const expired = await fetch(`${site.url}${ROUTES.factsAndFigures}`);
    expect(await expired.text()).toContain("New figures");
    for (let i = 0; i < 100 && site.rendered.length < 6; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(site.rendered).toHaveLength(6);
    expect(await (await fetch(`${site.url}${ROUTES.factsAndFigures}`)).text()).toContain("New figures");
    clock += 365 * 24 * 3_600_000;
    await (await fetch(`${site.url}${ROUTES.cookies}`)).text();
    expect(site.rendered).toHaveLength(6);
  });
});

describe("pages showing the register as it stands (a version read for every request)", () => {
  /** A version source the test moves on by hand; `fail` makes reads reject, as with the database down. */
  function versionSource() {
    const source = { version: "v1", reads: 0, fail: false as boolean, read: async () => "" };
    source.read = async () => {
      source.reads++;
      if (source.fail) throw new Error("connect ECONNREFUSED 127.0.0.1:5432");
      return source.version;
    };
    return source;
  }
  const list = (names: string) => (_request: http.IncomingMessage, nonce: string) => ({ body: page(nonce, ROUTES.whenItStarts, `<ul>${names}</ul>`) });

  it("answers from memory, with a fresh nonce, only while the version is the one it was rendered at; a new version renders at once", async () => {
    const source = versionSource();
    const site = await startSite({ versions: { "organisation-list": source.read }, answer: list("<li>Old Surgery</li>") });
    await untilKept(site, ROUTES.whenItStarts);
    expect(site.rendered).toHaveLength(2);
    const first = await fetch(`${site.url}${ROUTES.whenItStarts}`);
    const html = await first.text();
    expect(html).toContain("Old Surgery");
    expect(html).toBe(page(nonceOf(first), ROUTES.whenItStarts, "<ul><li>Old Surgery</li></ul>"));
    expect(nonceOf(first)).not.toBe(site.rendered[1]!.nonce);
    expect(site.rendered).toHaveLength(2);

    source.version = "v2";
    site.setAnswer(list("<li>Old Surgery</li><li>New Surgery</li>"));
    // The very next request: rendered, not the kept page.
    expect(await (await fetch(`${site.url}${ROUTES.whenItStarts}`)).text()).toContain("New Surgery");
    for (let i = 0; i < 100 && site.rendered.length < 4; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(site.rendered).toHaveLength(4);
    // Kept again at v2.
    for (let i = 0; i < 3; i++) expect(await (await fetch(`${site.url}${ROUTES.whenItStarts}`)).text()).toContain("New Surgery");
    expect(site.rendered).toHaveLength(4);

    // Back to what v1 showed is still a new version: never the v1 rendering.
    source.version = "v3";
    site.setAnswer(list("<li>Old Surgery</li>"));
    expect(await (await fetch(`${site.url}${ROUTES.whenItStarts}`)).text()).not.toContain("New Surgery");
  });

  it("never answers from memory while the version cannot be read, and logs that once, not per request", async () => {
    const source = versionSource();
    const site = await startSite({ versions: { "organisation-list": source.read }, answer: list("<li>Old Surgery</li>") });
    await untilKept(site, ROUTES.whenItStarts);
    source.fail = true;
    site.setAnswer((_request, nonce) => ({ body: page(nonce, ROUTES.whenItStarts, '<p data-page-cache="no">The list is unavailable</p>') }));
    for (let i = 0; i < 4; i++) {
      const html = await (await fetch(`${site.url}${ROUTES.whenItStarts}`)).text();
      expect(html).toContain("The list is unavailable");
      expect(html).not.toContain("Old Surgery");
    }
    expect(site.rendered).toHaveLength(2 + 4);
    expect(site.logs.filter((line) => line.includes("cannot be read"))).toHaveLength(1);
    // Readable again, and unchanged: the kept page is right again.
    source.fail = false;
    site.setAnswer(list("<li>Old Surgery</li>"));
    expect(await (await fetch(`${site.url}${ROUTES.whenItStarts}`)).text()).toContain("Old Surgery");
    expect(site.rendered).toHaveLength(6);
  });

  it("does not keep a rendering made while the version changed (it may show either)", async () => {
    const source = versionSource();
    const site = await startSite({
      versions: { "organisation-list": source.read },
      answer: (request, nonce) => {
        // The list changes while the server's own rendering is made.
        if (site.rendered.length === 2) source.version = "v2";
        return list("<li>Old Surgery</li>")(request, nonce);
      },
    });
    await (await fetch(`${site.url}${ROUTES.whenItStarts}`)).text();
    for (let i = 0; i < 50 && source.reads < 3; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(site.cache.size).toBe(0);
    // The next request renders again (the version it reads, v2, is the one now kept).
    await untilKept(site, ROUTES.whenItStarts);
  });

  it("renders per request when there is no way to read the version, and the other pages never wait for one", async () => {
    const site = await startSite();
    for (let i = 0; i < 3; i++) await (await fetch(`${site.url}${ROUTES.whenItStarts}`)).text();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(site.rendered).toHaveLength(3);
    expect(site.cache.size).toBe(0);

    const source = versionSource();
    const other = await startSite({ versions: { "organisation-list": source.read } });
    await untilKept(other, ROUTES.home);
    await (await fetch(`${other.url}${ROUTES.home}`)).text();
    expect(source.reads).toBe(0);
  });
});

describe("the list of information pages", () => {
  it("answers a page that shows the register as it stands only against its version (participating organisations)", () => {
    expect(INFORMATION_PAGES.find((p) => p.path === ROUTES.whenItStarts)?.versionedBy).toBe("organisation-list");
  });

  it("holds no journey, staff or personal page, and every path is a resident route", () => {
    const routes = new Set<string>(Object.values(ROUTES));
    for (const { path } of INFORMATION_PAGES) {
      expect(routes.has(path), path).toBe(true);
      expect(isNoStorePath(path), path).toBe(false);
      expect(path).not.toMatch(/^\/(choice|check-your-choice|nhs-login|staff|api|dev)\b/);
    }
    expect(INFORMATION_PAGES.map((p) => p.path)).toContain(ROUTES.home);
  });
});
