import type * as English from "../../dates";
import type { Localised } from "../../../i18n/localised";
import { formatDate, icu } from "../../../i18n/icu";

// Dates and times in Turkish, always in UK time: "1 Nisan 2026", "09:00",
// "25 Kasım 2026, saat 14:05". Turkish uses the 24-hour clock.

/** A calendar date stored as midnight UTC (a PostgreSQL DATE), such as "1 Nisan 2026". */
export const formatCalendarDate: Localised<typeof English.formatCalendarDate> = (date) =>
  formatDate("tr", date, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** A time of day from a 24-hour clock, as Turkish writes it: "00:00", "09:00", "12:30", "17:45". */
export const formatClockTime: Localised<typeof English.formatClockTime> = (hour, minute) =>
  `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;

/** An instant in London time, such as "25 Kasım 2026, saat 14:05". */
export const formatLondonDateTime: Localised<typeof English.formatLondonDateTime> = (instant) =>
  icu("tr", "{date}, saat {time}", {
    date: formatLondonDate(instant),
    time: formatDate("tr", instant, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }),
  });

/** The London calendar date of an instant, such as "25 Kasım 2026". */
export const formatLondonDate: Localised<typeof English.formatLondonDate> = (instant) => icu("tr", "{instant, date, long}", { instant });

/** A paper form or phone call shows its date only; online and imported decisions carry a real time. */
export const formatDecidedAt: Localised<typeof English.formatDecidedAt> = (decidedAt, channel) =>
  channel === "PAPER" || channel === "PHONE" ? formatLondonDate(decidedAt) : formatLondonDateTime(decidedAt);

/** "5 iş günü içinde", or undefined when the programme promises no time (the English withinWorkingDays). */
export function withinWorkingDays(days: number | undefined): string | undefined {
  if (days === undefined) return undefined;
  return icu("tr", "{days, plural, one {# iş günü} other {# iş günü}} içinde", { days });
}
