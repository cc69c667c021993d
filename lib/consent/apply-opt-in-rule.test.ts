import { describe, expect, it } from "vitest";

import { applyOptInRule, type RuleDecision } from "./apply-opt-in-rule";

let sequence = 0;
function decision(choice: "OPT_OUT" | "OPT_IN", minute: number, overrides: Partial<RuleDecision> = {}): RuleDecision {
  sequence++;
  return {
    id: `d${sequence}`,
    reference: `REF${String(sequence).padStart(6, "0")}`,
    choice,
    decidedAt: new Date(Date.UTC(2026, 6, 1, 9, minute)),
    status: "EFFECTIVE",
    isCorrected: false,
    assurance: "PROVED_EMAIL",
    contactEmail: "a@example.org",
    ...overrides,
  };
}

const FROM_A = { assurance: "PROVED_EMAIL", contactEmail: "a@example.org" } as const;

describe("the opt-in rule", () => {
  it("lets an opt-in with nothing to reverse take effect, whoever sends it", () => {
    expect(applyOptInRule([], { assurance: "UNPROVED" })).toEqual({ status: "EFFECTIVE", reversesOptOut: false });
    expect(applyOptInRule([decision("OPT_OUT", 1), decision("OPT_IN", 2)], { assurance: "UNPROVED" })).toEqual({ status: "EFFECTIVE", reversesOptOut: false });
    // A withdrawn opt-out reverses nothing.
    expect(applyOptInRule([decision("OPT_OUT", 1, { status: "WITHDRAWN" })], { assurance: "UNPROVED" }).status).toBe("EFFECTIVE");
  });

  it("holds an opt-in reversing an opt-out unless the same proved email made every opt-out since the last opt-in", () => {
    const fromB = decision("OPT_OUT", 2, { contactEmail: "b@example.org" });
    expect(applyOptInRule([decision("OPT_OUT", 1), fromB], FROM_A)).toEqual({ status: "AWAITING_REVIEW", reversesOptOut: true });
    expect(applyOptInRule([decision("OPT_OUT", 1), fromB], { assurance: "PROVED_EMAIL", contactEmail: "b@example.org" }).status).toBe("AWAITING_REVIEW");
    // Before the last effective opt-in, b's opt-out no longer counts.
    expect(applyOptInRule([fromB, decision("OPT_IN", 3, { contactEmail: "b@example.org" }), decision("OPT_OUT", 4)], FROM_A).status).toBe("EFFECTIVE");
    // A typed copy of a's address proves nothing; nor does a legacy or NHS login opt-out.
    expect(applyOptInRule([decision("OPT_OUT", 1), decision("OPT_OUT", 2, { assurance: "UNPROVED" })], FROM_A).status).toBe("AWAITING_REVIEW");
    expect(applyOptInRule([decision("OPT_OUT", 1, { assurance: "VERIFIED", contactEmail: null })], FROM_A).status).toBe("AWAITING_REVIEW");
    // An opt-in waiting for review is not "the last effective opt-in".
    expect(applyOptInRule([fromB, decision("OPT_IN", 3, { status: "AWAITING_REVIEW" }), decision("OPT_OUT", 4)], FROM_A).status).toBe("AWAITING_REVIEW");
  });

  it("lets NHS login for the person's own NHS number reverse any opt-out, and never a keyed opt-in", () => {
    const optOuts = [decision("OPT_OUT", 1), decision("OPT_OUT", 2, { assurance: "UNPROVED", contactEmail: "typed@example.org" })];
    expect(applyOptInRule(optOuts, { assurance: "VERIFIED" })).toEqual({ status: "EFFECTIVE", reversesOptOut: true });
    expect(applyOptInRule([decision("OPT_OUT", 1, { assurance: "UNPROVED" })], { assurance: "UNPROVED" }).status).toBe("AWAITING_REVIEW");
  });
});
