import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { DEMO_SOURCE_PREFIX, seedDemoData } from "@/lib/demo/seed-demo-data";
import { isTestNhsNumber, isValidNhsNumber } from "@/lib/nhs-number/nhs-number";

describe("seedDemoData", () => {
  it("adds organisations in all five boroughs and a few hundred test-range decisions, once", async () => {
    const db = getDb();
    const first = await seedDemoData();
    expect(first.decisions).toBe(300);
    const boroughs = await db.organisation.groupBy({ by: ["borough"], _count: true });
    expect(boroughs.map((b) => b.borough).sort()).toEqual(["BARNET", "CAMDEN", "ENFIELD", "HARINGEY", "ISLINGTON"]);

    const decisions = await db.decision.findMany({ where: { sourceReference: { startsWith: DEMO_SOURCE_PREFIX } }, select: { nhsNumber: true } });
    expect(decisions).toHaveLength(300);
    for (const { nhsNumber } of decisions) {
      if (nhsNumber === null) continue; // untraced paper forms
      expect(isTestNhsNumber(nhsNumber) && isValidNhsNumber(nhsNumber)).toBe(true);
    }

    const again = await seedDemoData();
    expect(again).toMatchObject({ decisions: 0, skippedDecisions: true });
    expect(await db.decision.count({ where: { sourceReference: { startsWith: DEMO_SOURCE_PREFIX } } })).toBe(300);
  });
});
