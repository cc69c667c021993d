import type { ServiceErrorWords } from "../../../components/service-error";
import type { Locale } from "../../i18n/locales";
import { SERVICE_ERROR_PAGE as en } from "../errors";
import { ERROR_MESSAGE_PREFIX as enPrefix, SITE_TITLE as enTitle } from "../site";
import { SERVICE_ERROR_PAGE as bg } from "./bg/errors";
import { ERROR_MESSAGE_PREFIX as bgPrefix, SITE_TITLE as bgTitle } from "./bg/site";
import { SERVICE_ERROR_PAGE as bn } from "./bn/errors";
import { ERROR_MESSAGE_PREFIX as bnPrefix, SITE_TITLE as bnTitle } from "./bn/site";
import { SERVICE_ERROR_PAGE as enEasy } from "./en-easy/errors";
import { ERROR_MESSAGE_PREFIX as enEasyPrefix, SITE_TITLE as enEasyTitle } from "./en-easy/site";
import { SERVICE_ERROR_PAGE as es } from "./es/errors";
import { ERROR_MESSAGE_PREFIX as esPrefix, SITE_TITLE as esTitle } from "./es/site";
import { SERVICE_ERROR_PAGE as so } from "./so/errors";
import { ERROR_MESSAGE_PREFIX as soPrefix, SITE_TITLE as soTitle } from "./so/site";
import { SERVICE_ERROR_PAGE as tr } from "./tr/errors";
import { ERROR_MESSAGE_PREFIX as trPrefix, SITE_TITLE as trTitle } from "./tr/site";

// The few words browser components need in every language, on their own:
// the service error page's (app/error.tsx, the browser's error boundary) and
// the hidden "Error: " before a field's error message (components/form-fields.tsx),
// without loading every page's content into the browser.

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

const ERROR_PREFIXES: Partial<Record<Locale, string>> = {
  en: enPrefix,
  bn: bnPrefix,
  bg: bgPrefix,
  so: soPrefix,
  es: esPrefix,
  tr: trPrefix,
  "en-easy": enEasyPrefix,
};

/** Read by screen readers before a field's error message, in the page's language. */
export function errorMessagePrefix(locale: Locale): string {
  return ERROR_PREFIXES[locale] ?? enPrefix;
}
