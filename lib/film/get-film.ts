import { FILM_CHAPTERS, type FilmChapter } from "../content/film";
import { DOWNLOADS } from "../content/routes";
import manifest from "./film-manifest.json";

// The explainer film as the page needs it: the files, their size and length
// (measured by `npm run film:build` into film-manifest.json), and each
// chapter with its start time and its words for the transcript.

export type FilmChapterWithTime = FilmChapter & { startSeconds: number };

export type Film = {
  videoUrl: string;
  captionsUrl: string;
  chaptersUrl: string;
  posterUrl: string;
  durationSeconds: number;
  sizeBytes: number;
  width: number;
  height: number;
  chapters: FilmChapterWithTime[];
};

export function getFilm(): Film {
  return {
    videoUrl: DOWNLOADS.film,
    captionsUrl: DOWNLOADS.filmCaptions,
    chaptersUrl: DOWNLOADS.filmChapters,
    posterUrl: DOWNLOADS.filmPoster,
    durationSeconds: manifest.durationSeconds,
    sizeBytes: manifest.sizeBytes,
    width: manifest.width,
    height: manifest.height,
    chapters: FILM_CHAPTERS.map((chapter, index) => ({
      ...chapter,
      startSeconds: manifest.chapters[index]?.startSeconds ?? 0,
    })),
  };
}

export const FILM_MANIFEST = manifest;
