import type { TranslationStatus } from "../../../i18n/localised";

/** English is the source the other languages are translated from. */
export const TRANSLATION: TranslationStatus = {
  translatedBy: "Written in English by the joined-up record team (the source text)",
  translatedOn: "2026-12-07",
  reviewed: true,
  reviewedBy: "Source text",
  reviewedOn: "2026-12-07",
};
