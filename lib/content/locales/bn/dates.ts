import type * as English from "../../dates";
import { formatDate, icu } from "../../../i18n/icu";
import type { Localised } from "../../../i18n/localised";

// Dates and times in Bengali, always in UK time: "১ এপ্রিল, ২০২৬", "সকাল ৯টা",
// "বিকেল ২:০৫", "দুপুর ১২টা", "রাত ১২টা". Bengali names the part of the day
// (ভোর, সকাল, দুপুর, বিকেল, সন্ধ্যা, রাত) instead of am and pm.

/** The part of the day Bengali speakers name before a clock time. */
function partOfDay(hour: number): string {
  if (hour < 4) return "রাত";
  if (hour < 6) return "ভোর";
  if (hour < 12) return "সকাল";
  if (hour < 15) return "দুপুর";
  if (hour < 18) return "বিকেল";
  if (hour < 20) return "সন্ধ্যা";
  return "রাত";
}

/** A calendar date stored as midnight UTC (a PostgreSQL DATE), such as "১ এপ্রিল, ২০২৬". */
export const formatCalendarDate: Localised<typeof English.formatCalendarDate> = (date) =>
  formatDate("bn", date, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** A time of day from a 24-hour clock: "রাত ১২টা", "রাত ১২:০৫", "সকাল ৯টা", "দুপুর ১২টা", "বিকেল ৫:৪৫". */
export const formatClockTime: Localised<typeof English.formatClockTime> = (hour, minute) => {
  const twelveHour = hour % 12 === 0 ? 12 : hour % 12;
  return minute === 0
    ? icu("bn", "{part} {hour, number}টা", { part: partOfDay(hour), hour: twelveHour })
    : icu("bn", "{part} {hour, number}:{minute}", {
        part: partOfDay(hour),
        hour: twelveHour,
        minute: new Intl.NumberFormat("bn", { minimumIntegerDigits: 2 }).format(minute),
      });
};

/** The hour and minute of an instant in London. */
function londonClock(instant: Date): { hour: number; minute: number } {
  const [hour, minute] = formatDate("en", instant, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).split(":").map(Number);
  return { hour: hour ?? 0, minute: minute ?? 0 };
}

/** The London calendar date of an instant, such as "২৫ নভেম্বর, ২০২৬". */
export const formatLondonDate: Localised<typeof English.formatLondonDate> = (instant) =>
  formatDate("bn", instant, { day: "numeric", month: "long", year: "numeric" });

/** An instant shown in London time, such as "২৫ নভেম্বর, ২০২৬, বিকেল ২:০৫". */
export const formatLondonDateTime: Localised<typeof English.formatLondonDateTime> = (instant) => {
  const { hour, minute } = londonClock(instant);
  return `${formatLondonDate(instant)}, ${formatClockTime(hour, minute)}`;
};

/** A paper form or phone call is keyed with its date only, so it shows the date; online and imported decisions carry a real time. */
export const formatDecidedAt: Localised<typeof English.formatDecidedAt> = (decidedAt, channel) =>
  channel === "PAPER" || channel === "PHONE" ? formatLondonDate(decidedAt) : formatLondonDateTime(decidedAt);
