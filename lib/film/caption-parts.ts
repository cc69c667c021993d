// How the film's captions are cut and timed: shared by the film's build
// (scripts/film/build-film.ts, English from the narration) and the captions in
// every other language (lib/film/captions.ts), so they line up cue for cue.

export const CAPTION_MAX_CHARS = 80; // two lines of about 40 characters

/** Splits a line too long for two caption lines at word boundaries into balanced parts. */
export function captionParts(text: string, maxChars = CAPTION_MAX_CHARS): string[] {
  if (text.length <= maxChars) return [text];
  const count = Math.ceil(text.length / maxChars);
  const target = text.length / count;
  const words = text.split(" ");
  const parts: string[] = [];
  let current = "";
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && candidate.length > target && parts.length < count - 1) {
      parts.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  parts.push(current);
  return parts;
}

export function vttTime(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}.${String(ms % 1000).padStart(3, "0")}`;
}

export function parseVttTime(text: string): number {
  const match = /^(\d+):(\d{2}):(\d{2})\.(\d{3})$/.exec(text.trim());
  if (!match) throw new Error(`Not a WebVTT time: ${text}`);
  const [, h, m, s, ms] = match.map(Number) as [number, number, number, number, number];
  return h * 3600 + m * 60 + s + ms / 1000;
}
