import { randomInt } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { changeDecisionStatus } from "@/lib/consent/change-decision-status";
import { recordDecision } from "@/tests/support/record-test-decision";
import { getDb } from "@/lib/db";
import { getMonthlyCube, type CubeCell } from "@/lib/reports/get-monthly-figures";
import { completeMonthsBefore } from "@/lib/reports/london-months";
import { getPublishedFigures } from "@/lib/reports/publish-figures";
import { decisionDetails, RESIDENT, STAFF, uniqueNhsNumber } from "../support/factories";

// The public figures' monthly query on the real database. The decisions here
// are dated 2012–2013, a period no other test writes in, so the counts are
// exactly this file's.

const NOW = new Date("2013-06-15T12:00:00Z");
const MONTHS = completeMonthsBefore(NOW, 12);
const GP_ODS = `Z${randomInt(90_000, 99_999)}`;
let excludedNhsNumber: string;

const record = (overrides: Parameters<typeof decisionDetails>[0], initialStatus?: "EFFECTIVE" | "AWAITING_REVIEW") =>
  recordDecision({ details: decisionDetails(overrides), recordedBy: STAFF, initialStatus });

beforeAll(async () => {
  await getDb().organisation.create({
    data: { odsCode: GP_ODS, name: "Figures Test Practice", type: "GP_PRACTICE", borough: "HARINGEY", joinedOn: new Date("2012-01-01") },
  });
  // Month boundaries in Europe/London time.
  await record({ decidedAt: new Date("2013-03-31T23:30:00Z"), postcode: "N1 1AA", channel: "ONLINE" }); // 00:30 BST 1 April: April
  await record({ decidedAt: new Date("2012-10-31T23:30:00Z"), postcode: "N1 1AA", channel: "ONLINE" }); // GMT: still October
  await record({ decidedAt: new Date("2012-05-31T23:30:00Z"), postcode: "N1 1AA", channel: "ONLINE" }); // 00:30 BST 1 June: the first month
  await record({ decidedAt: new Date("2013-05-31T23:30:00Z"), postcode: "N1 1AA", channel: "ONLINE" }); // June 2013: after the period
  // Boroughs: postcode district, else the GP practice's borough, else not known.
  await record({ decidedAt: new Date("2012-11-10T10:00:00Z"), postcode: "EN1 3PL", channel: "PAPER" });
  await record({ decidedAt: new Date("2012-11-10T10:00:00Z"), postcode: "SW1A 1AA", gpPracticeOds: GP_ODS, channel: "PHONE" });
  await record({ decidedAt: new Date("2012-11-10T10:00:00Z"), postcode: "SW1A 1AA", channel: "CAREMYWAY_IMPORT" });
  await record({ decidedAt: new Date("2012-11-10T10:00:00Z"), postcode: "SW1A 1AA", channel: "CIDR_IMPORT", choice: "OPT_IN" });
  // Not counted: withdrawn, awaiting review, replaced by an effective correction (which counts instead).
  const withdrawn = await record({ decidedAt: new Date("2012-12-05T10:00:00Z"), postcode: "NW3 2QG", channel: "ONLINE" });
  await changeDecisionStatus({ decisionId: withdrawn.id, status: "WITHDRAWN", reason: "Evidence not accepted", by: STAFF });
  await record({ decidedAt: new Date("2012-12-05T10:00:00Z"), postcode: "NW3 2QG", channel: "ONLINE", choice: "OPT_IN" }, "AWAITING_REVIEW");
  const corrected = await recordDecision({
    details: decisionDetails({ decidedAt: new Date("2012-12-20T10:00:00Z"), postcode: "NW4 4BT", channel: "PAPER" }),
    recordedBy: RESIDENT,
  });
  await recordDecision({
    details: decisionDetails({ decidedAt: new Date("2012-12-20T10:00:00Z"), postcode: "NW4 4BT", channel: "PAPER", nhsNumber: uniqueNhsNumber() }),
    recordedBy: STAFF,
    correctsId: corrected.id,
  });
  // Excluded by NHS number, as the canaries are.
  excludedNhsNumber = uniqueNhsNumber();
  await record({ nhsNumber: excludedNhsNumber, decidedAt: new Date("2013-01-15T10:00:00Z"), postcode: "N1 1AA", channel: "ONLINE" });
});

const cell = (cells: CubeCell[], month: string, borough: CubeCell["borough"], channel: CubeCell["channel"]) =>
  cells.find((c) => c.month === month && c.borough === borough && c.channel === channel);

describe("the monthly figures query", () => {
  it("covers the 12 complete London months before today's", () => {
    expect(MONTHS[0]).toBe("2012-06");
    expect(MONTHS.at(-1)).toBe("2013-05");
    expect(completeMonthsBefore(new Date("2026-10-31T23:30:00Z"), 1)).toEqual(["2026-09"]); // GMT, still October
    expect(completeMonthsBefore(new Date("2026-03-31T23:30:00Z"), 1)).toEqual(["2026-03"]); // BST: 1 April already
  });

  it("counts effective decisions by London month, borough and channel, and nothing else", async () => {
    const { cells } = await getMonthlyCube({ months: MONTHS, excludeNhsNumberPrefix: excludedNhsNumber });
    const sorted = [...cells].sort((a, b) => `${a.month}${a.borough}${a.channel}`.localeCompare(`${b.month}${b.borough}${b.channel}`));
    expect(sorted).toEqual([
      { month: "2012-06", borough: "ISLINGTON", channel: "ONLINE", optOuts: 1, optIns: 0 },
      { month: "2012-10", borough: "ISLINGTON", channel: "ONLINE", optOuts: 1, optIns: 0 },
      { month: "2012-11", borough: "ENFIELD", channel: "PAPER", optOuts: 1, optIns: 0 },
      { month: "2012-11", borough: "HARINGEY", channel: "PHONE", optOuts: 1, optIns: 0 },
      { month: "2012-11", borough: "UNKNOWN", channel: "CAREMYWAY_IMPORT", optOuts: 1, optIns: 0 },
      { month: "2012-11", borough: "UNKNOWN", channel: "CIDR_IMPORT", optOuts: 0, optIns: 1 },
      // The correction, once; not the entry it replaced.
      { month: "2012-12", borough: "BARNET", channel: "PAPER", optOuts: 1, optIns: 0 },
      { month: "2013-04", borough: "ISLINGTON", channel: "ONLINE", optOuts: 1, optIns: 0 },
    ]);
  });

  it("leaves out the canary people by default, and counts a decision only the exclusion hides", async () => {
    const withIt = await getMonthlyCube({ months: MONTHS });
    expect(cell(withIt.cells, "2013-01", "ISLINGTON", "ONLINE")).toMatchObject({ optOuts: 1 });
    // The canaries' own months (no other test writes decisions there): with
    // an exclusion that matches nobody, exactly the canaries' decisions appear.
    const canaryMonths = completeMonthsBefore(new Date("2025-03-15T12:00:00Z"), 13);
    const byDefault = await getMonthlyCube({ months: canaryMonths });
    const everyone = await getMonthlyCube({ months: canaryMonths, excludeNhsNumberPrefix: "no-such-prefix" });
    const islington = (cells: CubeCell[], month: string, channel: CubeCell["channel"]) => {
      const found = cell(cells, month, "ISLINGTON", channel);
      return { optOuts: found?.optOuts ?? 0, optIns: found?.optIns ?? 0 };
    };
    const difference = (month: string, channel: CubeCell["channel"]) => {
      const [a, b] = [islington(everyone.cells, month, channel), islington(byDefault.cells, month, channel)];
      return { optOuts: a.optOuts - b.optOuts, optIns: a.optIns - b.optIns };
    };
    expect(difference("2024-03", "CAREMYWAY_IMPORT")).toEqual({ optOuts: 1, optIns: 0 });
    expect(difference("2025-01", "ONLINE")).toEqual({ optOuts: 2, optIns: 0 }); // online and the proxy
    expect(difference("2025-01", "PAPER")).toEqual({ optOuts: 1, optIns: 0 });
    expect(difference("2025-02", "ONLINE")).toEqual({ optOuts: 0, optIns: 1 });
  });

  it("publishes only suppressed and rounded figures from it", async () => {
    // Twelve more opt-outs in March 2013: 12 is published as 10, and each borough's 1 as fewer than 10.
    for (let i = 0; i < 12; i++) await record({ decidedAt: new Date("2013-03-10T10:00:00Z"), postcode: i % 2 ? "N22 6HH" : "N8 9BA", channel: "ONLINE" });
    const figures = await getPublishedFigures({ now: NOW, useCache: false });
    expect(figures.months).toEqual(MONTHS);
    const march = figures.perMonth["2013-03"]!;
    expect(march.total.optOuts).toEqual({ kind: "rounded", value: 10 });
    expect(march.total.optIns).toEqual({ kind: "fewer-than-10" });
    expect(march.total.net).toEqual({ kind: "not-shown" });
    expect(march.byBorough.find((r) => r.key === "HARINGEY")!.optOuts).toEqual({ kind: "rounded", value: 10 });
    expect(figures.perMonth["2012-11"]!.total.optOuts).toEqual({ kind: "fewer-than-10" });
    expect(figures.byMonth.find((r) => r.key === "2013-03")!.optOuts).toEqual({ kind: "rounded", value: 10 });
  });
});
