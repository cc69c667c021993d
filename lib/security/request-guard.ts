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

function hostOf(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

/**
 * CSRF: a state-changing request is accepted only from the site's own pages.
 * - Sec-Fetch-Site (every current browser sends it): must be "same-origin".
 * - Otherwise Origin: must name this site (the Host the request was sent to,
 *   as a load balancer forwards it, or the configured SITE_URL).
 * - Neither header: not a browser (browsers send Origin on every POST), so no
 *   victim's cookies can ride along; accepted. The bearer-key API is not
 *   routed through this check at all.
 */
export function checkOrigin(method: string, headers: GuardHeaders, siteUrl: string | undefined): GuardResult {
  if (isSafeMethod(method)) return { ok: true };
  const refused: GuardResult = {
    ok: false,
    status: 403,
    message: "This form was sent from another website, so it has not been accepted. Go back to the page on this site and try again.",
  };
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite !== null && fetchSite !== "same-origin") return refused;
  const origin = headers.get("origin");
  if (origin === null) return { ok: true };
  const originHost = hostOf(origin); // "null" (sandboxed or privacy-redirected) gives null
  if (!originHost) return refused;
  const allowed = new Set<string>();
  const forwardedHost = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = headers.get("host");
  if (forwardedHost) allowed.add(forwardedHost.toLowerCase());
  else if (host) allowed.add(host.toLowerCase());
  const siteHost = siteUrl ? hostOf(siteUrl) : null;
  if (siteHost) allowed.add(siteHost);
  return allowed.has(originHost) ? { ok: true } : refused;
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
