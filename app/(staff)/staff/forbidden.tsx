import Link from "next/link";

// Rendered with status 403 when a signed-in member of staff asks for a page or
// action their role does not allow (the attempt is already audited).
export default function StaffForbidden() {
  return (
    <>
      <h1>You do not have permission to do this</h1>
      <p>Your role does not allow this page or action. Nothing has been changed, and the attempt has been recorded.</p>
      <p>If you need access, ask an admin.</p>
      <p><Link href="/staff">Go to the back office home page</Link></p>
    </>
  );
}
