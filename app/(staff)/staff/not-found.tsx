import Link from "next/link";

// Drawn with status 404 when a staff page names something that does not exist
// (an unknown decision, person, organisation, import or webhook), or a staff
// address that is no page.
export default function StaffNotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>There is nothing at this address. It may name a decision, person or record that does not exist, or the address may be mistyped.</p>
      <p>Find a decision by its reference, or a person by their NHS number, from the back office home page.</p>
      <p><Link href="/staff">Go to the back office home page</Link></p>
    </>
  );
}
