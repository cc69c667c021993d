import { readFileSync, statSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { FILM_CHAPTERS } from "../content/film";
import { filmScriptHash } from "./film-script-hash";
import { FILM_MANIFEST, getFilm } from "./get-film";

const PUBLIC = path.resolve(import.meta.dirname, "..", "..", "public");

describe("the committed explainer film", () => {
  it("was built from the script as it is now (run `npm run film:build` after changing lib/content/film.ts)", () => {
    expect(FILM_MANIFEST.scriptHash).toBe(filmScriptHash());
  });

  it("is a playable length and small enough to commit", () => {
    const film = getFilm();
    expect(film.durationSeconds).toBeGreaterThanOrEqual(60);
    expect(film.durationSeconds).toBeLessThanOrEqual(180);
    const size = statSync(path.join(PUBLIC, film.videoUrl)).size;
    expect(size).toBe(film.sizeBytes);
    expect(size).toBeLessThan(10 * 1024 * 1024);
  });

  it("has captions with every line of the script, in order, and a chapter for each chapter", () => {
    const film = getFilm();
    const captions = readFileSync(path.join(PUBLIC, film.captionsUrl), "utf8");
    expect(captions.startsWith("WEBVTT")).toBe(true);
    const captionText = captions
      .split(/\r?\n\r?\n/)
      .slice(1)
      .map((cue) => cue.split("\n").slice(2).join(" "))
      .join(" ");
    const script = FILM_CHAPTERS.flatMap((chapter) => chapter.slides.flatMap((slide) => slide.cues.map((cue) => cue.text))).join(" ");
    expect(captionText.replace(/\s+/g, " ").trim()).toBe(script);

    const chapters = readFileSync(path.join(PUBLIC, film.chaptersUrl), "utf8");
    for (const chapter of FILM_CHAPTERS) expect(chapters).toContain(chapter.title);
    const starts = film.chapters.map((chapter) => chapter.startSeconds);
    expect(starts[0]).toBe(0);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });
});
