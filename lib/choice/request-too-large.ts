import { splitLocale } from "../i18n/paths";
import { STEP_REGISTRY } from "./steps/index";

// Without JavaScript a browser sends the chosen file whatever else the form
// says, so a proxy who picked a 12 MB scan and then "I will post a copy" sends
// more than the site reads (MAX_FORM_BODY_BYTES in lib/security/request-guard.ts).
// proxy.ts refuses such a body before reading it; for a journey question that
// takes a file it sends the browser back to that question (303, GET), which
// shows the step's own error (its whenRequestTooLarge) with the limit residents
// are told. With JavaScript the form never sends a file it does not need.

/** The `problem` search parameter the question's page reads. */
export const REQUEST_TOO_LARGE_PROBLEM = "too-large";

/** Where to send a plain form post that was too large to read, or null when it is not a journey question with a file. */
export function requestTooLargeRedirect(url: { pathname: string; searchParams: URLSearchParams }, headers: { get(name: string): string | null }): string | null {
  // A server action called by JavaScript (it sends this header) cannot follow a redirect to a page.
  if (headers.get("next-action") !== null) return null;
  // A question in any language (/bn/choice/opt-out/evidence) goes back to itself, in its language.
  const match = /^\/choice\/(opt-out|opt-in)\/([a-z-]+)$/.exec(splitLocale(url.pathname).path);
  if (!match || !STEP_REGISTRY.isStep(match[2]!) || !STEP_REGISTRY.get(match[2]!).whenRequestTooLarge) return null;
  const isChange = url.searchParams.get("change") === "1";
  return `${url.pathname}?problem=${REQUEST_TOO_LARGE_PROBLEM}${isChange ? "&change=1" : ""}`;
}
