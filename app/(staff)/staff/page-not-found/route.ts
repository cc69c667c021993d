import type { NextRequest } from "next/server";

import { STAFF_ROUTES } from "../../_lib/staff-session";
import { answerWholeStaffPage } from "../../_lib/whole-page";

// Where a staff page the browser opened itself sends it when what it names does
// not exist (an unknown decision, person, organisation, import or webhook:
// staffNotFound, app/(staff)/_lib/staff-session.ts): the not-found words drawn
// as an ordinary page (./message), in the site's layout, with status 404
// (docs/decisions/032). Next.js draws notFound() only in the browser.
export async function GET(request: NextRequest): Promise<Response> {
  return answerWholeStaffPage(request, STAFF_ROUTES.pageNotFoundMessage, 404);
}
