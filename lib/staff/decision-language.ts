import { LANGUAGES, LOCALE_INFO, type Locale } from "../i18n/locales";

// The language a decision was made in, as the back office names it (issue #17, docs/decisions/030):
// staff pages stay English, so each language goes by its English name. NULL means nobody knows
// (legacy imports, and decisions recorded before the register kept it).

/** The keying form's "Language of the form" answers: every published locale, English first. */
export const KEYED_LANGUAGE_OPTIONS: readonly { value: Locale; label: string }[] = LANGUAGES.map((locale) => ({
  value: locale,
  label: LOCALE_INFO[locale].englishName,
}));

/** "Bengali", or "Not known" when the register has no language for the decision. */
export function decisionLanguageLabel(language: string | null | undefined): string {
  return language && (LANGUAGES as readonly string[]).includes(language) ? LOCALE_INFO[language as Locale].englishName : "Not known";
}
