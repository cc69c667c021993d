// The resident information pages: the same for every visitor, so the site's
// server renders each once and answers it from memory with a fresh CSP nonce
// per response (lib/security/page-cache.ts, docs/decisions/028-information-pages-rendered-once.md).
// Journeys (/choice, /check-your-choice, /nhs-login), staff pages, the contact
// form's answer and anything reading a cookie, a query or the database for one
// person are never listed here: they render per request as before.
//
// A page belongs here only if, for a GET with no query string and no cookies
// it reads, its HTML depends on nothing but the deployment (code, programme
// facts, SITE_URL) and: for the ones with maxAgeMs, the register's published
// figures (a minute late at most); for the ones with versionedBy, the register's
// data as it stands, which that version source changes with (read for every
// request, so a change shows at once and a database that cannot be read is never
// hidden behind a kept page).

import { ROUTES } from "../content/routes";
import { localiseHref } from "../i18n/paths";
import { PUBLISHED_LOCALES } from "../i18n/published";

/**
 * Put on an element of a page rendered in a degraded way (for example the
 * organisation list unavailable because the database could not be reached):
 * the site's server never keeps such a rendering for everybody.
 */
export const NOT_FOR_KEEPING = { "data-page-cache": "no" } as const;

/**
 * What a page shows of the register as it stands, read afresh for every request
 * (lib/organisations/organisation-list-version.ts: the organisation list's
 * version, changed by a trigger with every write, and the UTC day).
 */
export type VersionSource = "organisation-list";

export type InformationPage = {
  path: string;
  /**
   * Answered from memory only while this source's version, read for the
   * request, is the one the kept rendering was made at; when it cannot be read,
   * rendered per request.
   */
  versionedBy?: VersionSource;
  /**
   * How long a rendering is kept. Unset: for the life of the process (one
   * deployment). A page that shows the register's published figures is
   * rendered again after this.
   */
  maxAgeMs?: number;
};

/** A minute: new published figures show within this. */
export const REGISTER_DATA_MAX_AGE_MS = 60_000;

export const INFORMATION_PAGES: readonly InformationPage[] = [
  { path: ROUTES.home },
  { path: ROUTES.joinedUpRecord },
  { path: ROUTES.whatsInTheRecord },
  { path: ROUTES.whatsLeftOut },
  { path: ROUTES.whoCanSeeIt },
  { path: ROUTES.yourChoice },
  { path: ROUTES.isMyInformationSafe },
  // The participating organisations: an organisation staff add (or end, or anyone delete) shows at the
  // next request, and with the database down the page is rendered and says the list is unavailable rather
  // than showing an old one (e2e/organisations.spec.ts, e2e/faults.spec.ts).
  { path: ROUTES.whenItStarts, versionedBy: "organisation-list" },
  // Only the page itself: a posted call-back request is a POST, never answered from memory.
  { path: ROUTES.contact },
  { path: ROUTES.film },
  { path: ROUTES.accessibility },
  { path: ROUTES.privacy },
  { path: ROUTES.cookies },
  // The published figures (getPublishedFigures keeps them a few minutes anyway); ?month=... renders per request.
  { path: ROUTES.factsAndFigures, maxAgeMs: REGISTER_DATA_MAX_AGE_MS },
];

/**
 * The same pages in every published language (/bn/your-choice...): each language's rendering is kept
 * under its own address, on the same terms as the English (docs/decisions/030).
 */
export const LOCALISED_INFORMATION_PAGES: readonly InformationPage[] = PUBLISHED_LOCALES.flatMap((locale) =>
  INFORMATION_PAGES.map((page) => ({ ...page, path: localiseHref(locale, page.path) })),
);

const BY_PATH = new Map(LOCALISED_INFORMATION_PAGES.map((page) => [page.path, page]));

/** The information page at exactly this path (no query string, no trailing slash), or undefined. */
export function informationPageAt(pathname: string): InformationPage | undefined {
  return BY_PATH.get(pathname);
}
