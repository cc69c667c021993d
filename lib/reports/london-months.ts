// Months for the public figures are calendar months in Europe/London: a
// decision made at 00:30 on 1 April in summer time (23:30 UTC on 31 March)
// counts in April, as the resident would say.

const LONDON_YEAR_MONTH = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "2-digit" });

/** "2026-11" for an instant, as a calendar in London shows it. */
export function londonYearMonth(at: Date): string {
  const parts = LONDON_YEAR_MONTH.formatToParts(at);
  const year = parts.find((p) => p.type === "year")!.value;
  const month = parts.find((p) => p.type === "month")!.value;
  return `${year}-${month}`;
}

/** The month `offset` months after "YYYY-MM" (negative for before). */
export function addMonths(yearMonth: string, offset: number): string {
  const [year, month] = yearMonth.split("-").map(Number) as [number, number];
  const index = year * 12 + (month - 1) + offset;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/**
 * The last `count` complete months before the London month of `now`, oldest
 * first. The current month is left out: its figures would move every day, and
 * comparing one day's figures with the next would narrow down single decisions.
 */
export function completeMonthsBefore(now: Date, count: number): string[] {
  const current = londonYearMonth(now);
  return Array.from({ length: count }, (_, i) => addMonths(current, i - count));
}

export function isYearMonth(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}
