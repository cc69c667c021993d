import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatInstant } from "./stage-rows";

/** What PostgreSQL reads "YYYY-MM-DD HH:MM:SS.mmm+00" as, in JavaScript's terms. */
const readBack = (text: string) => new Date(text.replace(" ", "T").replace(/\+00$/, "Z"));

describe("formatInstant (the staging COPY's timestamps)", () => {
  it("writes every instant from 1800 to 2200 so that it reads back to the same millisecond", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1800-01-01T00:00:00Z"), max: new Date("2200-12-31T23:59:59.999Z"), noInvalidDate: true }), (date) => {
        const text = formatInstant(date);
        expect(text).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}\+00$/);
        expect(readBack(text).getTime()).toBe(date.getTime());
      }),
      { numRuns: 5000 },
    );
  });

  it("gets the edges of a day right, before and after 1970", () => {
    for (const iso of ["1969-12-31T23:59:59.999Z", "1970-01-01T00:00:00.000Z", "1968-02-18T00:00:00.001Z", "2019-10-27T01:30:00.000Z"]) {
      expect(formatInstant(new Date(iso))).toBe(`${iso.slice(0, 10)} ${iso.slice(11, 23)}+00`);
    }
  });

  it("leaves years outside 0000-9999 in the ISO form PostgreSQL also reads", () => {
    expect(formatInstant(new Date("+012345-01-01T00:00:00.000Z"))).toBe("+012345-01-01T00:00:00.000Z");
  });
});
