// The one rule for a file name that someone else chose (a browser's upload, a
// legacy extract's name): kept as provenance and shown to staff, never used as
// a path. Control characters (NUL among them, which PostgreSQL cannot store),
// unpaired surrogates (PostgreSQL would store U+FFFD), markup characters and
// the invisible direction controls that make "evil\u202Efdp.exe" show as
// "evilexe.pdf" are removed.
const UNSAFE_IN_NAME = /[\p{Cc}\p{Cs}<>"\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
export const FILE_NAME_MAX_LENGTH = 255;

export type CleanFileNameOptions = {
  /** What an empty or wholly unsafe name becomes. */
  fallback?: string;
};

/** A file name safe to store and show: its last path segment, no control or direction characters, at most 255 characters. */
export function cleanFileName(name: string, options: CleanFileNameOptions = {}): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(UNSAFE_IN_NAME, "").trim();
  let shortened = cleaned.slice(0, FILE_NAME_MAX_LENGTH);
  // Never cut an emoji (or any character outside the BMP) in half.
  if (shortened.length === FILE_NAME_MAX_LENGTH && /[\ud800-\udbff]$/.test(shortened)) shortened = shortened.slice(0, -1);
  return shortened.trim() || (options.fallback ?? "unnamed file");
}
