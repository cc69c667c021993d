import { describe, expect, it } from "vitest";

import { expandDayAndMonth } from "./short-dates";

const on = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe("expandDayAndMonth", () => {
  it("reads four digits as the latest such day on or before today", () => {
    expect(expandDayAndMonth("0111", on("2026-12-06"))).toBe("01/11/2026");
    expect(expandDayAndMonth("0612", on("2026-12-06"))).toBe("06/12/2026");
    expect(expandDayAndMonth("0712", on("2026-12-06"))).toBe("07/12/2025");
    expect(expandDayAndMonth("1512", on("2027-01-06"))).toBe("15/12/2026");
    expect(expandDayAndMonth("1/11", on("2026-12-06"))).toBe("01/11/2026");
  });

  it("finds the last 29 February, and leaves a day that is never real for the schema to refuse", () => {
    expect(expandDayAndMonth("2902", on("2026-12-06"))).toBe("29/02/2024");
    expect(expandDayAndMonth("3102", on("2026-12-06"))).toBe("3102");
    expect(expandDayAndMonth("0013", on("2026-12-06"))).toBe("0013");
    expect(expandDayAndMonth("3204", on("2026-12-06"))).toBe("3204");
  });

  it("leaves dates with a year, and anything else, unchanged", () => {
    for (const value of ["011126", "01112026", "01/11/2026", "2026-11-01", "", "011", "hello"]) {
      expect(expandDayAndMonth(value, on("2026-12-06"))).toBe(value);
    }
  });

  it("uses the London date, not the UTC one, around midnight", () => {
    // 23:30 UTC on 31 May is 00:30 on 1 June in London (summer time).
    expect(expandDayAndMonth("0106", new Date("2026-05-31T23:30:00Z"))).toBe("01/06/2026");
  });
});
