// The languages and formats residents can read this site in (issue #17, ADR 030).
// English is the source and lives at the unprefixed addresses (/your-choice);
// every other locale is the same address behind its prefix (/bn/your-choice).

export const LOCALES = ["en", "bn", "bg", "so", "es", "tr", "en-easy", "en-XA"] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = "en";

export type LocaleInfo = {
  /** The BCP 47 tag for <html lang>, the PDFs' /Lang and Intl formatting. */
  htmlLang: string;
  /** The hreflang of the alternate link, or undefined where it would repeat another (Easy Read is English). */
  hreflang?: string;
  /** The language's name in itself, as the header's language link shows it. */
  nativeName: string;
  /** Its name in English, for staff pages and the English review notice. */
  englishName: string;
  /** The address prefix ("" for English). */
  prefix: string;
};

export const LOCALE_INFO: Readonly<Record<Locale, LocaleInfo>> = {
  en: { htmlLang: "en-GB", hreflang: "en-GB", nativeName: "English", englishName: "English", prefix: "" },
  bn: { htmlLang: "bn", hreflang: "bn", nativeName: "বাংলা", englishName: "Bengali", prefix: "/bn" },
  bg: { htmlLang: "bg", hreflang: "bg", nativeName: "Български", englishName: "Bulgarian", prefix: "/bg" },
  so: { htmlLang: "so", hreflang: "so", nativeName: "Soomaali", englishName: "Somali", prefix: "/so" },
  es: { htmlLang: "es", hreflang: "es", nativeName: "Español", englishName: "Spanish", prefix: "/es" },
  tr: { htmlLang: "tr", hreflang: "tr", nativeName: "Türkçe", englishName: "Turkish", prefix: "/tr" },
  "en-easy": { htmlLang: "en-GB", nativeName: "Easy Read", englishName: "Easy Read English", prefix: "/en-easy" },
  // A pseudo-locale for layout tests only: English with every word 40% longer and accented
  // (lib/content/locales/pseudo.ts). Served only with PSEUDO_LOCALE=on, which the site refuses
  // outside the local demo and tests; never offered in the language links.
  "en-XA": { htmlLang: "en-XA", nativeName: "Ƥšéûðö", englishName: "Pseudo-locale (layout tests)", prefix: "/en-xa" },
};

/** The pseudo-locale, for checking layouts take longer words (issue #17 point 7). */
export const PSEUDO_LOCALE: Locale = "en-XA";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
