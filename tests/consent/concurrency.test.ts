import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getConsentStatus } from "@/lib/consent/get-consent-status";
import { listConsentChanges } from "@/lib/consent/list-consent-changes";
import { recordDecision } from "@/tests/support/record-test-decision";
import { getDb } from "@/lib/db";
import { expectConsistent } from "../support/register-assertions";
import { decisionDetails, minutesAfter, RESIDENT, uniqueNhsNumber } from "../support/factories";

const T0 = "2026-05-01T12:00:00Z";
describe("concurrent writes", () => {
  it("give one deterministic answer when decisions for one person are written at the same moment", async () => {
    const nhsNumber = uniqueNhsNumber();
    const choices = Array.from({ length: 16 }, (_, i) => (i % 2 === 0 ? "OPT_IN" : "OPT_OUT") as "OPT_IN" | "OPT_OUT");
    const recorded = await Promise.all(
      choices.map((choice) => recordDecision({ details: decisionDetails({ nhsNumber, choice, decidedAt: T0 }), recordedBy: RESIDENT })),
    );
    expect(recorded).toHaveLength(16);
    const { expected: current } = await expectConsistent(nhsNumber);
    // Same moment: an opt-out wins, then the lowest reference number.
    const optOuts = recorded.filter((_, i) => choices[i] === "OPT_OUT").map((r) => r.reference).sort();
    expect(current?.reference).toBe(optOuts[0]);
    expect((await getConsentStatus({ nhsNumber })).status).toBe("opted-out");
  });

  it("settle on the latest decision time for any arrival order, sequential or concurrent", async () => {
    const plan = fc.record({
      decisions: fc.array(
        fc.record({ minutes: fc.integer({ min: 0, max: 6 }), choice: fc.constantFrom("OPT_OUT" as const, "OPT_IN" as const) }),
        { minLength: 1, maxLength: 6 },
      ),
      concurrent: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(plan, async ({ decisions, concurrent }) => {
        const nhsNumber = uniqueNhsNumber();
        const write = (d: (typeof decisions)[number]) =>
          recordDecision({ details: decisionDetails({ nhsNumber, choice: d.choice, decidedAt: minutesAfter(T0, d.minutes) }), recordedBy: RESIDENT });
        if (concurrent) await Promise.all(decisions.map(write));
        else for (const d of decisions) await write(d);
        const { expected: current } = await expectConsistent(nhsNumber);
        const latest = Math.max(...decisions.map((d) => d.minutes));
        expect(current?.decidedAt).toEqual(minutesAfter(T0, latest));
        const latestChoices = decisions.filter((d) => d.minutes === latest).map((d) => d.choice);
        expect(current?.choice).toBe(latestChoices.includes("OPT_OUT") ? "OPT_OUT" : "OPT_IN");
      }),
      { numRuns: 40 },
    );
  });

  it("number every change in commit order, so paging the feed while writing never skips or repeats", async () => {
    const db = getDb();
    const start = (await db.consentChange.aggregate({ _max: { seq: true } }))._max.seq ?? 0n;
    const people = Array.from({ length: 12 }, () => uniqueNhsNumber());
    let writing = true;
    const seen: bigint[] = [];
    const reader = (async () => {
      let after = start;
      for (;;) {
        const done = !writing;
        const page = await listConsentChanges({ after, limit: 7 });
        for (const change of page) seen.push(change.seq);
        if (page.length) after = page[page.length - 1]!.seq;
        if (done && page.length === 0) return;
      }
    })();
    await Promise.all(
      people.flatMap((nhsNumber, i) => [
        recordDecision({ details: decisionDetails({ nhsNumber, decidedAt: minutesAfter(T0, i) }), recordedBy: RESIDENT }),
        recordDecision({ details: decisionDetails({ nhsNumber, choice: "OPT_IN", decidedAt: minutesAfter(T0, i + 30) }), recordedBy: RESIDENT }),
      ]),
    );
    writing = false;
    await reader;

    const all = (await db.consentChange.findMany({ where: { seq: { gt: start } }, orderBy: { seq: "asc" }, select: { seq: true } })).map((c) => c.seq);
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(seen.length);
    // The counter hands out numbers without gaps, and the feed holds them all.
    all.forEach((seq, i) => expect(seq).toBe(start + BigInt(i) + 1n));
    for (const nhsNumber of people) await expectConsistent(nhsNumber);
  });
});
