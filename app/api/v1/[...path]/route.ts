// GET|POST /api/v1/*: the consent-check API (one person, a batch, the change feed, OpenAPI), mounted from lib/api
import { getSiteConsentApi } from "@/lib/api/site-api";
import { handleWebRequest } from "@/lib/api/web-adapter";

export const dynamic = "force-dynamic";

// Every method goes to the API, OPTIONS included (Next.js would otherwise answer it itself), so the
// site answers exactly as the dedicated server does: 405 with Allow for a method a path does not take.

function handle(request: Request): Promise<Response> {
  return handleWebRequest(getSiteConsentApi(), request);
}

export { handle as GET, handle as POST, handle as PUT, handle as PATCH, handle as DELETE, handle as HEAD, handle as OPTIONS };
