// GET /api/health/live: liveness for load balancers: the process answers, without touching the database
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
