// UK local time (Europe/London) to UTC instants, from the platform's time-zone
// database (Intl), so historic rules (1968-71 British Standard Time, wartime
// double summer time) are right too, not only today's "last Sunday" rule.
//
// Two hazards at the clock changes, both decided here once:
// - spring forward: local times in the skipped hour (e.g. 01:30 on
//   30 March 2025) never happened. They are refused, never guessed.
// - fall back: local times in the repeated hour (e.g. 01:30 on 26 October
//   2025) happened twice. The earlier instant (still British Summer Time) is
//   chosen, as ISO 8601 and Temporal's "compatible" rule do. A legacy system
//   that stored only the wall clock cannot tell us which was meant.

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Date.UTC without its two-digit-year rule: Date.UTC(50, ...) is 1950, but a
 * legacy date of 0050 means the year 50 (and is then refused as before birth).
 */
export function utcMs(year: number, monthIndex: number, day: number, hour = 0, minute = 0, second = 0, millisecond = 0): number {
  if (year >= 100) return Date.UTC(year, monthIndex, day, hour, minute, second, millisecond);
  const date = new Date(Date.UTC(2000, monthIndex, day, hour, minute, second, millisecond));
  date.setUTCFullYear(year);
  return date.getTime();
}

const londonParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

// London has only ever changed its offset on the hour, so the offset is the
// same for every instant in a UTC hour: cache per hour (formatToParts costs ~10 µs).
const offsetByHour = new Map<number, number>();
const MAX_CACHED_HOURS = 200_000;

/** London's offset from UTC, in milliseconds, at an instant. */
export function londonOffsetAt(instantMs: number): number {
  const hour = Math.floor(instantMs / HOUR_MS);
  const cached = offsetByHour.get(hour);
  if (cached !== undefined) return cached;
  const start = hour * HOUR_MS;
  const parts: Record<string, number> = {};
  for (const part of londonParts.formatToParts(new Date(start))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const wall = utcMs(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  const offset = wall - start;
  if (offsetByHour.size >= MAX_CACHED_HOURS) offsetByHour.clear();
  offsetByHour.set(hour, offset);
  return offset;
}

export type LondonTimeResult =
  | { ok: true; instant: Date; isAmbiguous: boolean }
  | { ok: false; problem: "not-a-date" | "skipped-by-clock-change" };

/**
 * The UTC instant of a wall-clock time in London. Months are 1-12. Refuses
 * dates that do not exist (31 April) and times the clocks skipped.
 */
export function londonTimeToInstant(year: number, month: number, day: number, hour = 0, minute = 0): LondonTimeResult {
  if (!isRealDate(year, month, day) || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
    return { ok: false, problem: "not-a-date" };
  }
  const wall = utcMs(year, month - 1, day, hour, minute);
  // Most days have one offset from a day before to a day after: one lookup.
  const dayOffset = steadyOffsetOfDay(utcMs(year, month - 1, day));
  if (dayOffset !== null) return { ok: true, instant: new Date(wall - dayOffset), isAmbiguous: false };
  // The offsets a day either side bound every offset this wall time could have.
  const candidates = [...new Set([londonOffsetAt(wall - DAY_MS), londonOffsetAt(wall + DAY_MS)])];
  const instants = candidates.map((offset) => wall - offset).filter((instant) => instant + londonOffsetAt(instant) === wall);
  if (instants.length === 0) return { ok: false, problem: "skipped-by-clock-change" };
  return { ok: true, instant: new Date(Math.min(...instants)), isAmbiguous: instants.length > 1 };
}

const steadyOffsetByDay = new Map<number, number | null>();

/**
 * The offset for every wall time of a day (midnight as UTC, in ms), or null when
 * the clocks change within a day of it. London's changes are months apart, so
 * equal offsets a day before and two days after mean none in between.
 */
function steadyOffsetOfDay(dayStart: number): number | null {
  let offset = steadyOffsetByDay.get(dayStart);
  if (offset === undefined) {
    const before = londonOffsetAt(dayStart - DAY_MS);
    offset = before === londonOffsetAt(dayStart + 2 * DAY_MS) ? before : null;
    if (steadyOffsetByDay.size >= MAX_CACHED_HOURS) steadyOffsetByDay.clear();
    steadyOffsetByDay.set(dayStart, offset);
  }
  return offset;
}

/** True when the day exists in the calendar (no 30 February). Months are 1-12. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
