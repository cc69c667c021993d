import type { Metadata } from "next";

import { Breadcrumb } from "@/components/breadcrumb";
import { FilmPlayer } from "@/components/film-player";
import { FILM_PAGE, formatClock, formatDuration } from "@/lib/content/film";
import { GUIDE } from "@/lib/content/guide";
import { ROUTES } from "@/lib/content/routes";
import { getFilm } from "@/lib/film/get-film";

export const metadata: Metadata = { title: FILM_PAGE.title, description: FILM_PAGE.description };

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export default function FilmPage() {
  const film = getFilm();
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
            captionsUrl={film.captionsUrl}
            chaptersUrl={film.chaptersUrl}
            label={FILM_PAGE.videoLabel}
            captionsLabel={FILM_PAGE.captionsLabel}
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
            {film.chapters.map((chapter, index) => (
              <li key={chapter.title}>
                <a href={`#transcript-chapter-${index + 1}`}>{chapter.title}</a> ({FILM_PAGE.chapterStartsAt}{" "}
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
              <a href={film.captionsUrl} download>
                {FILM_PAGE.captionsDownloadText}
              </a>
            </li>
          </ul>

          <h2 id="transcript">{FILM_PAGE.transcriptHeading}</h2>
          {film.chapters.map((chapter, index) => (
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
