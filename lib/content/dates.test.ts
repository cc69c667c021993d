import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatClockTime, formatDecidedAt, formatLondonDateTime } from "./dates";

describe("times in the NHS style", () => {
  it.each([
    [0, 0, "midnight"],
    [0, 5, "12:05am"],
    [9, 0, "9am"],
    [9, 30, "9:30am"],
    [11, 59, "11:59am"],
    [12, 0, "midday"],
    [12, 5, "12:05pm"],
    [13, 0, "1pm"],
    [23, 59, "11:59pm"],
  ])("%i:%i reads %s", (hour, minute, expected) => {
    expect(formatClockTime(hour, minute)).toBe(expected);
  });

  it("shows instants in London time, across the clock changes", () => {
    // British Summer Time: 11:00 UTC is midday in London.
    expect(formatLondonDateTime(new Date("2026-07-01T11:00:00Z"))).toBe("1 July 2026 at midday");
    expect(formatLondonDateTime(new Date("2026-07-01T23:05:00Z"))).toBe("2 July 2026 at 12:05am");
    // Greenwich Mean Time: 00:00 UTC is midnight in London, and the date is that day's.
    expect(formatLondonDateTime(new Date("2026-12-01T00:00:00Z"))).toBe("1 December 2026 at midnight");
    expect(formatLondonDateTime(new Date("2026-12-01T14:05:00Z"))).toBe("1 December 2026 at 2:05pm");
    expect(formatLondonDateTime(new Date("2026-12-01T12:30:00Z"))).toBe("1 December 2026 at 12:30pm");
  });

  it("gives a stored calendar date without a time", () => {
    expect(formatCalendarDate(new Date("2026-04-01T00:00:00Z"))).toBe("1 April 2026");
  });
});

describe("when a decision was made", () => {
  it("is a date only for a paper form or a phone call, whose time is not known", () => {
    const noonUtc = new Date("2026-06-01T12:00:00Z");
    expect(formatDecidedAt(noonUtc, "PAPER")).toBe("1 June 2026");
    expect(formatDecidedAt(noonUtc, "PHONE")).toBe("1 June 2026");
    expect(formatDecidedAt(noonUtc, "ONLINE")).toBe("1 June 2026 at 1pm");
    expect(formatDecidedAt(noonUtc, "CAREMYWAY_IMPORT")).toBe("1 June 2026 at 1pm");
  });
});
