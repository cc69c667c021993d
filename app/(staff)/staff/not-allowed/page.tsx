import { refuseAccess, requireStaff } from "../../_lib/staff-session";

// Where a refused server action sends the browser (the refusal is already
// audited by requireStaff): the 403 page, drawn by the client router, or as
// a whole page when the browser opens (or reloads) this address itself.
export default async function NotAllowedPage(): Promise<never> {
  await requireStaff();
  return refuseAccess();
}
