import type { ServiceErrorWords } from "../../../components/service-error";
import type { Locale } from "../../i18n/locales";
import { SERVICE_ERROR_PAGE as en } from "../errors";
import { SITE_TITLE as enTitle } from "../site";
import { SERVICE_ERROR_PAGE as bg } from "./bg/errors";
import { SITE_TITLE as bgTitle } from "./bg/site";
import { SERVICE_ERROR_PAGE as bn } from "./bn/errors";
import { SITE_TITLE as bnTitle } from "./bn/site";
import { SERVICE_ERROR_PAGE as enEasy } from "./en-easy/errors";
import { SITE_TITLE as enEasyTitle } from "./en-easy/site";
import { SERVICE_ERROR_PAGE as es } from "./es/errors";
import { SITE_TITLE as esTitle } from "./es/site";
import { SERVICE_ERROR_PAGE as so } from "./so/errors";
import { SITE_TITLE as soTitle } from "./so/site";
import { SERVICE_ERROR_PAGE as tr } from "./tr/errors";
import { SITE_TITLE as trTitle } from "./tr/site";

// The service error page's words in every language, on their own: the
// browser's error boundary (app/error.tsx) needs them without loading every
// page's content into the browser.

const WORDS: Partial<Record<Locale, ServiceErrorWords>> = {
  en: { page: en, siteTitle: enTitle },
  bn: { page: bn, siteTitle: bnTitle },
  bg: { page: bg, siteTitle: bgTitle },
  so: { page: so, siteTitle: soTitle },
  es: { page: es, siteTitle: esTitle },
  tr: { page: tr, siteTitle: trTitle },
  "en-easy": { page: enEasy, siteTitle: enEasyTitle },
};

export function serviceErrorWords(locale: Locale): ServiceErrorWords {
  return WORDS[locale] ?? WORDS.en!;
}
