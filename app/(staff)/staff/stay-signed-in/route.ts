// GET /staff/stay-signed-in: "Stay signed in" (issue 16 point 3). A plain link,
// so it works without JavaScript: reading the session counts as using the back
// office (better-auth moves its last activity on), then the browser goes back
// to the staff page it came from. With JavaScript the warning asks for JSON
// and stays on the page. Signed out already: to sign-in.
import { getSessionIdleSeconds } from "@/lib/auth/auth-settings";

import { readStaffSession, STAFF_ROUTES } from "../../_lib/staff-session";

export const dynamic = "force-dynamic";

/** The staff page to go back to (from `return`, else the Referer's path), never another site. */
function returnPath(request: Request): string {
  const url = new URL(request.url);
  const candidates = [url.searchParams.get("return")];
  // Only the Referer's path is used, always on this site, so another site's address can never be the target.
  const referer = request.headers.get("referer");
  if (referer) {
    try {
      const from = new URL(referer);
      candidates.push(`${from.pathname}${from.search}`);
    } catch {
      // An unreadable Referer is ignored.
    }
  }
  const path = candidates.find((c) => c && /^\/staff(?:[/?]|$)/.test(c) && !c.includes("\\") && !c.startsWith("//") && !c.startsWith("/staff/stay-signed-in"));
  return path ?? STAFF_ROUTES.home;
}

export async function GET(request: Request): Promise<Response> {
  const session = await readStaffSession();
  const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
  const headers = { "cache-control": "no-store" };
  if (!session) {
    if (wantsJson) return Response.json({ signedIn: false }, { status: 401, headers });
    return new Response(null, { status: 303, headers: { ...headers, location: STAFF_ROUTES.signIn } });
  }
  if (wantsJson) return Response.json({ signedIn: true, idleSeconds: getSessionIdleSeconds() }, { headers });
  return new Response(null, { status: 303, headers: { ...headers, location: returnPath(request) } });
}
