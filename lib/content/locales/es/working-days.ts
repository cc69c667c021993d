import { icu } from "../../../i18n/icu";

/** "en un plazo de 5 días hábiles", or undefined when the programme promises no time (the English withinWorkingDays). */
export function withinWorkingDays(days: number | undefined): string | undefined {
  if (days === undefined) return undefined;
  return icu("es", "en un plazo de {days, plural, one {# día hábil} other {# días hábiles}}", { days });
}
