import { icu } from "../../../i18n/icu";

// Somali words for the programme facts that change with a number or a date,
// in place of the English helpers in lib/content/programme.ts.

/** "gudaha 5 maalmood oo shaqo" (within 5 working days), or undefined when the programme promises no time. */
export function withinWorkingDays(days: number | undefined): string | undefined {
  if (days === undefined) return undefined;
  return icu("so", "gudaha {days, plural, one {# maalin shaqo} other {# maalmood oo shaqo}}", { days });
}

/** The start month in Somali, such as "Abriil 2019", from "YYYY-MM". */
export function formatStartMonth(month: string): string {
  const [year, monthNumber] = month.split("-");
  return icu("so", "{month, date, monthYear}", { month: new Date(Date.UTC(Number(year), Number(monthNumber) - 1, 15)) });
}
