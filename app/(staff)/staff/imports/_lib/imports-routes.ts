export const IMPORTS_ROUTE = "/staff/imports";

/** A 303 to a page of this site: the browser follows it with a GET. */
export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });
}
