// Whether a request is the browser itself opening a page (an address typed, a
// link followed, a reload, a form posted without JavaScript), as opposed to
// Next.js's client router fetching a page's data (its RSC request) or a script
// or client fetching JSON or a file. Next.js answers forbidden() on the server
// with an empty document whose words are only in its client router's data
// (docs/decisions/025), so a refusal answered to the browser itself must be a
// whole page instead (app/(staff)/_lib/staff-session.ts).

type HeaderReader = { get(name: string): string | null };

export function isBrowserNavigation(headers: HeaderReader): boolean {
  // The client router's requests: it draws forbidden() itself, in the staff layout.
  if (headers.get("rsc") === "1" || headers.get("next-router-state-tree") !== null) return false;
  // Browsers since 2020-2023 say what the response is for; a navigation is a document.
  const destination = headers.get("sec-fetch-dest");
  if (destination) return destination === "document";
  // Older browsers: a navigation asks for HTML first; scripts and API clients ask for JSON or anything.
  return /^\s*text\/html\b/i.test(headers.get("accept") ?? "");
}
