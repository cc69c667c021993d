import type { SiteContent } from "./site-content";

// A pseudo-locale for layout tests (issue #17 point 7): the English content
// with every word about 40% longer and its letters accented, so a page that
// only fits English's short words shows up as horizontal scrolling at 320 px,
// and any words left out of the content source (hard-coded English) stand out
// unaccented. Links, ids, codes and answers stay exactly as in English.

const KEPT_AS_IS = new Set(["kind", "href", "id", "code", "numbered", "value"]);

const ACCENTED: Record<string, string> = {
  a: "å", b: "ƀ", c: "ç", d: "ð", e: "é", f: "ƒ", g: "ĝ", h: "ĥ", i: "î", j: "ĵ", k: "ķ", l: "ļ", m: "ɱ",
  n: "ñ", o: "ö", p: "þ", r: "ŕ", s: "š", t: "ţ", u: "û", w: "ŵ", y: "ý", z: "ž",
  A: "Å", C: "Ç", D: "Ð", E: "É", G: "Ĝ", H: "Ĥ", I: "Î", L: "Ļ", N: "Ñ", O: "Ö", S: "Š", T: "Ţ", U: "Û", Y: "Ý",
};

/** One word 40% longer: its letters accented, then the first 40% of them again. */
function longerWord(word: string): string {
  const letters = [...word].filter((character) => /\p{L}/u.test(character)).length;
  if (letters === 0) return word;
  const accented = [...word].map((character) => ACCENTED[character] ?? character).join("");
  const extra = [...accented].filter((character) => /\p{L}/u.test(character)).slice(0, Math.ceil(letters * 0.4)).join("");
  // The extra letters go before any closing punctuation, so "record." becomes "ŕéçöŕðŕéç.".
  const match = /^(.*?)([^\p{L}\p{N}]*)$/u.exec(accented)!;
  return `${match[1]}${extra}${match[2]}`;
}

export function pseudoText(text: string): string {
  // Email addresses, web addresses and numbers stay readable: they are not words.
  return text
    .split(/(\s+)/)
    .map((part) => (/\s/.test(part) || /[@/]|^\d/.test(part) ? part : longerWord(part)))
    .join("");
}

function pseudo<T>(value: T): T {
  if (typeof value === "string") return pseudoText(value) as T;
  if (typeof value === "function") return ((...args: unknown[]) => pseudo((value as (...a: unknown[]) => unknown)(...args))) as T;
  if (Array.isArray(value)) return value.map(pseudo) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, KEPT_AS_IS.has(key) ? item : pseudo(item)])) as T;
  }
  return value;
}

/** The pseudo-locale's content, made from the English. */
export function pseudoContent(english: SiteContent): SiteContent {
  const content = pseudo(english);
  return { ...content, meta: english.meta };
}
