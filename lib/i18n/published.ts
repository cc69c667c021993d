import { PSEUDO_LOCALE, type Locale } from "./locales";

/**
 * The locales the site is published in: those whose translation of every
 * module is complete (lib/content/locales/index.ts holds their content, and a
 * test checks the two lists agree). Kept apart from the content so proxy.ts
 * can route by it without loading every page's words.
 */
export const PUBLISHED_LOCALES: readonly Locale[] = ["en", "bn", "bg", "so", "es", "tr", "en-easy"];

export function isPublished(locale: Locale): boolean {
  return PUBLISHED_LOCALES.includes(locale);
}

/**
 * Whether addresses in the locale are served: a published locale, or the pseudo-locale when
 * PSEUDO_LOCALE=on (layout tests; lib/env.ts refuses it outside the local demo and tests).
 */
export function isServed(locale: Locale): boolean {
  return isPublished(locale) || (locale === PSEUDO_LOCALE && process.env.PSEUDO_LOCALE === "on");
}
