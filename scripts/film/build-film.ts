// Builds the explainer film from lib/content/film.ts (run through build-film.sh,
// which checks the tools first):
//   1. each slide drawn as HTML in the site's colours, screenshotted by Chromium;
//   2. each line of narration spoken by espeak-ng into a WAV;
//   3. the narration joined with pauses, which gives every line and slide its time;
//   4. captions (WebVTT) and chapters (WebVTT) written from those times;
//   5. ffmpeg shows each slide for its time over the narration: H.264 + AAC MP4.
// Output: public/film/* and lib/film/film-manifest.json. Deterministic for the same script.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { chromium } from "@playwright/test";

import { FILM_CHAPTERS, type FilmCue } from "@/lib/content/film";
import { DOWNLOADS } from "@/lib/content/routes";
import { captionParts, vttTime } from "@/lib/film/caption-parts";
import { filmScriptHash } from "@/lib/film/film-script-hash";
import { PROJECT_ROOT } from "../support/run-script";
import { slideHtml } from "./slide-html";

const VOICE = "en-gb";
const WORDS_PER_MINUTE = 150;
const PAUSE = { start: 0.6, betweenCues: 0.45, betweenSlides: 0.9, end: 1.6 };
const MAX_BYTES = 10 * 1024 * 1024;

const publicPath = (href: string) => path.join(PROJECT_ROOT, "public", href);
const OUTPUT = {
  video: publicPath(DOWNLOADS.film),
  captions: publicPath(DOWNLOADS.filmCaptions),
  chapters: publicPath(DOWNLOADS.filmChapters),
  poster: publicPath(DOWNLOADS.filmPoster),
  manifest: path.join(PROJECT_ROOT, "lib", "film", "film-manifest.json"),
};

type Wav = { sampleRate: number; channels: number; bitsPerSample: number; data: Buffer };

/** Reads a PCM WAV, walking its chunks (espeak-ng writes RIFF with fmt and data). */
function readWav(file: string): Wav {
  const bytes = readFileSync(file);
  if (bytes.toString("ascii", 0, 4) !== "RIFF" || bytes.toString("ascii", 8, 12) !== "WAVE") throw new Error(`${file} is not a WAV file`);
  let offset = 12;
  let format: Omit<Wav, "data"> | undefined;
  while (offset + 8 <= bytes.length) {
    const id = bytes.toString("ascii", offset, offset + 4);
    let size = bytes.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === "fmt ") {
      format = { channels: bytes.readUInt16LE(body + 2), sampleRate: bytes.readUInt32LE(body + 4), bitsPerSample: bytes.readUInt16LE(body + 14) };
    } else if (id === "data") {
      // espeak-ng writing to a file may leave the size unset (0 or 0xFFFFFFFF): take the rest.
      if (size === 0 || size === 0xffffffff || body + size > bytes.length) size = bytes.length - body;
      if (!format) throw new Error(`${file}: data before fmt`);
      return { ...format, data: bytes.subarray(body, body + size) };
    }
    offset = body + size + (size % 2);
  }
  throw new Error(`${file}: no audio data`);
}

function writeWav(file: string, wav: Wav): void {
  const header = Buffer.alloc(44);
  const blockAlign = (wav.channels * wav.bitsPerSample) / 8;
  header.write("RIFF", 0, "ascii");
  header.writeUInt32LE(36 + wav.data.length, 4);
  header.write("WAVE", 8, "ascii");
  header.write("fmt ", 12, "ascii");
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(wav.channels, 22);
  header.writeUInt32LE(wav.sampleRate, 24);
  header.writeUInt32LE(wav.sampleRate * blockAlign, 28);
  header.writeUInt16LE(blockAlign, 32);
  header.writeUInt16LE(wav.bitsPerSample, 34);
  header.write("data", 36, "ascii");
  header.writeUInt32LE(wav.data.length, 40);
  writeFileSync(file, Buffer.concat([header, wav.data]));
}

/** Trims near-silence from both ends, so the pauses between lines are the ones chosen here. */
function trimSilence(wav: Wav): Wav {
  const frame = (wav.channels * wav.bitsPerSample) / 8;
  const frames = wav.data.length / frame;
  const loud = (index: number) => Math.abs(wav.data.readInt16LE(index * frame)) > 300;
  let start = 0;
  while (start < frames && !loud(start)) start++;
  let end = frames - 1;
  while (end > start && !loud(end)) end--;
  const margin = Math.round(wav.sampleRate * 0.05);
  start = Math.max(0, start - margin);
  end = Math.min(frames - 1, end + margin);
  return { ...wav, data: wav.data.subarray(start * frame, (end + 1) * frame) };
}

function run(command: string, args: string[]): void {
  execFileSync(command, args, { stdio: ["ignore", "ignore", "inherit"] });
}

async function main(): Promise<void> {
  const work = path.join(tmpdir(), `joined-up-film-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  mkdirSync(path.dirname(OUTPUT.video), { recursive: true });
  mkdirSync(path.dirname(OUTPUT.manifest), { recursive: true });

  // 1. Slides.
  console.log("Drawing slides...");
  const slides = FILM_CHAPTERS.flatMap((chapter, chapterIndex) =>
    chapter.slides.map((slide, slideIndex) => ({ chapter, chapterIndex, slide, isFirstInChapter: slideIndex === 0 })),
  );
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking"],
    env: { ...process.env, XDG_CONFIG_HOME: path.join(work, "chromium"), XDG_CACHE_HOME: path.join(work, "chromium") },
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    for (const [index, entry] of slides.entries()) {
      await page.setContent(
        slideHtml({
          slide: entry.slide,
          chapterTitle: entry.chapter.title,
          chapterNumber: entry.chapterIndex + 1,
          chapterCount: FILM_CHAPTERS.length,
          isTitleSlide: index === 0,
        }),
      );
      await page.screenshot({ path: path.join(work, `slide-${index}.png`) });
    }
  } finally {
    await browser.close();
  }

  // 2 and 3. Narration, and the time of every line and slide.
  console.log("Speaking the narration...");
  let format: Omit<Wav, "data"> | undefined;
  const audio: Buffer[] = [];
  let seconds = 0;
  const silence = (duration: number) => {
    if (!format) throw new Error("no audio format yet");
    const frame = (format.channels * format.bitsPerSample) / 8;
    audio.push(Buffer.alloc(Math.round(duration * format.sampleRate) * frame));
    seconds += Math.round(duration * format.sampleRate) / format.sampleRate;
  };
  const captions: { start: number; end: number; text: string }[] = [];
  const slideTimes: { start: number; end: number }[] = [];
  const chapterTimes: { title: string; start: number; end: number }[] = [];

  for (const [index, entry] of slides.entries()) {
    const cues: readonly FilmCue[] = entry.slide.cues;
    const slideStart = seconds;
    for (const [cueIndex, cue] of cues.entries()) {
      const file = path.join(work, `cue-${index}-${cueIndex}.wav`);
      run("espeak-ng", ["-v", VOICE, "-s", String(WORDS_PER_MINUTE), "-w", file, cue.spoken ?? cue.text]);
      const wav = trimSilence(readWav(file));
      if (!format) {
        format = { sampleRate: wav.sampleRate, channels: wav.channels, bitsPerSample: wav.bitsPerSample };
        silence(PAUSE.start);
      }
      if (cueIndex > 0) silence(PAUSE.betweenCues);
      const start = seconds;
      audio.push(wav.data);
      seconds += wav.data.length / ((wav.channels * wav.bitsPerSample) / 8) / wav.sampleRate;
      // Long lines become consecutive captions, timed by their share of the characters.
      const parts = captionParts(cue.text);
      const total = parts.reduce((sum, part) => sum + part.length, 0);
      let partStart = start;
      for (const part of parts) {
        const partEnd = partStart + ((seconds - start) * part.length) / total;
        captions.push({ start: partStart, end: partEnd, text: part });
        partStart = partEnd;
      }
    }
    silence(index === slides.length - 1 ? PAUSE.end : PAUSE.betweenSlides);
    slideTimes.push({ start: index === 0 ? 0 : slideStart, end: seconds });
    if (entry.isFirstInChapter) chapterTimes.push({ title: entry.chapter.title, start: index === 0 ? 0 : slideStart, end: seconds });
    else chapterTimes.at(-1)!.end = seconds;
  }
  // Each slide runs until the next begins, so the picture never goes blank.
  for (let i = 0; i < slideTimes.length - 1; i++) slideTimes[i]!.end = slideTimes[i + 1]!.start;
  for (let i = 0; i < chapterTimes.length - 1; i++) chapterTimes[i]!.end = chapterTimes[i + 1]!.start;
  const duration = seconds;
  writeWav(path.join(work, "narration.wav"), { ...format!, data: Buffer.concat(audio) });

  // 4. Captions and chapters.
  const captionsVtt = ["WEBVTT", "", ...captions.flatMap((cue, i) => [`${i + 1}`, `${vttTime(cue.start)} --> ${vttTime(cue.end)}`, cue.text, ""])].join("\n");
  const chaptersVtt = ["WEBVTT", "", ...chapterTimes.flatMap((chapter, i) => [`chapter-${i + 1}`, `${vttTime(chapter.start)} --> ${vttTime(chapter.end)}`, chapter.title, ""])].join("\n");
  writeFileSync(OUTPUT.captions, captionsVtt);
  writeFileSync(OUTPUT.chapters, chaptersVtt);

  // 5. The film: each slide for its time, over the narration.
  console.log("Assembling the film...");
  const concat = slideTimes
    .map((time, i) => `file '${path.join(work, `slide-${i}.png`)}'\nduration ${(time.end - time.start).toFixed(3)}`)
    .join("\n");
  // The concat demuxer needs the last file repeated for its duration to count.
  writeFileSync(path.join(work, "slides.txt"), `${concat}\nfile '${path.join(work, `slide-${slideTimes.length - 1}.png`)}'\n`);
  run("ffmpeg", [
    "-y", "-loglevel", "error",
    "-f", "concat", "-safe", "0", "-i", path.join(work, "slides.txt"),
    "-i", path.join(work, "narration.wav"),
    "-vf", "fps=10,format=yuv420p",
    "-c:v", "libx264", "-preset", "slow", "-tune", "stillimage", "-crf", "28", "-g", "50",
    "-c:a", "aac", "-b:a", "64k", "-ac", "1", "-ar", "44100",
    "-t", duration.toFixed(3),
    "-movflags", "+faststart",
    "-metadata", "title=Your joined-up health and care record",
    "-metadata:s:a:0", "language=eng",
    "-fflags", "+bitexact", "-flags:v", "+bitexact", "-flags:a", "+bitexact",
    OUTPUT.video,
  ]);
  run("ffmpeg", ["-y", "-loglevel", "error", "-i", path.join(work, "slide-0.png"), "-q:v", "4", OUTPUT.poster]);

  const sizeBytes = statSync(OUTPUT.video).size;
  if (sizeBytes > MAX_BYTES) throw new Error(`The film is ${sizeBytes} bytes, over the 10 MB limit`);
  const measured = Number(
    execFileSync("ffprobe", ["-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", OUTPUT.video], { encoding: "utf8" }).trim(),
  );
  const manifest = {
    durationSeconds: Math.round(measured * 10) / 10,
    sizeBytes,
    width: 1280,
    height: 720,
    chapters: chapterTimes.map((chapter) => ({ title: chapter.title, startSeconds: Math.round(chapter.start * 10) / 10 })),
    captionCues: captions.length,
    /** Changes when the script changes: tests compare it with lib/content/film.ts. */
    scriptHash: filmScriptHash(),
  };
  writeFileSync(OUTPUT.manifest, `${JSON.stringify(manifest, null, 2)}\n`);
  rmSync(work, { recursive: true, force: true });
  console.log(`Film: ${manifest.durationSeconds} s, ${(sizeBytes / 1024 / 1024).toFixed(2)} MB, ${captions.length} captions, ${chapterTimes.length} chapters.`);
}

await main();
