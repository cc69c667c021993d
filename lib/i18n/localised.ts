// The type a translation of an English content value must have: the same
// shape, with any words free to differ. `as const` English values have literal
// string types ("Your choice"); a translation keeps every key, array and
// function of the English value, but its strings are any string.
//
//   export const HEADER: Localised<typeof English.HEADER> = { ... };
//
// The compiler then refuses a translation that misses a key, adds one, or
// changes a shape (lib/content/locales/README.md). Keys that are not words stay
// exactly as in English: a block's `kind`, a link's `href`, a section's `id`
// a list item's `code` and an option's `value`, so every language links to the
// same places and sends the same answers.

type KeptAsIs = "kind" | "href" | "id" | "code" | "numbered" | "value";

export type Localised<T> = T extends string
  ? string
  : T extends number | boolean | null | undefined
    ? T
    : T extends (...args: infer A) => infer R
      ? (...args: A) => Localised<R>
      : T extends readonly (infer U)[]
        ? readonly Localised<U>[]
        : T extends object
          ? { readonly [K in keyof T]: K extends KeptAsIs ? T[K] : Localised<T[K]> }
          : T;

/** Who translated a locale, and whether a qualified translator has reviewed it (issue #17 point 3). */
export type TranslationStatus = {
  /** Who wrote the translation, as it should be credited. */
  translatedBy: string;
  /** The date the translation was written or last brought up to date with the English, YYYY-MM-DD. */
  translatedOn: string;
  /** True only once a qualified translator has checked it; pages show a notice until then. */
  reviewed: boolean;
  /** The reviewer and date, once reviewed. */
  reviewedBy?: string;
  reviewedOn?: string;
};
