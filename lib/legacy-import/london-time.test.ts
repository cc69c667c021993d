import { describe, expect, it } from "vitest";
import { isRealDate, londonOffsetAt, londonTimeToInstant } from "./london-time";

const at = (y: number, m: number, d: number, h = 0, min = 0) => {
  const result = londonTimeToInstant(y, m, d, h, min);
  return result.ok ? result.instant.toISOString() : result.problem;
};

describe("UK local time to UTC", () => {
  it("is UTC in winter and an hour ahead in summer", () => {
    expect(at(2019, 1, 15, 10, 30)).toBe("2019-01-15T10:30:00.000Z");
    expect(at(2019, 6, 15, 10, 30)).toBe("2019-06-15T09:30:00.000Z");
    expect(at(2019, 6, 15)).toBe("2019-06-14T23:00:00.000Z");
  });

  it("refuses the hour the clocks skip in spring, on both sides of it", () => {
    expect(at(2025, 3, 30, 0, 59)).toBe("2025-03-30T00:59:00.000Z");
    expect(at(2025, 3, 30, 1, 0)).toBe("skipped-by-clock-change");
    expect(at(2025, 3, 30, 1, 59)).toBe("skipped-by-clock-change");
    expect(at(2025, 3, 30, 2, 0)).toBe("2025-03-30T01:00:00.000Z");
  });

  it("takes the earlier of the two instants in the hour repeated in autumn", () => {
    expect(at(2025, 10, 26, 0, 59)).toBe("2025-10-25T23:59:00.000Z");
    const repeated = londonTimeToInstant(2025, 10, 26, 1, 30);
    expect(repeated).toEqual({ ok: true, instant: new Date("2025-10-26T00:30:00Z"), isAmbiguous: true });
    expect(at(2025, 10, 26, 2, 0)).toBe("2025-10-26T02:00:00.000Z");
  });

  it("follows historic rules, not only today's (British Standard Time, 1968 to 1971)", () => {
    // All year at UTC+1: a January afternoon was an hour ahead of UTC.
    expect(at(1970, 1, 15, 12, 0)).toBe("1970-01-15T11:00:00.000Z");
    expect(londonOffsetAt(Date.UTC(1970, 0, 15))).toBe(3_600_000);
  });

  it("agrees with the time-zone database through a year, every hour of March and October", () => {
    for (let hour = 0; hour < 366 * 24; hour++) {
      const month = new Date(Date.UTC(2024, 0, 1) + hour * 3_600_000).getUTCMonth();
      if (month !== 2 && month !== 9 && hour % 7 !== 0) continue;
      const instant = Date.UTC(2024, 0, 1) + hour * 3_600_000 + 17 * 60_000;
      const parts = Object.fromEntries(
        new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric" })
          .formatToParts(new Date(instant))
          .map((p) => [p.type, Number(p.value)]),
      );
      const back = londonTimeToInstant(parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!);
      if (!back.ok) throw new Error(`${new Date(instant).toISOString()} did not convert back`);
      // In the repeated hour the earlier instant is chosen, which may be an hour before this one.
      if (back.isAmbiguous) expect([instant, instant - 3_600_000]).toContain(back.instant.getTime());
      else expect(back.instant.getTime()).toBe(instant);
    }
  });

  it("refuses dates that are not in the calendar", () => {
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2023, 2, 29)).toBe(false);
    expect(isRealDate(1900, 2, 29)).toBe(false);
    expect(isRealDate(2000, 2, 29)).toBe(true);
    expect(isRealDate(2024, 4, 31)).toBe(false);
    expect(at(2024, 13, 1)).toBe("not-a-date");
    expect(at(2024, 1, 1, 24, 0)).toBe("not-a-date");
  });
});
