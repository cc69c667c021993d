import { readFileSync } from "node:fs";
import path from "node:path";

import { FILM_CHAPTERS, type FilmChapter } from "../content/film";
import { DOWNLOADS } from "../content/routes";
import type { Localised } from "../i18n/localised";
import { captionParts, parseVttTime, vttTime } from "./caption-parts";

// The film's captions in every language. The film is narrated in English and
// its English captions are timed to the narration by `npm run film:build`.
// Each line of the script (a cue) keeps the same time on screen in every
// language: the English captions say when each cue starts and ends, and the
// translated cue is shown for exactly that time, split the same way when long.

type Span = { start: number; end: number };

/** The English captions' own cues, as written by the film's build. */
function readEnglishCaptions(vtt: string): Span[] {
  return vtt
    .split(/\r?\n\r?\n/)
    .slice(1)
    .filter((block) => block.includes("-->"))
    .map((block) => {
      const timing = block.split("\n").find((line) => line.includes("-->"))!;
      const [start, end] = timing.split("-->").map((part) => parseVttTime(part.trim().split(" ")[0]!));
      return { start: start!, end: end! };
    });
}

/** When each line of the script is on screen: its English caption parts, joined. */
export function scriptLineSpans(englishVtt: string, chapters: readonly FilmChapter[] = FILM_CHAPTERS): Span[] {
  const parts = readEnglishCaptions(englishVtt);
  const spans: Span[] = [];
  let next = 0;
  for (const chapter of chapters) {
    for (const slide of chapter.slides) {
      for (const cue of slide.cues) {
        const count = captionParts(cue.text).length;
        const mine = parts.slice(next, next + count);
        if (mine.length !== count) throw new Error("The film's English captions do not match its script: run `npm run film:build`.");
        spans.push({ start: mine[0]!.start, end: mine.at(-1)!.end });
        next += count;
      }
    }
  }
  if (next !== parts.length) throw new Error("The film's English captions have more lines than its script: run `npm run film:build`.");
  return spans;
}

/** A WebVTT caption track of the translated script, line for line on the English timings. */
export function translatedCaptionsVtt(chapters: Localised<readonly FilmChapter[]>, spans: readonly Span[]): string {
  const lines = chapters.flatMap((chapter) => chapter.slides.flatMap((slide) => slide.cues.map((cue) => cue.text)));
  if (lines.length !== spans.length) throw new Error(`The translated film script has ${lines.length} lines; the film has ${spans.length}.`);
  const blocks: string[] = ["WEBVTT", ""];
  let number = 0;
  lines.forEach((line, index) => {
    const span = spans[index]!;
    const parts = captionParts(line);
    const total = parts.reduce((sum, part) => sum + part.length, 0);
    let start = span.start;
    for (const part of parts) {
      const end = start + ((span.end - span.start) * part.length) / total;
      number += 1;
      blocks.push(String(number), `${vttTime(start)} --> ${vttTime(end)}`, part, "");
      start = end;
    }
  });
  return blocks.join("\n");
}

/**
 * A WebVTT chapters track in a language: the English chapters track's cues (their ids and times, from the
 * film's build), each titled with the translated chapter's title.
 */
export function translatedChaptersVtt(chapters: Localised<readonly FilmChapter[]>, englishChaptersVtt: string): string {
  const cues = englishChaptersVtt
    .split(/\r?\n\r?\n/)
    .slice(1)
    .map((block) => block.trim().split(/\r?\n/))
    .filter((lines) => lines.some((line) => line.includes("-->")));
  if (cues.length !== chapters.length) throw new Error(`The film has ${cues.length} chapters; the translated script has ${chapters.length}.`);
  const blocks: string[] = ["WEBVTT", ""];
  cues.forEach((lines, index) => {
    const timing = lines.findIndex((line) => line.includes("-->"));
    blocks.push(...lines.slice(0, timing + 1), chapters[index]!.title, "");
  });
  return blocks.join("\n");
}

let englishChapters: string | undefined;

/** The English chapters track as committed (public/film), read once. */
export function committedChaptersVtt(): string {
  englishChapters ??= readFileSync(path.join(process.cwd(), "public", DOWNLOADS.filmChapters), "utf8");
  return englishChapters;
}

let englishSpans: Span[] | undefined;

/** The spans of the film as committed (public/film), read once. */
export function committedScriptLineSpans(): Span[] {
  englishSpans ??= scriptLineSpans(readFileSync(path.join(process.cwd(), "public", DOWNLOADS.filmCaptions), "utf8"));
  return englishSpans;
}
