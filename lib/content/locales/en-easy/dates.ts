import type * as English from "../../dates";
import { formatDate, icu } from "../../../i18n/icu";
import type { Localised } from "../../../i18n/localised";

// Dates and times in Easy Read: "1 April 2026", "9am", "2:05pm", "midday",
// "midnight", always in UK time, through the locale's Intl formatter.

const LOCALE = "en-easy";

/** A calendar date stored as midnight UTC (a PostgreSQL DATE), such as "1 April 2026". */
export const formatCalendarDate: Localised<typeof English.formatCalendarDate> = (date) =>
  formatDate(LOCALE, date, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** A time of day: "midnight", "12:05am", "9am", "midday", "12:30pm", "5:45pm". */
export const formatClockTime: Localised<typeof English.formatClockTime> = (hour, minute) => {
  if (minute === 0 && hour === 0) return "midnight";
  if (minute === 0 && hour === 12) return "midday";
  const twelveHour = hour % 12 === 0 ? 12 : hour % 12;
  const period = hour < 12 ? "am" : "pm";
  return minute === 0 ? `${twelveHour}${period}` : `${twelveHour}:${String(minute).padStart(2, "0")}${period}`;
};

function londonParts(instant: Date): { date: string; hour: number; minute: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Europe/London" })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return { date: formatDate(LOCALE, instant, { day: "numeric", month: "long", year: "numeric" }), hour: Number(parts.hour), minute: Number(parts.minute) };
}

/** "25 November 2026 at 2:05pm", in London time. */
export const formatLondonDateTime: Localised<typeof English.formatLondonDateTime> = (instant) => {
  const { date, hour, minute } = londonParts(instant);
  return icu(LOCALE, "{date} at {time}", { date, time: formatClockTime(hour, minute) });
};

/** The London calendar date of an instant, such as "25 November 2026". */
export const formatLondonDate: Localised<typeof English.formatLondonDate> = (instant) => londonParts(instant).date;

/** Paper and phone decisions show the date only; online and imported ones the date and time. */
export const formatDecidedAt: Localised<typeof English.formatDecidedAt> = (decidedAt, channel) =>
  channel === "PAPER" || channel === "PHONE" ? formatLondonDate(decidedAt) : formatLondonDateTime(decidedAt);
