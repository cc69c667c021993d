import type * as English from "../../dates";
import { formatDate } from "../../../i18n/icu";
import type { Localised } from "../../../i18n/localised";

// Dates and times in Spanish, always in UK time: "1 de abril de 2026",
// "9:00", "14:05", "mediodía", "medianoche" (24-hour clock, which readers in
// Spain and Latin America both understand).

const LONG_DATE: Intl.DateTimeFormatOptions = { day: "numeric", month: "long", year: "numeric" };

const LONDON_CLOCK = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Europe/London" });

/** A calendar date stored as midnight UTC (a PostgreSQL DATE), such as "1 de abril de 2026". */
export const formatCalendarDate: Localised<typeof English.formatCalendarDate> = (date) => formatDate("es", date, { ...LONG_DATE, timeZone: "UTC" });

/** A time of day from a 24-hour clock: "medianoche", "0:05", "9:00", "mediodía", "12:30", "17:45". */
export const formatClockTime: Localised<typeof English.formatClockTime> = (hour, minute) => {
  if (minute === 0 && hour === 0) return "medianoche";
  if (minute === 0 && hour === 12) return "mediodía";
  return `${hour}:${String(minute).padStart(2, "0")}`;
};

/** "a las 14:05", "a la 1:30", "a mediodía", "a medianoche". */
function atClockTime(hour: number, minute: number): string {
  const time = formatClockTime(hour, minute);
  if (minute === 0 && (hour === 0 || hour === 12)) return `a ${time}`;
  return hour === 1 ? `a la ${time}` : `a las ${time}`;
}

/** An instant shown in London time, such as "25 de noviembre de 2026 a las 14:05" or "1 de abril de 2026 a mediodía". */
export const formatLondonDateTime: Localised<typeof English.formatLondonDateTime> = (instant) => {
  const parts = Object.fromEntries(LONDON_CLOCK.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${formatDate("es", instant, LONG_DATE)} ${atClockTime(Number(parts.hour), Number(parts.minute))}`;
};

/** The London calendar date of an instant, such as "25 de noviembre de 2026". */
export const formatLondonDate: Localised<typeof English.formatLondonDate> = (instant) => formatDate("es", instant, LONG_DATE);

/** When a decision was made: the date only for paper and phone decisions (their time is a stand-in), otherwise date and time. */
export const formatDecidedAt: Localised<typeof English.formatDecidedAt> = (decidedAt, channel) =>
  channel === "PAPER" || channel === "PHONE" ? formatLondonDate(decidedAt) : formatLondonDateTime(decidedAt);
