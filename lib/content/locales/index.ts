import { PSEUDO_LOCALE, type Locale } from "../../i18n/locales";
import { CONTENT as bg } from "./bg";
import { CONTENT as bn } from "./bn";
import { CONTENT as en } from "./en";
import { CONTENT as enEasy } from "./en-easy";
import { CONTENT as es } from "./es";
import { CONTENT as so } from "./so";
import { CONTENT as tr } from "./tr";
import { pseudoContent } from "./pseudo";
import type { SiteContent } from "./site-content";

// Every locale's content. A locale appears here once its translation of every
// module is complete (its index.ts typed SiteContent): the compiler then
// refuses it if any word is missing, and the site publishes it.

const CONTENT_BY_LOCALE: Partial<Record<Locale, SiteContent>> = { en, bn, bg, so, es, tr, "en-easy": enEasy };

/** The locales with content here (lib/i18n/published.ts lists the same ones for proxy.ts). */
export const LOCALES_WITH_CONTENT: readonly Locale[] = Object.keys(CONTENT_BY_LOCALE) as Locale[];

/** Everything a resident reads, in the locale: English for a locale not published (proxy.ts never routes one). */
export function contentFor(locale: Locale): SiteContent {
  if (locale === PSEUDO_LOCALE) return (pseudo ??= pseudoContent(en));
  return CONTENT_BY_LOCALE[locale] ?? en;
}

let pseudo: SiteContent | undefined;
