import { getEnv } from "../env";

// The client's address, for per-address limits and sign-in records
// (docs/OPERATIONS.md, "Load balancer and client addresses").
//
// Every proxy appends the address it saw to X-Forwarded-For, and so does the
// site's own server (lib/security/site-server.ts) and the dedicated API server:
// they add the address of the connection itself as the last entry. The
// client's address is therefore TRUSTED_PROXY_HOPS entries left of the last:
// with no proxy (0, the default) it is the connection's own address; behind one
// load balancer (1) it is the address the load balancer saw. Anything further
// left was written by the client and is never believed.

/** The X-Forwarded-For entries, left to right. */
export function forwardedFor(header: string | null | undefined): string[] {
  return (header ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
}

/** X-Forwarded-For with the connection's own address appended, as a proxy would. */
export function appendForwardedFor(header: string | string[] | undefined, connectionAddress: string | undefined): string {
  const entries = forwardedFor(Array.isArray(header) ? header.join(",") : header);
  entries.push(connectionAddress || "unknown");
  return entries.join(", ");
}

/** Picks the client's entry from a list whose last entry is the connection's address. */
export function pickClientAddress(entries: readonly string[], trustedProxyHops: number): string {
  const index = entries.length - 1 - trustedProxyHops;
  // Fewer entries than proxies: the request did not come through them all, so no entry can be trusted.
  return (index >= 0 ? entries[index] : undefined) || "unknown";
}

/** The client's address from the headers the site's server handed on (its own entry last). */
export function clientAddressFrom(headers: Headers, trustedProxyHops: number = getEnv().TRUSTED_PROXY_HOPS): string {
  return pickClientAddress(forwardedFor(headers.get("x-forwarded-for")), trustedProxyHops);
}
