import { icu } from "../../../i18n/icu";
import { PROGRAMME } from "../../programme";

// Bengali forms of the programme's computed phrases (lib/content/programme.ts):
// numbers in Bengali digits and plurals by Bengali's rules, through ICU.

/** A whole number in Bengali digits, such as ১৬ (not for years: ICU would group them as ২,০১৮). */
export function formatNumber(value: number): string {
  return icu("bn", "{value, number}", { value });
}

/** "৫ কর্মদিবসের মধ্যে" (within 5 working days), or undefined when the programme promises no time. */
export function withinWorkingDays(days: number | undefined): string | undefined {
  if (days === undefined) return undefined;
  return icu("bn", "{days, plural, one {# কর্মদিবসের} other {# কর্মদিবসের}} মধ্যে", { days });
}

/** The start month in Bengali, such as "এপ্রিল ২০১৯". */
export function formatStartMonth(month: string = PROGRAMME.start.month): string {
  return icu("bn", "{month, date, monthYear}", { month: new Date(`${month}-15T12:00:00Z`) });
}
