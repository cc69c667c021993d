import { describe, expect, it } from "vitest";

import { LOCALES } from "../../i18n/locales";
import { isTextInLanguage } from "../types";
import { PUBLISHED_LOCALES } from "../../i18n/published";
import { CONTENT as english } from "./en";
import { contentFor, LOCALES_WITH_CONTENT } from "./index";

// Every locale says everything the English says (issue #17 point 7). The
// compiler already refuses a translation with a key missing (SiteContent,
// Localised<T>); these check what types cannot: the values themselves.

const KEPT_AS_IS = new Set(["kind", "href", "id", "code", "numbered", "value"]);

/** Names and codes that are the same in every language, so a translation may repeat them word for word. */
const NAMES = [
  /^(© )?North London Partners in health and care$/,
  /^NHS( login| App)?$/,
  /^(CareMyWay|CIDR|Relay UK|UK GDPR|Data Protection Act 2018)$/,
  /^(Barnet|Camden|Enfield|Haringey|Islington|London)$/,
  /^Joined-up record team$/,
  /^English$/,
];

type Found = { path: string; value: string };

/** Every string in a value, with where it is, skipping keys that are not words. */
function strings(value: unknown, path = "", out: Found[] = []): Found[] {
  if (typeof value === "string") out.push({ path, value });
  else if (Array.isArray(value)) value.forEach((item, index) => strings(item, `${path}[${index}]`, out));
  else if (value && typeof value === "object")
    for (const [key, item] of Object.entries(value)) if (!KEPT_AS_IS.has(key)) strings(item, path ? `${path}.${key}` : key, out);
  return out;
}

/** Keys a translation may have where the English has none, or the other way round. */
const OPTIONAL = new Set(["spoken", "reviewedBy", "reviewedOn", "picture"]);

/**
 * Where two values' shapes differ: a key one has and the other lacks, or a different kind of value.
 * At the top two levels only the modules and the exports both have are compared: the English
 * modules export more than residents read (routes, codes), and a translation may export its own
 * helpers; SiteContent's type already insists on every export residents read.
 */
const isPart = (part: unknown) =>
  typeof part === "string" || (part !== null && typeof part === "object" && "text" in part && ("href" in part || isTextInLanguage(part)));
const isSentence = (value: unknown) => isPart(value) || (Array.isArray(value) && value.every(isPart));

function shapeDifferences(a: unknown, b: unknown, path = "", depth = 0): string[] {
  // A sentence may be plain words in one language and parts in another: a translation
  // holding an operator's English fact, marked as English, where the English has a string.
  if (isSentence(a) && isSentence(b)) return [];
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b)) return [`${path}: ${typeof a} against ${typeof b}`];
  if (Array.isArray(a) && Array.isArray(b)) {
    // A list of sections, blocks, options or cues must keep its length; a sentence's parts may not (word order).
    const structural = a.some((item) => item && typeof item === "object" && !("text" in item && "href" in item && Object.keys(item).length === 2));
    if (structural && a.length !== b.length) return [`${path}: ${a.length} items against ${b.length}`];
    return structural ? a.flatMap((item, index) => shapeDifferences(item, b[index], `${path}[${index}]`, depth + 1)) : [];
  }
  if (a && typeof a === "object" && b && typeof b === "object") {
    const keys = depth === 1 ? Object.keys(a).filter((key) => key in b) : [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((key) => {
      const left = (a as Record<string, unknown>)[key];
      const right = (b as Record<string, unknown>)[key];
      if (OPTIONAL.has(key) && (left === undefined || right === undefined)) return [];
      if (KEPT_AS_IS.has(key)) return left === right ? [] : [`${path}.${key}: ${String(left)} against ${String(right)}`];
      return shapeDifferences(left, right, path ? `${path}.${key}` : key, depth + 1);
    });
  }
  return [];
}

const englishSentences = new Map(
  strings(english)
    .filter(({ value }) => value.trim().split(/\s+/).length >= 3)
    .map(({ path, value }) => [value.trim(), path]),
);

describe("the translations", () => {
  it("are published exactly when complete", () => {
    expect([...PUBLISHED_LOCALES].sort()).toEqual([...LOCALES_WITH_CONTENT].sort());
    for (const locale of PUBLISHED_LOCALES) expect(LOCALES).toContain(locale);
  });

  for (const locale of PUBLISHED_LOCALES.filter((locale) => locale !== "en")) {
    describe(locale, () => {
      const content = contentFor(locale);

      it("has every module, value and list the English has, with the same links, ids and answers", () => {
        expect(shapeDifferences(english, content)).toEqual([]);
      });

      it("leaves no English sentence untranslated (names excepted)", () => {
        const untranslated = strings(content).filter(({ path, value }) => {
          if (path === "meta.TRANSLATION.translatedBy" || path === "meta.TRANSLATION.reviewedBy") return false;
          if (NAMES.some((name) => name.test(value.trim()))) return false;
          // Numbers, phone numbers and codes are the same in every language.
          if ((value.match(/\p{L}/gu) ?? []).length < 3) return false;
          return englishSentences.has(value.trim()) && locale !== "en-easy";
        });
        expect(untranslated.map(({ path, value }) => `${path}: ${value}`)).toEqual([]);
      });

      it("leaves no string empty where the English has words", () => {
        const englishByPath = new Map(strings(english).map(({ path, value }) => [path, value]));
        // Said after "Previous" and "Next" to screen readers (" page"): a language whose word order
        // puts it elsewhere writes it into "Previous" and "Next" themselves (Somali "Kii hore").
        // The words before and after a sentence's link move with the language's word order (Turkish
        // puts the link first), so either may be empty; the link's own text never may.
        const mayBeEmpty = (path: string) => path === "guide.GUIDE.pageSuffix" || /\.(before|after)$/.test(path);
        const empty = strings(content).filter(
          ({ path, value }) => value.trim() === "" && !mayBeEmpty(path) && (englishByPath.get(path) ?? "").trim() !== "",
        );
        expect(empty.map(({ path }) => path)).toEqual([]);
      });

      it("says who translated it and whether a qualified translator has checked it", () => {
        const { TRANSLATION } = content.meta;
        expect(TRANSLATION.translatedBy.length).toBeGreaterThan(10);
        expect(TRANSLATION.translatedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (TRANSLATION.reviewed) expect(TRANSLATION.reviewedBy && TRANSLATION.reviewedOn).toBeTruthy();
      });
    });
  }
});
