// Dates as residents read them: "1 April 2026", always in UK time.

const CALENDAR_DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const LONDON_DATE_TIME = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "numeric",
  minute: "2-digit",
  hour12: true,
  timeZone: "Europe/London",
});

/** A calendar date stored as midnight UTC (a PostgreSQL DATE), such as "1 April 2026". */
export function formatCalendarDate(date: Date): string {
  return CALENDAR_DATE.format(date);
}

/** An instant shown in London time, such as "25 November 2026 at 2:05pm". */
export function formatLondonDateTime(instant: Date): string {
  const parts = Object.fromEntries(LONDON_DATE_TIME.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.day} ${parts.month} ${parts.year} at ${parts.hour}:${parts.minute}${String(parts.dayPeriod ?? "").toLowerCase().replace(/\s/g, "")}`;
}
