import type * as English from "../../dates";
import { formatDate } from "../../../i18n/icu";
import type { Localised } from "../../../i18n/localised";

// Dates and times in Somali, always in UK time: month names and order from
// Intl's Somali data, and the time of day with the part of the day in words
// ("9:00 subaxnimo", "2:05 galabnimo"), "saqda dhexe" for midnight and
// "duhurka" for midday.

const DAY_MONTH_YEAR: Intl.DateTimeFormatOptions = { day: "numeric", month: "long", year: "numeric" };

const LONDON_HOUR_MINUTE = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Europe/London" });

/** A calendar date stored as midnight UTC (a PostgreSQL DATE). */
export const formatCalendarDate: Localised<typeof English.formatCalendarDate> = (date) => formatDate("so", date, { ...DAY_MONTH_YEAR, timeZone: "UTC" });

/** The part of the day a 24-hour clock hour falls in. */
function partOfDay(hour: number): string {
  if (hour < 5) return "habeennimo";
  if (hour < 12) return "subaxnimo";
  if (hour < 13) return "duhurnimo";
  if (hour < 18) return "galabnimo";
  if (hour < 21) return "fiidnimo";
  return "habeennimo";
}

/** A time of day from a 24-hour clock: "saqda dhexe", "12:05 habeennimo", "9:00 subaxnimo", "duhurka", "12:30 duhurnimo", "5:45 galabnimo", "7:15 fiidnimo". */
export const formatClockTime: Localised<typeof English.formatClockTime> = (hour, minute) => {
  if (minute === 0 && hour === 0) return "saqda dhexe";
  if (minute === 0 && hour === 12) return "duhurka";
  const twelveHour = hour % 12 === 0 ? 12 : hour % 12;
  return `${twelveHour}:${String(minute).padStart(2, "0")} ${partOfDay(hour)}`;
};

/** An instant in London time, such as "Noofeembar 25, 2026, saacadda 2:05 galabnimo". */
export const formatLondonDateTime: Localised<typeof English.formatLondonDateTime> = (instant) => {
  const parts = Object.fromEntries(LONDON_HOUR_MINUTE.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${formatLondonDate(instant)}, saacadda ${formatClockTime(Number(parts.hour), Number(parts.minute))}`;
};

/** The London calendar date of an instant. */
export const formatLondonDate: Localised<typeof English.formatLondonDate> = (instant) => formatDate("so", instant, DAY_MONTH_YEAR);

/** The date only for a paper form or a phone call (keyed without a real time); the date and time otherwise. */
export const formatDecidedAt: Localised<typeof English.formatDecidedAt> = (decidedAt, channel) =>
  channel === "PAPER" || channel === "PHONE" ? formatLondonDate(decidedAt) : formatLondonDateTime(decidedAt);
