// The security headers every response carries: pages, route handlers, static
// files (next.config.ts), the JSON API in the site and the dedicated API server
// (lib/api/node-server.ts). Pages also get a nonce CSP from proxy.ts.

/** Two years, as the HSTS preload list asks. Browsers ignore the header over plain http, so it is always sent. */
export const HSTS_MAX_AGE_SECONDS = 63_072_000;

/** Powerful features nobody on this site needs: all denied, for the page and anything it embeds. */
export const DENIED_FEATURES = [
  "accelerometer",
  "autoplay",
  "bluetooth",
  "camera",
  "display-capture",
  "encrypted-media",
  "geolocation",
  "gyroscope",
  "hid",
  "idle-detection",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
] as const;

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Strict-Transport-Security": `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains`,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": DENIED_FEATURES.map((feature) => `${feature}=()`).join(", "),
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  // Only this site may embed its responses (images, scripts, JSON) in its own pages.
  "Cross-Origin-Resource-Policy": "same-origin",
};

/** Personal data and staff pages: never kept by a browser or any cache on the way. */
export const NO_STORE = "no-store";

/** Paths whose answers are personal or staff-only, so every response is Cache-Control: no-store. */
export const NO_STORE_PATH_PREFIXES = ["/staff", "/choice", "/api/", "/fhir/"] as const;

export function isNoStorePath(pathname: string): boolean {
  return NO_STORE_PATH_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(prefix.endsWith("/") ? prefix : `${prefix}/`));
}

/** The site's address is https (a deployment), so cookies are Secure and http subresources are upgraded. */
export function isHttpsSite(siteUrl: string | undefined): boolean {
  return typeof siteUrl === "string" && siteUrl.toLowerCase().startsWith("https://");
}
