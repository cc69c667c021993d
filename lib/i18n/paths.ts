import { DEFAULT_LOCALE, LOCALE_INFO, LOCALES, type Locale } from "./locales";

// Addresses in every language: English at /your-choice, Bengali at
// /bn/your-choice. proxy.ts takes the prefix off before Next.js routes the
// request (and says which locale it was); links put it back on.

/** Paths that belong to residents and so exist in every language. Everything else (staff, API, files) is English-only or language-free. */
const NOT_RESIDENT = /^\/(staff|developers|api|fhir|nhsuk|_next|film\/joined-up-record-film|favicon\.ico|robots\.txt|metrics)(\/|$|\.)/;

export function isResidentPath(path: string): boolean {
  return path.startsWith("/") && !path.startsWith("//") && !NOT_RESIDENT.test(path);
}

const PREFIXED = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);

/** The locale an address is in, and the address without its prefix. "/bn/your-choice" → bn, "/your-choice". */
export function splitLocale(pathname: string): { locale: Locale; path: string; prefixed: boolean } {
  for (const locale of PREFIXED) {
    const prefix = LOCALE_INFO[locale].prefix;
    if (pathname === prefix) return { locale, path: "/", prefixed: true };
    if (pathname.startsWith(`${prefix}/`)) return { locale, path: pathname.slice(prefix.length), prefixed: true };
  }
  return { locale: DEFAULT_LOCALE, path: pathname, prefixed: false };
}

/**
 * A link's address in the locale: internal resident paths gain the locale's
 * prefix ("/your-choice#how" → "/bn/your-choice#how"); anything else (other
 * sites, mailto:, tel:, fragments, staff and API paths) is returned as it is.
 */
export function localiseHref(locale: Locale, href: string): string {
  const prefix = LOCALE_INFO[locale].prefix;
  if (!prefix || !isResidentPath(href)) return href;
  if (href === "/") return prefix;
  if (href.startsWith("/?") || href.startsWith("/#")) return `${prefix}${href.slice(1)}`;
  return `${prefix}${href}`;
}

/**
 * A resident page's full public address in the locale, for what is read away from the site (emails,
 * printed PDFs): the site's address without its trailing slash, then the localised path; the home page
 * has no trailing slash ("https://…" in English, "https://…/bn" in Bengali).
 */
export function absoluteHref(siteUrl: string, locale: Locale, href: string): string {
  const base = siteUrl.replace(/\/+$/, "");
  const local = localiseHref(locale, href);
  return local === "/" ? base : `${base}${local}`;
}

/**
 * A resident page's address without its prefix, from the client router's address, or `fallback` (the
 * address the server rendered) when the router has none or it is not a resident page. The router may
 * report the address in the browser (/tr/choice/...) or the one proxy.ts rewrote it to (/choice/...):
 * taking any prefix off gives the same either way.
 */
export function residentPathOf(pathname: string | null | undefined, fallback: string): string {
  if (!pathname) return fallback;
  const { path } = splitLocale(pathname);
  return isResidentPath(path) ? path : fallback;
}
