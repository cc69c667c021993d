import type { Metadata } from "next";

import { requireStaff } from "../../../_lib/staff-session";
import StaffNotFound from "../../not-found";

export const metadata: Metadata = { title: "Page not found" };

// The staff not-found page's words in the site's layout, drawn on the server.
// Only ../route.ts reads this, to answer a page the browser opened for
// something that does not exist with a whole page and status 404.
export default async function PageNotFoundMessagePage() {
  await requireStaff();
  return <StaffNotFound />;
}
