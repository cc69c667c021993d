import "server-only";

import { NextResponse } from "next/server";

/**
 * A 303 to a path on this site, as a relative Location: next start reports
 * its own host as "localhost" in request.nextUrl, so an absolute address
 * built from it would send a browser on 127.0.0.1 (or a public name) away
 * from its cookies.
 */
export function seeOther(location: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { location, "cache-control": "no-store" } });
}

/** The origin the browser used (its Host header), for the local provider's loopback callback. */
export function browserOrigin(request: Request & { nextUrl: URL }): string | undefined {
  const host = request.headers.get("host");
  return host ? `${request.nextUrl.protocol}//${host}` : undefined;
}
