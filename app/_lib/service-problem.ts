import "server-only";

import { redirect, unstable_rethrow } from "next/navigation";

// Pages and form actions that read or write the database send the resident to
// the service error page, drawn on the server, when that fails. Next.js draws
// error.tsx only in the browser, so without JavaScript a page that throws is
// a blank document: this is what keeps the failure readable for everyone.

export const SERVICE_PROBLEM_PATH = "/problem-with-the-service";

/** Only a path on this site, so the "Try again" link can never lead elsewhere. */
export function safeReturnPath(value: unknown): string {
  return typeof value === "string" && /^\/(?!\/)[A-Za-z0-9\-._~/]*$/.test(value) && value.length <= 200 ? value : "/";
}

export function serviceProblemPath(returnTo: string): string {
  return `${SERVICE_PROBLEM_PATH}?from=${encodeURIComponent(safeReturnPath(returnTo))}`;
}

/**
 * Runs `work`; if it fails (the database is down, say), logs why and sends the
 * browser to the service error page. Next.js's own redirects and not-found
 * answers pass through untouched.
 */
export async function orServiceProblem<T>(returnTo: string, what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    unstable_rethrow(error);
    console.error(`${what} failed; showing the service error page`, error);
    redirect(serviceProblemPath(returnTo));
  }
}
