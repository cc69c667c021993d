import type * as English from "../../dates";
import { formatDate } from "../../../i18n/icu";
import type { Localised } from "../../../i18n/localised";

// Dates and times in Bulgarian, always in UK time: "25 ноември 2026 г.",
// and the 24-hour clock Bulgarian readers use: "9:00 ч.", "14:05 ч.".

/** A calendar date stored as midnight UTC (a PostgreSQL DATE), such as "1 април 2026 г.". */
export const formatCalendarDate: Localised<typeof English.formatCalendarDate> = (date) =>
  formatDate("bg", date, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** A time of day from a 24-hour clock: "0:00 ч.", "9:00 ч.", "12:00 ч.", "17:45 ч.". */
export const formatClockTime: Localised<typeof English.formatClockTime> = (hour, minute) => `${hour}:${String(minute).padStart(2, "0")} ч.`;

const LONDON_HOUR_MINUTE = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Europe/London" });

/** The London calendar date of an instant, such as "25 ноември 2026 г.". */
export const formatLondonDate: Localised<typeof English.formatLondonDate> = (instant) =>
  formatDate("bg", instant, { day: "numeric", month: "long", year: "numeric" });

/** An instant in London time, such as "25 ноември 2026 г. в 14:05 ч.". */
export const formatLondonDateTime: Localised<typeof English.formatLondonDateTime> = (instant) => {
  const parts = Object.fromEntries(LONDON_HOUR_MINUTE.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${formatLondonDate(instant)} в ${formatClockTime(Number(parts.hour), Number(parts.minute))}`;
};

/** The date only for a paper form or a phone call (their time is not known); date and time otherwise. */
export const formatDecidedAt: Localised<typeof English.formatDecidedAt> = (decidedAt, channel) =>
  channel === "PAPER" || channel === "PHONE" ? formatLondonDate(decidedAt) : formatLondonDateTime(decidedAt);
