import { isResidentPath, localiseHref, splitLocale } from "./i18n/paths";

// Where the service error page is (app/_lib/service-problem.ts sends residents and staff there).

export const SERVICE_PROBLEM_PATH = "/problem-with-the-service";

/** Only a path on this site, so the "Try again" link can never lead elsewhere. */
export function safeReturnPath(value: unknown): string {
  return typeof value === "string" && /^\/(?!\/)[A-Za-z0-9\-._~/]*$/.test(value) && value.length <= 200 ? value : "/";
}

/** The service error page in the language of the page the resident was on (/bn/... → /bn/problem-with-the-service). */
export function serviceProblemPath(returnTo: string): string {
  const from = safeReturnPath(returnTo);
  const { locale, path, prefixed } = splitLocale(from);
  const page = prefixed && isResidentPath(path) ? localiseHref(locale, SERVICE_PROBLEM_PATH) : SERVICE_PROBLEM_PATH;
  return `${page}?from=${encodeURIComponent(from)}`;
}
