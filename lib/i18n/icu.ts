import { IntlMessageFormat, type PrimitiveType } from "intl-messageformat";

import { LOCALE_INFO, type Locale } from "./locales";

// ICU messages for the words that change with a number or a date
// ("{days, plural, one {# working day} other {# working days}}"), formatted by
// the same library next-intl uses, in the locale's language and London's time
// zone. Content modules outside React (PDFs, emails) call this; React pages
// may use next-intl's own formatter, which gives the same answers.

export const TIME_ZONE = "Europe/London";

const inLondon = (options: Intl.DateTimeFormatOptions) => ({ ...options, timeZone: TIME_ZONE });

/** {d, date, long} and {t, time, short} in London time, whatever the server's own zone. */
const LONDON_FORMATS = {
  date: {
    short: inLondon({ day: "numeric", month: "numeric", year: "numeric" }),
    medium: inLondon({ day: "numeric", month: "short", year: "numeric" }),
    long: inLondon({ day: "numeric", month: "long", year: "numeric" }),
    full: inLondon({ weekday: "long", day: "numeric", month: "long", year: "numeric" }),
    monthYear: inLondon({ month: "long", year: "numeric" }),
  },
  time: {
    short: inLondon({ hour: "numeric", minute: "2-digit" }),
  },
};

const cache = new Map<string, IntlMessageFormat>();

/** The message formatted for the locale. A malformed message throws at its first use, which a test catches. */
export function icu(locale: Locale, message: string, values: Readonly<Record<string, PrimitiveType | Date>> = {}): string {
  const key = `${locale}\u0000${message}`;
  let format = cache.get(key);
  if (!format) {
    format = new IntlMessageFormat(message, LOCALE_INFO[locale].htmlLang, LONDON_FORMATS, { ignoreTag: true });
    cache.set(key, format);
  }
  const result = format.format(values as Record<string, PrimitiveType>);
  return Array.isArray(result) ? result.join("") : String(result);
}

/** A date in the locale's words, in London's time zone ({ dateStyle: "long" } by default). */
export function formatDate(locale: Locale, date: Date, options: Intl.DateTimeFormatOptions = { dateStyle: "long" }): string {
  return new Intl.DateTimeFormat(LOCALE_INFO[locale].htmlLang, { timeZone: TIME_ZONE, ...options }).format(date);
}
