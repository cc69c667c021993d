import type { TranslationStatus } from "../../../i18n/localised";

/** Spanish: drafted by machine, not yet checked by a qualified translator, so pages say so. */
export const TRANSLATION: TranslationStatus = {
  translatedBy: "Machine-drafted by an AI model for the joined-up record team; not yet checked by a qualified translator",
  translatedOn: "2026-12-07",
  reviewed: false,
};
