// Cross-site request forgery: the upload and commit routes are plain route
// handlers (not server actions, which Next.js checks itself), so each refuses a
// POST whose Origin is not this site's own. Browsers send Origin on every
// cross-origin POST and on same-origin form posts; a request without one, or
// with "null" (sandboxed frames, some redirects), is refused too.

/**
 * True when the request's Origin header names this site: the host the request
 * was sent to (as Next.js compares for server actions; `x-forwarded-host` when
 * behind a proxy) or the configured public address.
 */
export function isSameOriginPost(headers: Headers, siteUrl?: string): boolean {
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return false;
  if (siteUrl) {
    try {
      if (parsed.origin === new URL(siteUrl).origin) return true;
    } catch {
      // An unparseable site address matches nothing.
    }
  }
  const host = (headers.get("x-forwarded-host") ?? headers.get("host") ?? "").split(",")[0]!.trim().toLowerCase();
  return host !== "" && parsed.host.toLowerCase() === host;
}
