import { describe, expect, it } from "vitest";
import { KEYED_FORM_FIELDS, keyedDecisionSchema, readKeyedDecisionForm, type KeyedFormField } from "./keyed-decision";

const form = (overrides: Partial<Record<KeyedFormField, string>> = {}) => {
  const base = Object.fromEntries(KEYED_FORM_FIELDS.map((f) => [f, ""])) as Record<KeyedFormField, string>;
  return {
    ...base,
    channel: "PAPER", receivedOn: "03/06/2026", formReference: "pf-123", isSigned: "yes", choice: "OPT_OUT", decidedOn: "01/06/2026",
    givenName: "Ada", familyName: "Test", dateOfBirth: "17/05/1970", madeBy: "SELF", ...overrides,
  };
};

describe("keyedDecisionSchema", () => {
  it("accepts a paper opt-out without an NHS number, dated midday on the day", () => {
    const parsed = keyedDecisionSchema.parse(readKeyedDecisionForm(form()));
    expect(parsed.nhsNumber).toBeUndefined();
    expect(parsed.decidedAt.toISOString()).toBe("2026-06-01T12:00:00.000Z");
    expect(parsed.formReference).toBe("PF-123");
    expect(parsed.dateOfBirth).toBe("1970-05-17");
  });
  it("keeps the online journey's rules (Modulus 11, proxy names)", () => {
    const badNumber = keyedDecisionSchema.safeParse(readKeyedDecisionForm(form({ nhsNumber: "9990000019" })));
    expect(badNumber.error?.issues.map((i) => i.path[0])).toContain("nhsNumber");
    const proxy = keyedDecisionSchema.safeParse(readKeyedDecisionForm(form({ madeBy: "ATTORNEY" })));
    expect(proxy.error?.issues.map((i) => i.path[0])).toContain("proxyName");
  });
  it("needs a form reference and signature answer for paper, not for phone", () => {
    const paper = keyedDecisionSchema.safeParse(readKeyedDecisionForm(form({ formReference: "", isSigned: "" })));
    expect(paper.error?.issues.map((i) => i.path[0])).toEqual(expect.arrayContaining(["formReference", "isSigned"]));
    expect(keyedDecisionSchema.safeParse(readKeyedDecisionForm(form({ channel: "PHONE", formReference: "", isSigned: "" }))).success).toBe(true);
  });
  it("refuses online or import channels and a decision after it was received", () => {
    expect(keyedDecisionSchema.safeParse(readKeyedDecisionForm(form({ channel: "ONLINE" }))).success).toBe(false);
    const late = keyedDecisionSchema.safeParse(readKeyedDecisionForm(form({ decidedOn: "05/06/2026" })));
    expect(late.error?.issues.map((i) => i.path[0])).toContain("decidedAt");
  });
});
