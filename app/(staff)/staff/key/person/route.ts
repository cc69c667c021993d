// GET /staff/key/person?nhsNumber=...: the person's current state and latest decision, shown beside the
// NHS number while a caseworker keys a form (components/staff/nhs-number-live-check.tsx). Audited.
import { lookUpForKeying } from "@/lib/keying/keying-lookup";
import { parseNhsNumber } from "@/lib/nhs-number/nhs-number";

import { requireStaff } from "../../../_lib/staff-session";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const staff = await requireStaff("decision:key", "look up a person while keying");
  const parsed = parseNhsNumber(new URL(request.url).searchParams.get("nhsNumber") ?? "");
  const headers = { "cache-control": "no-store", "content-type": "application/json; charset=utf-8" };
  if (!parsed.ok) return new Response(JSON.stringify({ error: "Give a valid NHS number" }), { status: 400, headers });
  const found = await lookUpForKeying({ nhsNumber: parsed.nhsNumber, viewer: staff.actor });
  return new Response(JSON.stringify(found), { headers });
}
