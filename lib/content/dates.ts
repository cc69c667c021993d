// Dates and times as residents and staff read them, always in UK time, in the
// NHS.UK content style: "1 April 2026", "9am", "2:05pm", "12:30pm", "midday",
// "midnight" (never "0:05pm" or "12:00am"). One formatter for pages, emails,
// PDFs and the back office.

const CALENDAR_DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const LONDON_PARTS = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "Europe/London",
});

/** A calendar date stored as midnight UTC (a PostgreSQL DATE), such as "1 April 2026". */
export function formatCalendarDate(date: Date): string {
  return CALENDAR_DATE.format(date);
}

/** A time of day in the NHS style from a 24-hour clock: "midnight", "12:05am", "9am", "midday", "12:30pm", "5:45pm". */
export function formatClockTime(hour: number, minute: number): string {
  if (minute === 0 && hour === 0) return "midnight";
  if (minute === 0 && hour === 12) return "midday";
  const twelveHour = hour % 12 === 0 ? 12 : hour % 12;
  const period = hour < 12 ? "am" : "pm";
  return minute === 0 ? `${twelveHour}${period}` : `${twelveHour}:${String(minute).padStart(2, "0")}${period}`;
}

/** An instant shown in London time, such as "25 November 2026 at 2:05pm" or "1 April 2026 at midday". */
export function formatLondonDateTime(instant: Date): string {
  const parts = Object.fromEntries(LONDON_PARTS.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.day} ${parts.month} ${parts.year} at ${formatClockTime(Number(parts.hour), Number(parts.minute))}`;
}

/** The London calendar date of an instant, such as "25 November 2026". */
export function formatLondonDate(instant: Date): string {
  const parts = Object.fromEntries(LONDON_PARTS.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.day} ${parts.month} ${parts.year}`;
}

/**
 * When a decision was made, as precisely as the register knows it: a paper form or a phone call is keyed
 * with its date only (the time stored is a stand-in), so it shows the date; online and imported decisions
 * carry a real time.
 */
export function formatDecidedAt(decidedAt: Date, channel: string | null | undefined): string {
  return channel === "PAPER" || channel === "PHONE" ? formatLondonDate(decidedAt) : formatLondonDateTime(decidedAt);
}
