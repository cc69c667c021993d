import type { Metadata } from "next";

import { Breadcrumb } from "@/components/breadcrumb";
import { FilmPlayer } from "@/components/film-player";
import { LocalLink } from "@/components/local-link";
import { formatClock } from "@/lib/content/film";
import { ROUTES } from "@/lib/content/routes";
import { getFilm } from "@/lib/film/get-film";
import { LOCALE_INFO } from "@/lib/i18n/locales";
import { PUBLISHED_LOCALES } from "@/lib/i18n/published";
import { getResidentContent } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { FILM_PAGE } = (await getResidentContent()).content.film;
  return { title: FILM_PAGE.title, description: FILM_PAGE.description };
}

/** The film's captions in a language: English as the film's build wrote them, the others on its timings (lib/film/captions.ts). */
function captionsUrl(locale: (typeof PUBLISHED_LOCALES)[number], englishUrl: string): string {
  return locale === "en" ? englishUrl : `${ROUTES.film}/captions/${locale}.vtt`;
}

function chaptersUrl(locale: (typeof PUBLISHED_LOCALES)[number], englishUrl: string): string {
  return locale === "en" ? englishUrl : `${ROUTES.film}/chapters/${locale}.vtt`;
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export default async function FilmPage() {
  const { locale, content } = await getResidentContent();
  const { FILM_PAGE, FILM_CHAPTERS, formatDuration } = content.film;
  const { GUIDE } = content.guide;
  const film = getFilm();
  // The page's own language first and on; every other language there to choose in the player.
  const captionLocales = [locale, ...PUBLISHED_LOCALES.filter((other) => other !== locale)];
  const captions = captionLocales.map((captionLocale) => ({
    url: captionsUrl(captionLocale, film.captionsUrl),
    srcLang: LOCALE_INFO[captionLocale].htmlLang,
    label: LOCALE_INFO[captionLocale].nativeName,
    isDefault: captionLocale === locale,
  }));
  // The transcript in the page's language, each chapter at the film's own time.
  const chapters = FILM_CHAPTERS.map((chapter, index) => ({ ...chapter, startSeconds: film.chapters[index]?.startSeconds ?? 0 }));
  return (
    <>
      <Breadcrumb
        items={[{ text: GUIDE.homeBreadcrumb, href: ROUTES.home }]}
        label={GUIDE.breadcrumbLabel}
        backToText={GUIDE.backTo}
      />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>{FILM_PAGE.title}</h1>
          <p className="nhsuk-lede-text">{FILM_PAGE.lede}</p>
          <FilmPlayer
            videoUrl={film.videoUrl}
            posterUrl={film.posterUrl}
            captions={captions}
            chapters={{ url: chaptersUrl(locale, film.chaptersUrl), srcLang: LOCALE_INFO[locale].htmlLang }}
            label={FILM_PAGE.videoLabel}
            chaptersLabel={FILM_PAGE.chaptersTrackLabel}
            fallback={FILM_PAGE.noVideoSupport}
            fallbackLinkText={FILM_PAGE.fallbackLinkText}
          />
          <p>
            {FILM_PAGE.lengthPrefix} {formatDuration(film.durationSeconds)}
          </p>
          <p>{FILM_PAGE.captionsHint}</p>

          <h2 id="chapters">{FILM_PAGE.chaptersHeading}</h2>
          <ol>
            {chapters.map((chapter, index) => (
              <li key={chapter.title}>
                <LocalLink href={`#transcript-chapter-${index + 1}`}>{chapter.title}</LocalLink> ({FILM_PAGE.chapterStartsAt}{" "}
                {formatClock(chapter.startSeconds)})
              </li>
            ))}
          </ol>

          <h2 id="download">{FILM_PAGE.downloadHeading}</h2>
          <ul>
            <li>
              <a href={film.videoUrl} download={FILM_PAGE.fileName}>
                {FILM_PAGE.downloadLinkText} (MP4, {formatMegabytes(film.sizeBytes)})
              </a>
            </li>
            <li>
              <a href={captionsUrl(locale, film.captionsUrl)} download>
                {FILM_PAGE.captionsDownloadText}
              </a>
            </li>
          </ul>

          <h2 id="transcript">{FILM_PAGE.transcriptHeading}</h2>
          {chapters.map((chapter, index) => (
            <section key={chapter.title} aria-labelledby={`transcript-chapter-${index + 1}`}>
              <h3 id={`transcript-chapter-${index + 1}`}>{chapter.title}</h3>
              {chapter.slides.map((slide) => (
                <p key={slide.heading}>{slide.cues.map((cue) => cue.text).join(" ")}</p>
              ))}
            </section>
          ))}
        </div>
      </div>
    </>
  );
}
