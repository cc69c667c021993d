import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateTestNhsNumber } from "../nhs-number/nhs-number";
import { decisionDetailsSchema } from "../validation/decision";
import { checkCareMyWayRow } from "./check-caremyway-row";
import { checkCidrRow, parseIsoTimestamp } from "./check-cidr-row";
import type { CheckedRow } from "./types";

const NOW = new Date("2026-11-25T12:00:00Z");
const context = { rowNumber: 2, now: NOW.getTime(), today: "2026-11-25" };

/** What recordDecision would be given for an imported row. */
function asDecisionDetails(row: CheckedRow, channel: "CAREMYWAY_IMPORT" | "CIDR_IMPORT") {
  return {
    nhsNumber: row.nhsNumber ?? undefined,
    givenName: row.givenName!,
    familyName: row.familyName!,
    dateOfBirth: row.dateOfBirth!,
    postcode: row.postcode ?? undefined,
    gpPracticeOds: row.gpPracticeOds ?? undefined,
    choice: row.choice,
    madeBy: "SELF" as const,
    channel,
    decidedAt: row.decidedAt,
    sourceReference: row.sourceReference ?? undefined,
  };
}

const pad = (n: number) => String(n).padStart(2, "0");
// Mostly valid values with awkward ones mixed in, so that many rows pass and are compared.
const text = fc.oneof(
  { arbitrary: fc.constantFrom("Zoë", "O'Brien", " Núñez ", "Smith, Jr", 'Ana "Annie"', "Seán"), weight: 4 },
  { arbitrary: fc.string({ unit: fc.constantFrom("a", "Z", "ë", "'", " ", ",", '"', "-", "\t", "1", "ñ"), maxLength: 110 }), weight: 1 },
);
const nhsNumber = fc.oneof(
  { arbitrary: fc.constant(""), weight: 1 },
  {
    arbitrary: fc.integer({ min: 0, max: 2 ** 32 - 1 }).map((seed) => {
      let state = seed;
      return generateTestNhsNumber(() => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32);
    }),
    weight: 3,
  },
  { arbitrary: fc.stringMatching(/^[0-9 ]{0,13}$/), weight: 1 },
);
const day = fc.oneof(
  { arbitrary: fc.record({ y: fc.integer({ min: 1900, max: 2025 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }), weight: 3 },
  { arbitrary: fc.record({ y: fc.integer({ min: 1890, max: 2030 }), m: fc.integer({ min: 1, max: 13 }), d: fc.integer({ min: 1, max: 31 }) }), weight: 1 },
);
const ukDate = day.map(({ d, m, y }) => `${pad(d)}/${pad(m)}/${y}`);
const ukDateTime = fc
  .tuple(ukDate, fc.option(fc.record({ h: fc.integer({ min: 0, max: 24 }), mi: fc.integer({ min: 0, max: 60 }) })))
  .map(([date, time]) => (time ? `${date} ${pad(time.h)}:${pad(time.mi)}` : date));
const postcode = fc.constantFrom("", "N1 1AA", "n11aa", " NW1  2DB ", "EC1V 9XX", "NOPE", "N1");
const practice = fc.constantFrom("", "F83001", "f83001", " F83002 ", "12345", "F8300");

describe("row checks", () => {
  it("accept only CareMyWay rows that the register's own decision schema accepts, unchanged", () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.tuple(nhsNumber, text, text, ukDate, postcode, practice, fc.constantFrom("93C1.", "93C0.", " 93C1. ", "93C2."), ukDateTime, text),
        (fields) => {
          const checked = checkCareMyWayRow(fields, context);
          if (!checked.ok) return;
          accepted++;
          const parsed = decisionDetailsSchema.safeParse(asDecisionDetails(checked.row, "CAREMYWAY_IMPORT"));
          expect(parsed.success, JSON.stringify({ fields, issues: parsed.error?.issues })).toBe(true);
          // The schema would store exactly what the importer stores.
          expect(parsed.data?.postcode ?? null).toBe(checked.row.postcode);
          expect(parsed.data?.gpPracticeOds ?? null).toBe(checked.row.gpPracticeOds);
          expect(parsed.data?.nhsNumber ?? null).toBe(checked.row.nhsNumber);
          expect(parsed.data?.givenName).toBe(checked.row.givenName);
          expect(parsed.data?.familyName).toBe(checked.row.familyName);
        },
      ),
      { numRuns: 3_000 },
    );
    // Enough accepted rows for the comparison to mean something.
    expect(accepted).toBeGreaterThan(150);
  });

  it("accept only CIDR events that the register's own decision schema accepts", () => {
    let accepted = 0;
    const isoDate = day.map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`);
    const timestamp = fc.tuple(isoDate, fc.integer({ min: 0, max: 24 }), fc.constantFrom("Z", "Z", "+01:00", "-0500", "", "+14")).map(([date, h, zone]) => `${date}T${pad(h)}:30:00${zone}`);
    fc.assert(
      fc.property(fc.tuple(nhsNumber, text, text, isoDate, postcode, practice, fc.constantFrom("416409005", "417528008", "416308001"), timestamp, fc.constant("active")), (fields) => {
        const checked = checkCidrRow(fields, context);
        if (!checked.ok) return;
        accepted++;
        const parsed = decisionDetailsSchema.safeParse(asDecisionDetails(checked.row, "CIDR_IMPORT"));
        expect(parsed.success, JSON.stringify({ fields, issues: parsed.error?.issues })).toBe(true);
      }),
      { numRuns: 3_000 },
    );
    expect(accepted).toBeGreaterThan(150);
  });

  it("read a CareMyWay row's fields as the contract says", () => {
    const checked = checkCareMyWayRow(["943 476 5919", " O'Brien ", "Zoë", "29/02/1972", "n7 6aa", "f83001", "93C0.", "01/07/2019 08:05", "JSMITH"], context);
    expect(checked).toEqual({
      ok: true,
      row: {
        rowNumber: 2,
        kind: "event",
        nhsNumber: "9434765919",
        givenName: "Zoë",
        familyName: "O'Brien",
        dateOfBirth: "1972-02-29",
        postcode: "N7 6AA",
        gpPracticeOds: "F83001",
        choice: "OPT_IN",
        sourceCode: "93C0.",
        decidedAt: new Date("2019-07-01T07:05:00Z"),
        sourceReference: "CareMyWay, entered by JSMITH",
      },
    });
  });

  it("read CIDR timestamps with Z, offsets and fractions", () => {
    const instant = (raw: string) => {
      const parsed = parseIsoTimestamp("recorded_at", raw);
      return parsed.ok ? parsed.instant.toISOString() : parsed.problem.code;
    };
    expect(instant("2019-06-15T10:30:00Z")).toBe("2019-06-15T10:30:00.000Z");
    expect(instant("2019-06-15T10:30:00+01:00")).toBe("2019-06-15T09:30:00.000Z");
    expect(instant("2019-06-15T10:30:00-0530")).toBe("2019-06-15T16:00:00.000Z");
    expect(instant("2019-06-15T10:30+01")).toBe("2019-06-15T09:30:00.000Z");
    expect(instant("2019-06-15T10:30:00.123456Z")).toBe("2019-06-15T10:30:00.123Z");
    expect(instant("2019-06-15T10:30:00")).toBe("event-date-no-time-zone");
    expect(instant("2019-02-30T10:30:00Z")).toBe("event-date-invalid");
    expect(instant("2019-06-15 10:30:00Z")).toBe("event-date-invalid");
  });

  it("match an untraced CIDR retraction by name and date of birth, a traced one by NHS number alone", () => {
    const traced = checkCidrRow(["9434765919", "", "", "", "", "", "416409005", "2019-06-15T10:30:00Z", "entered-in-error"], context);
    expect(traced).toMatchObject({ ok: true, row: { kind: "retraction", nhsNumber: "9434765919", givenName: null } });
    const untraced = checkCidrRow(["", "Una", "Known", "1950-01-01", "", "", "416409005", "2019-06-15T10:30:00Z", "entered-in-error"], context);
    expect(untraced).toMatchObject({ ok: true, row: { kind: "retraction", nhsNumber: null, familyName: "Known", dateOfBirth: "1950-01-01" } });
    const nameless = checkCidrRow(["", "", "", "", "", "", "416409005", "2019-06-15T10:30:00Z", "entered-in-error"], context);
    expect(nameless).toMatchObject({ ok: false, problem: { code: "name-missing" } });
  });
});
