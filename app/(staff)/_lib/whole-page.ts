import type { NextRequest } from "next/server";

import { NO_STORE } from "@/lib/security/headers";

import { STAFF_ROUTES } from "./staff-session";

// Next.js draws forbidden() and notFound() thrown by a staff page on the
// server as an empty document whose words are only in the data for its client
// router, so a browser without JavaScript showed a blank page (docs/decisions/025
// and 032). The page the browser opened sends it to a route that answers with
// the same words drawn as an ordinary page (a ./message page, in the site's
// layout) and the right status. This is that answer.
export async function answerWholeStaffPage(request: NextRequest, messagePath: string, status: 403 | 404): Promise<Response> {
  // Fetched from this server itself on loopback, never from the request's
  // Host header: a forged Host would otherwise make the server fetch (and
  // hand back) a page from any address it can reach.
  const page = await fetch(new URL(messagePath, ownOrigin()), {
    headers: { cookie: request.headers.get("cookie") ?? "", accept: "text/html" },
    redirect: "manual",
    cache: "no-store",
  });
  // Signed out (or idle too long) meanwhile: the page's own redirect to sign-in.
  if (page.status !== 200) {
    return new Response(null, { status: 303, headers: { location: page.headers.get("location") ?? STAFF_ROUTES.signIn, "cache-control": NO_STORE } });
  }
  // The page's scripts carry the nonce of its own request; this response's policy has this request's (proxy.ts).
  const html = await page.text();
  const pageNonce = /\bnonce="([^"]+)"/.exec(html)?.[1];
  const nonce = request.headers.get("x-nonce");
  const body = pageNonce && nonce ? html.replaceAll(`nonce="${pageNonce}"`, `nonce="${nonce}"`) : html;
  return new Response(body, { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": NO_STORE } });
}

function ownOrigin(): string {
  // Set by the process that listens (scripts/serve-site.ts, and scripts/start.ts for next dev); never
  // guessed, or the staff member's cookie could go to whatever else listens on a default port.
  const port = Number(process.env.PORT);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error("PORT must be set to the port this site listens on");
  return `http://localhost:${port}`;
}
