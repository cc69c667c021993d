// GET /staff/review/{decisionId}/evidence: the uploaded evidence file, for supervisors (audited)
import { readEvidenceFile } from "@/lib/review/decision-evidence";

import { requireStaff } from "../../../../_lib/staff-session";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ decisionId: string }> }): Promise<Response> {
  const staff = await requireStaff("review:decide", "open proxy evidence");
  const { decisionId } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(decisionId)) return new Response("Not found", { status: 404 });
  const file = await readEvidenceFile({ decisionId, viewer: staff.actor });
  if (!file) return new Response("Not found", { status: 404 });
  const safeName = file.fileName.replace(/[^\w.-]+/g, "_");
  return new Response(Buffer.from(file.content), {
    headers: {
      // Always a download, never rendered by the site: the file came from the public.
      "content-type": file.mediaType,
      "content-disposition": `attachment; filename="${safeName}"`,
      "x-content-type-options": "nosniff",
      "cache-control": "no-store",
      "content-security-policy": "sandbox",
    },
  });
}
