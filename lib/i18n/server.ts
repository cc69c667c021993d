import { getLocale } from "next-intl/server";

import { contentFor } from "../content/locales";
import type { SiteContent } from "../content/locales/site-content";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";

/** The locale of the page being rendered (from its address, through next-intl: lib/i18n/request.ts). */
export async function getResidentLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/** The page's locale and everything a resident reads in it. */
export async function getResidentContent(): Promise<{ locale: Locale; content: SiteContent }> {
  const locale = await getResidentLocale();
  return { locale, content: contentFor(locale) };
}
