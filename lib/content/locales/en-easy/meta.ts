import type { TranslationStatus } from "../../../i18n/localised";

/** Easy Read English: the English rewritten in short sentences, one idea each, with a picture beside each idea. */
export const TRANSLATION: TranslationStatus = {
  translatedBy: "Machine-drafted by an AI model for the joined-up record team; not yet checked by a qualified translator",
  translatedOn: "2026-12-07",
  reviewed: false,
};
