import { describe, expect, it } from "vitest";

import { toDecisionCards } from "./decision-cards";
import type { TimelineDecision } from "./get-person-record";

function entry(id: string, overrides: Partial<TimelineDecision> = {}): TimelineDecision {
  return {
    id, reference: `REF${id}`, nhsNumber: "9990000018", givenName: "A", familyName: "B", dateOfBirth: "1970-01-01", postcode: null,
    choice: "OPT_OUT", madeBy: "SELF", proxyName: null, proxyRelationship: null, channel: "PAPER", contactEmail: null,
    decidedAt: new Date("2026-06-01T12:00:00Z"), recordedAt: new Date("2026-06-05T09:00:00Z"), recordedByKind: "STAFF", recordedByName: null,
    sourceReference: null, language: null, correctsId: null, correctsReference: null, correctedByReferences: [], statuses: [], currentStatus: "EFFECTIVE",
    ...overrides,
  };
}

describe("toDecisionCards", () => {
  it("shows a tracing inside the decision it traced, under the decision's reference, and only the current decision in effect", () => {
    const original = entry("1", { nhsNumber: null });
    const tracing = entry("2", { correctsId: "1", recordedAt: new Date("2026-06-06T09:00:00Z") });
    const older = entry("3", { choice: "OPT_IN", decidedAt: new Date("2026-05-01T12:00:00Z") });
    const cards = toDecisionCards([tracing, original, older], new Set(["2"]));
    expect(cards.map((c) => [c.decision.reference, c.traced?.reference ?? null, c.standing])).toEqual([
      ["REF1", "REF2", "IN_EFFECT"],
      ["REF3", null, "REPLACED"],
    ]);
  });

  it("an untraced decision waits for tracing; a withdrawn tracing puts it back; review and withdrawal say so", () => {
    expect(toDecisionCards([entry("1", { nhsNumber: null })], new Set())[0]!.standing).toBe("WAITING_FOR_TRACING");
    const withdrawnTracing = entry("2", { correctsId: "1", currentStatus: "WITHDRAWN" });
    const card = toDecisionCards([entry("1", { nhsNumber: null }), withdrawnTracing], new Set())[0]!;
    expect([card.standing, card.traced?.id, card.counting.id]).toEqual(["WAITING_FOR_TRACING", "2", "1"]);
    expect(toDecisionCards([entry("1", { currentStatus: "AWAITING_REVIEW" })], new Set())[0]!.standing).toBe("AWAITING_REVIEW");
    expect(toDecisionCards([entry("1", { currentStatus: "WITHDRAWN" })], new Set(["1"]))[0]!.standing).toBe("WITHDRAWN");
  });

  it("a later tracing that stands wins over an earlier withdrawn one", () => {
    const first = entry("2", { correctsId: "1", currentStatus: "WITHDRAWN", recordedAt: new Date("2026-06-06T09:00:00Z") });
    const second = entry("3", { correctsId: "1", recordedAt: new Date("2026-06-07T09:00:00Z") });
    const cards = toDecisionCards([second, first, entry("1", { nhsNumber: null })], new Set(["3"]));
    expect(cards.map((c) => [c.decision.id, c.traced?.id, c.standing])).toEqual([["1", "3", "IN_EFFECT"]]);
  });
});
