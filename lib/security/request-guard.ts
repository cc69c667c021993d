// Checks proxy.ts makes before any state-changing request reaches a page,
// server action or browser-facing route handler: where it came from (CSRF)
// and how big it is. Pure functions over the request's headers, so they are
// unit-tested without a server (tests/security/request-guard.test.ts) and
// proved end to end in e2e/security-headers.spec.ts.

/** Requests that must not change anything: never checked for origin. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The largest body a browser may send the site: an evidence upload (10 MB
 * file, lib/evidence) plus the rest of its form. Must equal
 * experimental.serverActions.bodySizeLimit in next.config.ts.
 */
export const MAX_FORM_BODY_BYTES = 11 * 1024 * 1024;

export type GuardHeaders = { get(name: string): string | null };

export type GuardResult = { ok: true } | { ok: false; status: 403 | 411 | 413; message: string };

export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method.toUpperCase());
}

/** The origin (scheme, host and port) of an http(s) address, normalised by the URL parser; null for anything else. */
function originOf(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}

/** The first value of a header a proxy may have written as a comma-separated list. */
function firstOf(value: string | null): string | undefined {
  return value?.split(",")[0]?.trim() || undefined;
}

/**
 * CSRF: the one origin check for every state-changing request from a browser
 * (proxy.ts for pages, server actions and route handlers; the legacy import's
 * streamed upload, which proxy.ts does not see, calls it itself).
 * - Sec-Fetch-Site, when sent (every current browser does): must be "same-origin".
 * - Origin must be sent (browsers send it on every request that is not GET or
 *   HEAD) and must be this site's origin: scheme, host and port all equal to
 *   the configured SITE_URL's, or to the address the request was sent to (the
 *   scheme from X-Forwarded-Proto or the connection, the host from
 *   X-Forwarded-Host or Host, as a load balancer forwards them).
 * A request without Origin is refused: only a non-browser client would omit it,
 * and none posts to these pages (the bearer-key API is not routed through here).
 */
export function checkOrigin(method: string, headers: GuardHeaders, siteUrl: string | undefined, requestUrl?: string): GuardResult {
  if (isSafeMethod(method)) return { ok: true };
  const refused: GuardResult = {
    ok: false,
    status: 403,
    message: "This form was sent from another website, so it has not been accepted. Go back to the page on this site and try again.",
  };
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite !== null && fetchSite !== "same-origin") return refused;
  const origin = headers.get("origin");
  // "null" (sandboxed frames, some redirects) and anything that is not http(s) give null.
  const requestOrigin = origin === null ? null : originOf(origin);
  if (!requestOrigin) return refused;
  const allowed = new Set<string>();
  const siteOrigin = siteUrl ? originOf(siteUrl) : null;
  if (siteOrigin) allowed.add(siteOrigin);
  const host = firstOf(headers.get("x-forwarded-host")) ?? firstOf(headers.get("host"));
  let scheme = firstOf(headers.get("x-forwarded-proto"))?.toLowerCase();
  if (!scheme && requestUrl) scheme = originOf(requestUrl)?.split(":")[0];
  if (host && (scheme === "http" || scheme === "https")) {
    const own = originOf(`${scheme}://${host}`);
    if (own) allowed.add(own);
  }
  return allowed.has(requestOrigin) ? { ok: true } : refused;
}

/**
 * Body size: refused before anything reads it. A body without a length
 * (chunked) is refused too: browsers always send Content-Length with a form,
 * and Next.js would otherwise cut such a body short silently.
 */
export function checkBodySize(method: string, headers: GuardHeaders, limit: number = MAX_FORM_BODY_BYTES): GuardResult {
  if (isSafeMethod(method)) return { ok: true };
  const length = headers.get("content-length");
  if (length === null) {
    if (headers.get("transfer-encoding") === null) return { ok: true }; // no body at all
    return { ok: false, status: 411, message: "Send the form again: its size was missing." };
  }
  const bytes = /^\d+$/.test(length.trim()) ? Number(length.trim()) : Number.NaN;
  if (!Number.isSafeInteger(bytes)) return { ok: false, status: 411, message: "Send the form again: its size could not be read." };
  if (bytes > limit) {
    const megabytes = Math.floor(limit / (1024 * 1024));
    return {
      ok: false,
      status: 413,
      message: `What you sent is too large: the limit is ${megabytes} MB in one go. Nothing has been saved. If you were uploading evidence, choose a file smaller than 10 MB.`,
    };
  }
  return { ok: true };
}
