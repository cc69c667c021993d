// The shortest date a keyer types: the day and month as four digits ("0111"),
// for the date on a form and the date it was received. Neither can be in the
// future, so four digits mean the latest such day on or before today in
// London: "0111" keyed on 6 December 2026 is 1 November 2026, keyed on
// 6 January 2027 it is still 1 November 2026. An older date needs its year
// (01/11/2025, 01112025 or 011125). Never used for a date of birth.

import { todayForKeying } from "./keying-defaults";

/** Today in London as yyyy-mm-dd. */
export function londonIsoDate(now: Date = new Date()): string {
  const [day, month, year] = todayForKeying(now).split("/");
  return `${year}-${month}-${day}`;
}

/**
 * "0111" (or "1/11", "01/11", "1.11") to "01/11/2026", the latest such real day on or before today;
 * anything else unchanged for the usual reading and checks. A day and month that is never real ("3102")
 * is also returned unchanged, so the schema refuses it as not a real date.
 */
export function expandDayAndMonth(value: string, now: Date = new Date()): string {
  const trimmed = value.trim();
  const match = /^(\d{2})(\d{2})$/.exec(trimmed) ?? /^(\d{1,2})[/\s.-](\d{1,2})$/.exec(trimmed);
  if (!match) return value;
  const day = Number(match[1]);
  const month = Number(match[2]);
  const today = londonIsoDate(now);
  const thisYear = Number(today.slice(0, 4));
  // Going back at most eight years finds a 29 February; any other real day is found in one or two.
  for (let year = thisYear; year >= thisYear - 8; year--) {
    const candidate = new Date(Date.UTC(year, month - 1, day));
    const isReal = candidate.getUTCFullYear() === year && candidate.getUTCMonth() === month - 1 && candidate.getUTCDate() === day;
    if (!isReal) {
      if (month < 1 || month > 12 || day < 1 || day > 31) return value;
      continue;
    }
    const iso = candidate.toISOString().slice(0, 10);
    if (iso <= today) return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
  }
  return value;
}
