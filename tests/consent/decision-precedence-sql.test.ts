import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CandidateDecision,
  compareDecisionPrecedence,
  decisionPrecedenceOrderBySql,
  decisionPrecedesSql,
} from "@/lib/consent/select-current-decision";
import { connectTestDatabaseForFile } from "../support/test-database-client";

// The precedence rule is stated once (DECISION_PRECEDENCE); the SQL that bulk
// writers sort and compare with is generated from it. This checks the
// generated SQL against the TypeScript comparison on the real database, with
// the decision table's own column types, over many random sets of decisions
// where ties in time, choice and even reference are common.

const database = connectTestDatabaseForFile();

const decision = fc.record({
  id: fc.uuid(),
  // A narrow range of times (with milliseconds, as the register keeps) makes ties common.
  decidedAt: fc.integer({ min: 0, max: 6 }).map((n) => new Date(Date.UTC(2026, 0, 1, 12, 0, 0, n * 500))),
  choice: fc.constantFrom("OPT_OUT" as const, "OPT_IN" as const),
  // Uppercase letters and digits, as references are; a few values so that equal references occur too.
  reference: fc.constantFrom("2V88F7FB5", "GSF5CNE5B", "GSF5CNE5C", "A00000000", "Z99999999", "0AAAAAAAA"),
  status: fc.constant("EFFECTIVE" as const),
  isCorrected: fc.constant(false),
}) satisfies fc.Arbitrary<CandidateDecision>;

const VALUES = `unnest($1::uuid[], $2::timestamptz(3)[], $3::"Choice"[], $4::varchar(9)[])`;
const params = (list: readonly CandidateDecision[]) => [
  list.map((d) => d.id),
  list.map((d) => d.decidedAt.toISOString()),
  list.map((d) => d.choice),
  list.map((d) => d.reference),
];
const keyOf = (d: { decidedAt: Date; choice: string; reference: string }) => `${d.decidedAt.toISOString()} ${d.choice} ${d.reference}`;

describe("the precedence rule in SQL", () => {
  it("orders any set of decisions exactly as compareDecisionPrecedence does", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(decision, { minLength: 1, maxLength: 12 }), async (list) => {
        const { rows } = await database().query<{ decided_at: Date; choice: string; reference: string }>(
          `SELECT decided_at, choice::text, reference FROM ${VALUES} AS d(id, decided_at, choice, reference)
            ORDER BY ${decisionPrecedenceOrderBySql("d")}`,
          params(list),
        );
        const expected = [...list].sort(compareDecisionPrecedence).map(keyOf);
        expect(rows.map((r) => keyOf({ decidedAt: r.decided_at, choice: r.choice, reference: r.reference }))).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it("says which of two decisions takes precedence exactly as compareDecisionPrecedence does, through any key", async () => {
    await fc.assert(
      fc.asyncProperty(decision, decision, async (x, y) => {
        const { rows } = await database().query<Record<string, boolean>>(
          `SELECT ${decisionPrecedesSql("x", "y")} AS precedes,
                  ${decisionPrecedesSql("x", "y", { orEqual: true })} AS precedes_or_equal,
                  ${decisionPrecedesSql("x", "y", { throughColumn: "choice", orEqual: true })} AS outranks_before_reference
             FROM ${VALUES} AS x(id, decided_at, choice, reference), ${VALUES.replace(/\$(\d)/g, (_, n) => `$${Number(n) + 4}`)} AS y(id, decided_at, choice, reference)`,
          [...params([x]), ...params([y])],
        );
        const order = compareDecisionPrecedence(x, y);
        const withoutReference = compareDecisionPrecedence({ ...x, reference: "" }, { ...y, reference: "" });
        expect(rows[0]).toEqual({ precedes: order < 0, precedes_or_equal: order <= 0, outranks_before_reference: withoutReference <= 0 });
      }),
      { numRuns: 300 },
    );
  });
});
