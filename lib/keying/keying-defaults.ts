import { z } from "zod";

import { LANGUAGES } from "../i18n/locales";
import type { Locale } from "../i18n/locales";
import { DECISION_MAKERS } from "../validation/decision";
import { KEYED_CHANNELS } from "../validation/keyed-decision";

// What the keying form remembers between forms in one sitting: how the forms
// reached us, whether they are signed, who made them and the language they are
// in, which are the same for a whole tray of post (a tray of Bengali forms). Never the decision itself or anything about the
// person. Kept in a cookie for the staff session's paths only.

export const KEYING_DEFAULTS_COOKIE = "keying-defaults";

const keyingDefaultsSchema = z.object({
  channel: z.enum(KEYED_CHANNELS).optional(),
  isSigned: z.enum(["yes", "no"]).optional(),
  madeBy: z.enum(DECISION_MAKERS).optional(),
  language: z.enum(LANGUAGES as [Locale, ...Locale[]]).optional(),
  // The keyer's own choice to move on by itself once an answer is complete (components/staff/keying-auto-advance.tsx).
  autoAdvance: z.literal("yes").optional(),
});
export type KeyingDefaults = z.infer<typeof keyingDefaultsSchema>;

/** The remembered answers in a cookie's value; anything unreadable is forgotten, never an error. */
export function readKeyingDefaults(cookieValue: string | undefined): KeyingDefaults {
  if (!cookieValue) return {};
  try {
    const parsed = keyingDefaultsSchema.safeParse(JSON.parse(cookieValue));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** What to remember after a form is recorded. */
export function keyingDefaultsFrom(keyed: { channel: string; isSigned?: string; madeBy: string; language: string; autoAdvance?: boolean }): string {
  const defaults: KeyingDefaults = keyingDefaultsSchema.parse({
    channel: keyed.channel,
    isSigned: keyed.channel === "PAPER" ? keyed.isSigned : undefined,
    madeBy: keyed.madeBy,
    language: keyed.language,
    autoAdvance: keyed.autoAdvance ? "yes" : undefined,
  });
  return JSON.stringify(defaults);
}

/** Today in London as the keying form shows dates, such as "06/12/2026". */
export function todayForKeying(now: Date = new Date()): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", day: "2-digit", month: "2-digit", year: "numeric" }).formatToParts(now).map((p) => [p.type, p.value]),
  );
  return `${parts.day}/${parts.month}/${parts.year}`;
}
