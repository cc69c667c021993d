// Information pages rendered once, answered from memory with a fresh nonce
// (docs/decisions/028-information-pages-rendered-once.md).
//
// Every page's Content-Security-Policy allows scripts by a nonce (lib/security/csp.ts,
// proxy.ts), so Next.js renders every page per request: the home page answered
// about a seventh of the rate of a static file. The information pages
// (lib/security/information-pages.ts) are the same for everybody, so the site's
// server asks Next.js for each once, itself, as an anonymous visitor, and keeps
// the answer split at the nonce Next.js rendered it with. Each response is then
// those pieces joined with a new nonce from createNonce(), in the HTML and the
// header alike: the policy is the very same one, and no nonce is ever sent
// twice (the one the page was rendered with is never sent at all).
//
// Answered from memory only: GET or HEAD, exactly an information page's path
// (no query string), and no request for Next.js's client-side data (RSC, server
// actions). Kept only: a 200 HTML answer with a nonce policy, no cookie set,
// and the nonce present in the page. Anything else goes to Next.js as before.
//
// A page that shows the register's data as it stands (/when-it-starts, the
// participating organisations) names a version source: for each request the
// version is read afresh (by a query sent after the request arrived), and the
// page is answered from memory only if it equals the version the kept rendering
// was made at. Otherwise, or when the version cannot be read (the database is
// down), Next.js renders the request as before. A rendering is kept only if the
// version read just before it and the one read just after it are the same: no
// change committed in between, so the rendering shows exactly that version.

import http from "node:http";

import { createNonce } from "./csp";
import { informationPageAt, NOT_FOR_KEEPING, type InformationPage, type VersionSource } from "./information-pages";

/** Next.js's client navigation and server action requests: they want data, not the page's HTML. */
const NEXT_DATA_REQUEST_HEADERS = ["rsc", "next-action", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch"];

/** Headers of the kept answer that belong to its own connection, or are written afresh. */
const NOT_REPLAYED = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length", "content-security-policy"]);

/** After a rendering that could not be kept (a database error page, say), Next.js answers this long before trying again. */
const RETRY_AFTER_MS = 10_000;

const NONCE_IN_POLICY = /'nonce-([A-Za-z0-9+/]{16,}={0,2})'/;

type Kept = {
  headers: Record<string, string | string[]>;
  /** The policy, split where the nonce goes. */
  policy: string[];
  /** The HTML, split where the nonce goes. */
  body: Buffer[];
  expiresAt: number;
  /** For a page with a version source: the version this rendering shows. */
  version?: string;
};

export type RenderedAnswer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

export type PageCacheOptions = {
  now?: () => number;
  log?: (message: string) => void;
  /**
   * Reads a version source afresh; rejects when it cannot (a page is then never
   * answered from memory). A page whose source is missing here renders per request.
   */
  versions?: Partial<Record<VersionSource, () => Promise<string>>>;
};

export type PageCache = {
  /**
   * Answers the request from memory when it can and returns true; otherwise
   * returns false (the caller hands it to Next.js), and, for an information
   * page not yet kept, asks the server for it once in the background. For a
   * page with a version source the answer is a promise (its version is read
   * first); for every other request it is immediate. The promise never rejects.
   */
  serve(request: http.IncomingMessage, response: http.ServerResponse, server: http.Server): boolean | Promise<boolean>;
  /** How many renderings are kept (for tests). */
  readonly size: number;
};

/** The request's scheme as the page policy sees it (proxy.ts adds upgrade-insecure-requests for https). */
function schemeOf(request: http.IncomingMessage): "https" | "http" {
  return request.headers["x-forwarded-proto"] === "https" ? "https" : "http";
}

function split(text: Buffer, separator: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let start = 0;
  for (let at = text.indexOf(separator, start); at !== -1; at = text.indexOf(separator, start)) {
    parts.push(text.subarray(start, at));
    start = at + separator.length;
  }
  parts.push(text.subarray(start));
  return parts;
}

/** The answer split at its nonce, or why it cannot be kept. */
export function keepable(answer: RenderedAnswer): { headers: Record<string, string | string[]>; policy: string[]; body: Buffer[] } | { reason: string } {
  if (answer.status !== 200) return { reason: `answered ${answer.status}` };
  const type = String(answer.headers["content-type"] ?? "");
  if (!type.startsWith("text/html")) return { reason: `answered ${type || "no content type"}, not HTML` };
  if (answer.headers["set-cookie"]) return { reason: "it sets a cookie" };
  if (answer.headers["content-encoding"] && answer.headers["content-encoding"] !== "identity") return { reason: "it came compressed" };
  const policy = answer.headers["content-security-policy"];
  const nonce = typeof policy === "string" ? NONCE_IN_POLICY.exec(policy)?.[1] : undefined;
  if (typeof policy !== "string" || !nonce) return { reason: "its Content-Security-Policy has no nonce" };
  if (answer.body.includes(`data-page-cache="${NOT_FOR_KEEPING["data-page-cache"]}"`)) return { reason: "it was rendered in a degraded way (data-page-cache=\"no\")" };
  const body = split(answer.body, Buffer.from(nonce));
  if (body.length < 2) return { reason: "its scripts do not carry the policy's nonce" };
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(answer.headers)) {
    if (value !== undefined && !NOT_REPLAYED.has(name)) headers[name] = value;
  }
  return { headers, policy: policy.split(nonce), body };
}

/** Asks this server for a page as an anonymous visitor would, uncompressed. */
function render(server: http.Server, path: string, request: http.IncomingMessage): Promise<RenderedAnswer> {
  const address = server.address();
  if (!address || typeof address === "string") return Promise.reject(new Error("the site's server is not listening on a port"));
  // Nothing of the visitor's request is passed on but the scheme (kept apart): not its Host, cookies or
  // language, so no request can make the page kept for everybody differ from the one anybody would get.
  const headers: http.OutgoingHttpHeaders = { accept: "text/html", "accept-encoding": "identity" };
  if (schemeOf(request) === "https") headers["x-forwarded-proto"] = "https";
  // Listening on every address (the default, dual-stack "::"): ask over IPv4 loopback.
  const host = address.address === "::" || address.address === "0.0.0.0" ? "127.0.0.1" : address.address;
  return new Promise((resolve, reject) => {
    const outgoing = http.request({ host, port: address.port, path, method: "GET", headers, timeout: 30_000 }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
      incoming.on("end", () => resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks) }));
      incoming.on("error", reject);
    });
    outgoing.on("timeout", () => outgoing.destroy(new Error("the rendering took more than 30 s")));
    outgoing.on("error", reject);
    outgoing.end();
  });
}

export function createPageCache(options: PageCacheOptions = {}): PageCache {
  const now = options.now ?? Date.now;
  const log = options.log ?? ((message: string) => console.warn(message));
  const versions = options.versions ?? {};
  const kept = new Map<string, Kept>();
  /** Version sources that failed at their last read: logged once per outage, not once per request. */
  const failing = new Set<VersionSource>();

  async function readVersion(source: VersionSource): Promise<string> {
    const read = versions[source];
    if (!read) throw new Error(`no reader for the ${source} version`);
    try {
      const version = await read();
      if (failing.delete(source)) log(`[site] the ${source} version can be read again: pages showing it are answered from memory again.`);
      return version;
    } catch (error) {
      if (!failing.has(source)) {
        failing.add(source);
        log(`[site] the ${source} version cannot be read, so pages showing it are rendered per request: ${error instanceof Error ? error.message : String(error)}.`);
      }
      throw error;
    }
  }

  function answer(entry: Kept, method: string, response: http.ServerResponse): void {
    // A fresh nonce for this response only, in the header and the page alike.
    const nonce = createNonce();
    const separator = Buffer.from(nonce);
    const body: Buffer[] = [entry.body[0]!];
    for (let i = 1; i < entry.body.length; i++) body.push(separator, entry.body[i]!);
    const html = Buffer.concat(body);
    response.writeHead(200, { ...entry.headers, "content-security-policy": entry.policy.join(nonce), "content-length": html.length });
    response.end(method === "HEAD" ? undefined : html);
  }

  /** Renderings under way, and pages that could not be kept, until when. */
  const rendering = new Set<string>();
  const notBefore = new Map<string, number>();

  /** `versionBefore`: for a page with a version source, its version read after the visitor's request arrived and before this rendering starts. */
  function fill(key: string, page: InformationPage, server: http.Server, request: http.IncomingMessage, versionBefore?: string): void {
    if (rendering.has(key) || (notBefore.get(key) ?? 0) > now()) return;
    rendering.add(key);
    render(server, page.path, request)
      .then(async (answer) => {
        const result = keepable(answer);
        if ("reason" in result) {
          notBefore.set(key, now() + RETRY_AFTER_MS);
          log(`[site] ${page.path} is rendered per request for now: ${result.reason}.`);
          return;
        }
        if (page.versionedBy) {
          // The same version after the rendering as before it: nothing changed while it was made, so it
          // shows that version. Otherwise it is not kept, and the next request renders it again.
          const versionAfter = await readVersion(page.versionedBy).catch(() => undefined);
          if (versionBefore === undefined || versionAfter !== versionBefore) return;
        }
        notBefore.delete(key);
        kept.set(key, { ...result, expiresAt: page.maxAgeMs === undefined ? Infinity : now() + page.maxAgeMs, version: versionBefore });
      })
      .catch((error: unknown) => {
        notBefore.set(key, now() + RETRY_AFTER_MS);
        log(`[site] ${page.path} is rendered per request for now: ${error instanceof Error ? error.message : String(error)}.`);
      })
      .finally(() => rendering.delete(key));
  }

  return {
    get size() {
      return kept.size;
    },
    serve(request, response, server) {
      const method = request.method ?? "GET";
      if (method !== "GET" && method !== "HEAD") return false;
      const target = request.url ?? "/";
      if (target.includes("?")) return false;
      const page = informationPageAt(target);
      if (!page) return false;
      if (NEXT_DATA_REQUEST_HEADERS.some((name) => request.headers[name] !== undefined)) return false;
      const key = `${schemeOf(request)} ${page.path}`;
      if (page.versionedBy) {
        // Fails closed: a version that cannot be read (the database down or slow) never lets a kept
        // rendering out; Next.js renders this request, and says what it cannot show.
        return readVersion(page.versionedBy).then(
          (version) => {
            const entry = kept.get(key);
            if (!entry || entry.version !== version || entry.expiresAt <= now()) {
              fill(key, page, server, request, version);
              return false;
            }
            answer(entry, method, response);
            return true;
          },
          () => false,
        );
      }
      const entry = kept.get(key);
      if (!entry || entry.expiresAt <= now()) {
        fill(key, page, server, request);
        return false;
      }
      answer(entry, method, response);
      return true;
    },
  };
}
