import { forbidden } from "next/navigation";

import { requireStaff } from "../../_lib/staff-session";

// Where a refused server action sends the browser (the refusal is already
// audited by requireStaff): the 403 page, with or without JavaScript.
export default async function NotAllowedPage(): Promise<never> {
  await requireStaff();
  forbidden();
}
