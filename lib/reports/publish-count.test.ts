import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FIGURE_BOROUGHS, FIGURE_CHANNELS, type CubeCell, type MonthlyCube } from "./get-monthly-figures";
import { figuresToCsv, listDownloadRows } from "./figures-downloads";
import { publishCount, publishRow, type PublishedCount, type PublishedRow } from "./publish-count";
import { publishFigures } from "./publish-figures";

// The public figures' disclosure rule (docs/decisions/017-public-figures.md),
// checked over many random counts and random registers.

const rank = (p: PublishedCount) => (p.kind === "fewer-than-10" ? -1 : p.value);

/** The true counts a published figure allows. */
const range = (p: PublishedCount): [number, number] => (p.kind === "fewer-than-10" ? [0, 9] : [p.value - 2, p.value + 2]);

describe("publishCount", () => {
  it("never reveals a count under 10: every one of them looks the same", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 9 }), (n) => {
      expect(publishCount(n)).toEqual({ kind: "fewer-than-10" });
    }));
  });

  it("rounds 10 and above to the nearest 5, never below 10", () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 10_000_000 }), (n) => {
        const published = publishCount(n);
        expect(published.kind).toBe("rounded");
        const value = (published as { value: number }).value;
        expect(value % 5).toBe(0);
        expect(value).toBeGreaterThanOrEqual(10);
        expect(Math.abs(value - n)).toBeLessThanOrEqual(2);
        // The nearest multiple of 5 of all those allowed (10 or more).
        for (const other of [value - 5, value + 5]) if (other >= 10) expect(Math.abs(other - n)).toBeGreaterThan(Math.abs(value - n));
      }),
    );
    expect([10, 11, 12, 13, 14, 15, 17, 18, 1002, 1003].map((n) => rank(publishCount(n)))).toEqual([10, 10, 10, 15, 15, 15, 15, 20, 1000, 1005]);
  });

  it("never orders two counts the wrong way round", () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.nat(100_000), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(rank(publishCount(low))).toBeLessThanOrEqual(rank(publishCount(high)));
      }),
    );
  });

  it("refuses what is not a count", () => {
    for (const bad of [-1, 1.5, Number.NaN]) expect(() => publishCount(bad)).toThrow(/whole number/);
  });
});

describe("publishRow", () => {
  it("shows net change only when both figures are shown, as the difference of the figures shown", () => {
    fc.assert(
      fc.property(fc.nat(5_000), fc.nat(5_000), (optOuts, optIns) => {
        const row = publishRow("x", { optOuts, optIns });
        if (row.optOuts.kind === "rounded" && row.optIns.kind === "rounded") {
          expect(row.net).toEqual({ kind: "value", value: row.optOuts.value - row.optIns.value });
        } else {
          expect(row.net).toEqual({ kind: "not-shown" });
        }
      }),
    );
  });
});

const cellArbitrary = (months: readonly string[]) =>
  fc.record({
    month: fc.constantFrom(...months),
    borough: fc.constantFrom(...FIGURE_BOROUGHS),
    channel: fc.constantFrom(...FIGURE_CHANNELS),
    // Mostly small, sometimes large: small cells are where disclosure happens.
    optOuts: fc.oneof(fc.nat(12), fc.nat(400)),
    optIns: fc.oneof(fc.nat(12), fc.nat(400)),
  });

const MONTHS = ["2026-01", "2026-02", "2026-03"];
const cubeArbitrary = fc.array(cellArbitrary(MONTHS), { maxLength: 40 }).map((cells): MonthlyCube => {
  // One cell per month, borough and channel, as the query gives.
  const merged = new Map<string, CubeCell>();
  for (const cell of cells) {
    const key = `${cell.month}|${cell.borough}|${cell.channel}`;
    const found = merged.get(key);
    if (found) {
      found.optOuts += cell.optOuts;
      found.optIns += cell.optIns;
    } else merged.set(key, { ...cell });
  }
  return { months: MONTHS, cells: [...merged.values()] };
});

function trueSum(cells: readonly CubeCell[], keep: (c: CubeCell) => boolean) {
  return cells.filter(keep).reduce((acc, c) => ({ optOuts: acc.optOuts + c.optOuts, optIns: acc.optIns + c.optIns }), { optOuts: 0, optIns: 0 });
}

function expectPublishedFrom(row: PublishedRow, counts: { optOuts: number; optIns: number }) {
  expect(row.optOuts).toEqual(publishCount(counts.optOuts));
  expect(row.optIns).toEqual(publishCount(counts.optIns));
}

describe("publishFigures", () => {
  it("publishes every figure from its own true total, once, with the same rule", () => {
    fc.assert(
      fc.property(cubeArbitrary, (cube) => {
        const figures = publishFigures(cube, new Date("2026-04-02T00:00:00Z"));
        const periods: [string | null, (c: CubeCell) => boolean][] = [[null, () => true], ...MONTHS.map((m) => [m, (c: CubeCell) => c.month === m] as [string, (c: CubeCell) => boolean])];
        for (const [month, inPeriod] of periods) {
          const view = month ? figures.perMonth[month]! : figures.period;
          expectPublishedFrom(view.total, trueSum(cube.cells, inPeriod));
          for (const row of view.byBorough) expectPublishedFrom(row, trueSum(cube.cells, (c) => inPeriod(c) && c.borough === row.key));
          for (const row of view.byChannel) expectPublishedFrom(row, trueSum(cube.cells, (c) => inPeriod(c) && c.channel === row.key));
        }
        // The monthly table's rows are the same figures as each month's total.
        expect(figures.byMonth.map(({ optOuts, optIns, net }) => ({ optOuts, optIns, net }))).toEqual(
          MONTHS.map((m) => ({ optOuts: figures.perMonth[m]!.total.optOuts, optIns: figures.perMonth[m]!.total.optIns, net: figures.perMonth[m]!.total.net })),
        );
      }),
    );
  });

  it("keeps totals consistent with their parts: some true counts fit every published figure at once", () => {
    fc.assert(
      fc.property(cubeArbitrary, (cube) => {
        const figures = publishFigures(cube, new Date());
        for (const view of [figures.period, ...Object.values(figures.perMonth)]) {
          for (const parts of [view.byBorough, view.byChannel]) {
            for (const measure of ["optOuts", "optIns"] as const) {
              const [low, high] = parts.map((p) => range(p[measure])).reduce(([a, b], [c, d]) => [a + c, b + d], [0, 0]);
              const [totalLow, totalHigh] = range(view.total[measure]);
              expect(Math.max(low, totalLow)).toBeLessThanOrEqual(Math.min(high, totalHigh));
            }
          }
        }
      }),
    );
  });

  it("puts no count under 10 in the downloads", () => {
    fc.assert(
      fc.property(cubeArbitrary, (cube) => {
        const figures = publishFigures(cube, new Date());
        for (const row of listDownloadRows(figures)) {
          for (const value of [row.optOuts, row.optIns]) {
            if (value !== "fewer than 10") {
              expect(value).toBeGreaterThanOrEqual(10);
              expect(value % 5).toBe(0);
            }
          }
        }
        const csvCounts = figuresToCsv(figures).trim().split("\r\n").slice(1).flatMap((line) => line.split(",").slice(3, 5));
        for (const cell of csvCounts) expect(cell === "fewer than 10" || (Number(cell) >= 10 && Number(cell) % 5 === 0), cell).toBe(true);
      }),
    );
  });
});
