import { isResidentPath, splitLocale } from "../i18n/paths";

// The route label of the HTTP metrics: the template a path matched, from a
// fixed list, never the path itself (paths carry NHS numbers, decision ids
// and file names). A path that matches none is "other", so the number of
// label values stays bounded whatever clients send.
// tests/metrics/route-templates.test.ts holds the lists to the app/ folder and
// the OpenAPI document: a new page or API operation without a template fails it.

/** Every path the consent-check API answers (lib/api/consent-api.ts), in both mounts. */
export const API_ROUTE_TEMPLATES = [
  "/api/v1/consent/check",
  "/api/v1/consent/changes",
  "/api/v1/consent/:nhsNumber",
  "/api/v1/openapi.json",
  "/fhir/metadata",
  "/fhir/Consent",
  "/fhir/Consent/:id",
] as const;

/** The dedicated API server's own paths besides the API. */
export const API_SERVER_TEMPLATES = [...API_ROUTE_TEMPLATES, "/api/health", "/metrics"] as const;

/** The site's pages and route handlers (app/, route groups left out), its static files and its own /metrics. */
export const SITE_ROUTE_TEMPLATES = [
  ...API_ROUTE_TEMPLATES,
  "/",
  "/accessibility",
  "/api/health",
  "/api/health/live",
  "/check-your-choice",
  "/check-your-choice/receipt.pdf",
  "/choice/:journey",
  "/choice/:journey/:step",
  "/contact",
  "/contact/call-back-requested",
  "/cookies",
  "/developers",
  "/dev/mail",
  "/downloads/information-left-out.csv",
  "/downloads/information-left-out.pdf",
  "/downloads/joined-up-record-leaflet-large-print.pdf",
  "/downloads/joined-up-record-leaflet.pdf",
  "/downloads/paper-form-large-print.pdf",
  "/downloads/paper-form.pdf",
  "/facts-and-figures",
  "/facts-and-figures/figures.csv",
  "/facts-and-figures/figures.json",
  "/film",
  "/film/captions/:file",
  "/film/chapters/:file",
  "/is-my-information-safe",
  "/joined-up-record",
  "/nhs-login/callback",
  "/nhs-login/problem/:problem",
  "/nhs-login/sign-out",
  "/nhs-login/start",
  "/privacy",
  "/problem-with-the-service",
  "/staff",
  "/staff/account",
  "/staff/api-clients",
  "/staff/api-clients/webhooks/:id",
  "/staff/audit",
  "/staff/audit/audit-log.csv",
  "/staff/change-password",
  "/staff/decisions/:decisionId",
  "/staff/enrol",
  "/staff/imports",
  "/staff/imports/:id",
  "/staff/imports/:id/commit",
  "/staff/imports/:id/rejected-rows.csv",
  "/staff/imports/upload",
  "/staff/key",
  "/staff/key/person",
  "/staff/stay-signed-in",
  "/staff/not-allowed",
  "/staff/organisations",
  "/staff/organisations/:id",
  "/staff/page-not-found",
  "/staff/page-not-found/message",
  "/staff/permission-refused",
  "/staff/permission-refused/message",
  "/staff/people",
  "/staff/people/:nhsNumber",
  "/staff/reports",
  "/staff/reports/decisions.csv",
  "/staff/review",
  "/staff/review/:decisionId",
  "/staff/review/:decisionId/evidence",
  "/staff/sign-in",
  "/staff/sign-in/code",
  "/staff/sso/callback",
  "/staff/sso/end-session",
  "/staff/sso/problem/:problem",
  "/staff/sso/signed-out",
  "/staff/sso/start",
  "/staff/staff-members",
  "/staff/tracing",
  "/staff/tracing/:decisionId",
  "/whats-in-the-record",
  "/whats-left-out",
  "/when-it-starts",
  "/who-can-see-it",
  "/your-choice",
  "/metrics",
  // Static files: one label per folder, whatever the file.
  "/_next/static/*",
  "/_next/image",
  "/_next/*",
  "/nhsuk/*",
  "/film/*",
  "/favicon.ico",
] as const;

export const OTHER_ROUTE = "other";

type CompiledTemplate = { template: string; segments: string[]; isPrefix: boolean; staticCount: number };

export type RouteMatcher = (pathname: string) => string;

/**
 * A matcher for a list of templates: ":name" matches one non-empty segment,
 * a final "*" any remainder (one or more segments). Where several match, the
 * one with the most literal segments wins (/api/v1/consent/check over
 * /api/v1/consent/:nhsNumber), then a whole match over a prefix.
 */
export function createRouteMatcher(templates: readonly string[]): RouteMatcher {
  const compiled: CompiledTemplate[] = templates.map((template) => {
    const segments = template.split("/");
    const isPrefix = segments.at(-1) === "*";
    if (isPrefix) segments.pop();
    return { template, segments, isPrefix, staticCount: segments.filter((s) => !s.startsWith(":")).length };
  });
  return (pathname) => {
    const segments = pathname.split("/");
    let best: CompiledTemplate | undefined;
    for (const candidate of compiled) {
      if (candidate.isPrefix ? segments.length <= candidate.segments.length : segments.length !== candidate.segments.length) continue;
      const isMatch = candidate.segments.every((part, i) => (part.startsWith(":") ? segments[i] !== "" : part === segments[i]));
      if (!isMatch || (candidate.isPrefix && segments.slice(candidate.segments.length).every((s) => s === ""))) continue;
      if (!best || candidate.staticCount > best.staticCount || (candidate.staticCount === best.staticCount && best.isPrefix && !candidate.isPrefix)) best = candidate;
    }
    return best?.template ?? OTHER_ROUTE;
  };
}

/** The path of a request target, without its query string. */
export function pathOf(target: string | undefined): string {
  const url = target ?? "/";
  const mark = url.indexOf("?");
  return mark === -1 ? url : url.slice(0, mark);
}

/**
 * The site's matcher: a page in another language counts under its English
 * template (/bn/your-choice is "/your-choice"), so the label values stay the
 * same list whatever the number of languages.
 */
export function createSiteRouteMatcher(): RouteMatcher {
  const match = createRouteMatcher(SITE_ROUTE_TEMPLATES);
  return (pathname) => {
    const { path, prefixed } = splitLocale(pathname);
    return match(prefixed && isResidentPath(path) ? path : pathname);
  };
}
