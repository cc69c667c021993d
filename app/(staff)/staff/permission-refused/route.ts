import type { NextRequest } from "next/server";

import { STAFF_ROUTES } from "../../_lib/staff-session";
import { answerWholeStaffPage } from "../../_lib/whole-page";

// Where a refused staff form posted WITHOUT JavaScript, and a refused page the
// browser opens itself (by its address, a link or a reload), are sent
// (requireStaff and refuseAccess, app/(staff)/_lib/staff-session.ts; the
// refusal is already audited and nothing was changed): the 403 page drawn as
// an ordinary page (./message), in the site's layout, with status 403
// (docs/decisions/025 and 032).
export async function GET(request: NextRequest): Promise<Response> {
  return answerWholeStaffPage(request, STAFF_ROUTES.permissionRefusedMessage, 403);
}
