"use client";

import { LOCALE_INFO, type Locale } from "@/lib/i18n/locales";
import { localiseHref } from "@/lib/i18n/paths";
import { useResidentPath } from "@/lib/i18n/use-resident-path";

type LanguageLinksProps = {
  /** The page's own locale, marked as the current one. */
  current: Locale;
  /** The locales this page is published in. */
  locales: readonly Locale[];
  /** The page's address without a language prefix ("/your-choice"), as the server rendered it (useResidentPath). */
  path: string;
  /** The list's accessible name, in the page's language. */
  label: string;
};

/**
 * The same page in every language, each named in itself (বাংলা, Español...)
 * and marked with its own language so screen readers pronounce it properly.
 * Plain links: changing language loads the page afresh, in that language.
 */
export function LanguageLinks({ current, locales, path: serverPath, label }: LanguageLinksProps) {
  const path = useResidentPath(serverPath);
  return (
    <nav className="app-language-links" aria-label={label}>
      <div className="nhsuk-width-container">
        <ul className="app-language-links__list">
          {locales.map((locale) => {
            const info = LOCALE_INFO[locale];
            return (
              <li className="app-language-links__item" key={locale}>
                {locale === current ? (
                  <a className="app-language-links__link" href={localiseHref(locale, path)} aria-current="page" lang={info.htmlLang}>
                    {info.nativeName}
                  </a>
                ) : (
                  <a className="app-language-links__link" href={localiseHref(locale, path)} lang={info.htmlLang} hrefLang={info.hreflang}>
                    {info.nativeName}
                  </a>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </nav>
  );
}

type TranslationNoticeProps = {
  /** The notice in the page's language, then in English; no English copy when the page is already English (Easy Read). */
  notice: { text: string; englishLink: string };
  english: { text: string; englishLink: string } | null;
  /** The English page's address, as the server rendered it (useResidentPath). */
  englishHref: string;
};

/** On every page of a translation no qualified translator has checked yet: said in its language and in English. */
export function TranslationNotice({ notice, english, englishHref: serverHref }: TranslationNoticeProps) {
  const englishHref = useResidentPath(serverHref);
  return (
    <div className="nhsuk-inset-text nhsuk-u-margin-top-0" data-testid="translation-notice">
      <p className="nhsuk-body-s">
        {notice.text} <a href={englishHref} hrefLang="en-GB">{notice.englishLink}</a>
      </p>
      {english ? (
        <p className="nhsuk-body-s" lang="en-GB">
          {english.text} <a href={englishHref} hrefLang="en-GB">{english.englishLink}</a>
        </p>
      ) : null}
    </div>
  );
}
