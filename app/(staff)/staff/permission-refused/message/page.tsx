import type { Metadata } from "next";

import { requireStaff } from "../../../_lib/staff-session";
import StaffForbidden from "../../forbidden";

export const metadata: Metadata = { title: "You do not have permission to do this" };

// The 403 page's words in the site's layout, drawn on the server. Only
// ../route.ts reads this, to answer a refused form posted without JavaScript
// with a whole page and status 403 (docs/decisions/025): Next.js draws
// forbidden() only in the browser, from the page's data.
export default async function PermissionRefusedMessagePage() {
  await requireStaff();
  return <StaffForbidden />;
}
