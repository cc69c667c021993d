import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { FILM_CHAPTERS } from "../content/film";
import { DOWNLOADS } from "../content/routes";
import { parseVttTime } from "./caption-parts";
import { CONTENT as BENGALI } from "../content/locales/bn";
import { scriptLineSpans, translatedCaptionsVtt, translatedChaptersVtt } from "./captions";

function cuesOf(vtt: string): { start: number; end: number; text: string }[] {
  return vtt
    .trim()
    .split(/\n\n/)
    .slice(1)
    .map((block) => {
      const [, timing, ...text] = block.split("\n");
      const [start, end] = timing!.split(" --> ").map(parseVttTime);
      return { start: start!, end: end!, text: text.join("\n") };
    });
}

const englishVtt = readFileSync(path.join(import.meta.dirname, "..", "..", "public", DOWNLOADS.filmCaptions), "utf8");

describe("the film's captions in other languages", () => {
  it("rebuilds the English captions from the script and the English timings (to the millisecond's rounding)", () => {
    const rebuilt = cuesOf(translatedCaptionsVtt(FILM_CHAPTERS, scriptLineSpans(englishVtt)));
    const original = cuesOf(englishVtt);
    expect(rebuilt.map((cue) => cue.text)).toEqual(original.map((cue) => cue.text));
    rebuilt.forEach((cue, index) => {
      expect(Math.abs(cue.start - original[index]!.start)).toBeLessThanOrEqual(0.002);
      expect(Math.abs(cue.end - original[index]!.end)).toBeLessThanOrEqual(0.002);
    });
  });

  it("shows each translated line for the time its English line is on screen", () => {
    const spans = scriptLineSpans(englishVtt);
    const translated = FILM_CHAPTERS.map((chapter) => ({
      ...chapter,
      slides: chapter.slides.map((slide) => ({ ...slide, cues: slide.cues.map((cue, index) => ({ text: `Línea ${index + 1}: ${cue.text.length} letras` })) })),
    }));
    const vtt = translatedCaptionsVtt(translated, spans);
    const cues = vtt.split("\n\n").slice(1).filter(Boolean);
    expect(cues).toHaveLength(spans.length);
    expect(cues[0]).toContain("Línea 1");
    expect(cues[0]).toContain("00:00:00.600 -->");
  });

  it("refuses a translation with a line missing", () => {
    const spans = scriptLineSpans(englishVtt);
    const short = FILM_CHAPTERS.map((chapter, index) => (index === 0 ? { ...chapter, slides: chapter.slides.slice(1) } : chapter));
    expect(() => translatedCaptionsVtt(short, spans)).toThrow(/lines; the film has/);
  });
});

describe("the film's chapters in other languages", () => {
  const englishChapters = readFileSync(path.join(import.meta.dirname, "..", "..", "public", DOWNLOADS.filmChapters), "utf8");

  it("rebuilds the English chapters track exactly from the English titles", () => {
    expect(translatedChaptersVtt(FILM_CHAPTERS, englishChapters).trim()).toBe(englishChapters.trim());
  });

  it("titles each chapter in the language, at the English chapter's times and ids", () => {
    const bengali = cuesOf(translatedChaptersVtt(BENGALI.film.FILM_CHAPTERS, englishChapters));
    const english = cuesOf(englishChapters);
    expect(bengali.map((cue) => cue.text)).toEqual(BENGALI.film.FILM_CHAPTERS.map((chapter) => chapter.title));
    expect(bengali.map((cue) => [cue.start, cue.end])).toEqual(english.map((cue) => [cue.start, cue.end]));
  });

  it("refuses a translation with a chapter missing", () => {
    expect(() => translatedChaptersVtt(FILM_CHAPTERS.slice(1), englishChapters)).toThrow(/chapters; the translated script has/);
  });
});
