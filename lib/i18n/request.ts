import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";

import { TIME_ZONE } from "./icu";
import { DEFAULT_LOCALE, isLocale } from "./locales";
import { LOCALE_HEADER } from "./request-headers";


// next-intl's request configuration, without its routing: proxy.ts has already
// taken the prefix off the address (lib/i18n/paths.ts) and says which locale
// it was. Words come from lib/content/locales (typed per locale); next-intl
// gives every component the locale and formats dates in London time.
export default getRequestConfig(async () => {
  const requested = (await headers()).get(LOCALE_HEADER);
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return { locale, timeZone: TIME_ZONE, messages: {} };
});
