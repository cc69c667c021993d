import { useLocale } from "next-intl";

import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";
import { localiseHref } from "./paths";

/** The page's locale, in server and browser components alike (next-intl's useLocale). */
export function useResidentLocale(): Locale {
  const locale = useLocale();
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/** A link's address in the page's locale (lib/i18n/paths.ts). */
export function useLocalisedHref(href: string): string {
  return localiseHref(useResidentLocale(), href);
}
