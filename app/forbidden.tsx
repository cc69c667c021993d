import type { Metadata } from "next";

import StaffForbidden from "./(staff)/staff/forbidden";

// The 403 page as the server draws it. A forbidden() below the root is drawn
// into the HTML from the root's boundary, so without this file a 403 reached
// without JavaScript (a refused staff action posted as a plain form) was a
// blank page; the nested app/(staff)/staff/forbidden.tsx is what the browser's
// router shows when JavaScript runs. Only staff pages call forbidden().
export const metadata: Metadata = { title: "You do not have permission to do this", robots: { index: false, follow: false } };

export default StaffForbidden;
