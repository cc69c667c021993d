import "server-only";

import { redirect, unstable_rethrow } from "next/navigation";

// Pages and form actions that read or write the database send the resident to
// the service error page, drawn on the server, when that fails. Next.js draws
// error.tsx only in the browser, so without JavaScript a page that throws is
// a blank document: this is what keeps the failure readable for everyone.

export { safeReturnPath, SERVICE_PROBLEM_PATH, serviceProblemPath } from "@/lib/service-problem-path";
import { serviceProblemPath } from "@/lib/service-problem-path";

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
