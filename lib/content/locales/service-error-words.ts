import type { ServiceErrorWords } from "../../../components/service-error";
import type { Locale } from "../../i18n/locales";
import { SERVICE_ERROR_PAGE as en } from "../errors";
import { SITE_TITLE as enTitle } from "../site";

// The service error page's words in every language, on their own: the
// browser's error boundary (app/error.tsx) needs them without loading every
// page's content into the browser.

const WORDS: Partial<Record<Locale, ServiceErrorWords>> = {
  en: { page: en, siteTitle: enTitle },
};

export function serviceErrorWords(locale: Locale): ServiceErrorWords {
  return WORDS[locale] ?? WORDS.en!;
}
