import type { TranslationStatus } from "../../../i18n/localised";

/** Bulgarian (Български): drafted by machine, not yet checked by a qualified translator. */
export const TRANSLATION: TranslationStatus = {
  translatedBy: "Machine-drafted by an AI model for the joined-up record team; not yet checked by a qualified translator",
  translatedOn: "2026-12-07",
  reviewed: false,
};
