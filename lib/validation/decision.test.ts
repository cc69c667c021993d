import { describe, expect, it } from "vitest";
import { DECISION_ERRORS as E } from "../content/decision-errors";
import { decisionDetailsSchema, type DecisionDetailsInput } from "./decision";

const valid: DecisionDetailsInput = {
  nhsNumber: "943 476 5919",
  givenName: "  Zoë ",
  familyName: "O'Brien",
  dateOfBirth: "1980-02-29",
  postcode: "n1  1aa",
  gpPracticeOds: "z10009",
  choice: "OPT_OUT",
  madeBy: "SELF",
  channel: "ONLINE",
  contactEmail: " Zoe.OBrien@Example.org ",
  decidedAt: "2026-11-01T10:00:00Z",
};

function errorsFor(input: Partial<DecisionDetailsInput>) {
  const result = decisionDetailsSchema.safeParse({ ...valid, ...input });
  return result.success ? {} : result.error.flatten().fieldErrors;
}

describe("decisionDetailsSchema", () => {
  it("normalises what people type", () => {
    const parsed = decisionDetailsSchema.parse(valid);
    expect(parsed).toMatchObject({
      nhsNumber: "9434765919",
      givenName: "Zoë",
      postcode: "N1 1AA",
      gpPracticeOds: "Z10009",
      contactEmail: "zoe.obrien@example.org",
    });
    expect(parsed.decidedAt).toEqual(new Date("2026-11-01T10:00:00Z"));
  });

  it("treats blank optional answers as not given", () => {
    const parsed = decisionDetailsSchema.parse({ ...valid, nhsNumber: " ", postcode: "", gpPracticeOds: "" });
    expect(parsed.nhsNumber).toBeUndefined();
    expect(parsed.postcode).toBeUndefined();
  });

  it("gives a specific message for each bad answer", () => {
    expect(errorsFor({ nhsNumber: "943 476 5918" }).nhsNumber).toEqual([E.nhsNumber.checkDigit]);
    expect(errorsFor({ nhsNumber: "94347" }).nhsNumber).toEqual([E.nhsNumber.wrongLength]);
    expect(errorsFor({ givenName: "  " }).givenName).toEqual([E.givenName.required]);
    expect(errorsFor({ dateOfBirth: "2023-02-29" }).dateOfBirth).toEqual([E.dateOfBirth.invalid]);
    expect(errorsFor({ postcode: "SW1" }).postcode).toEqual([E.postcode.invalid]);
    expect(errorsFor({ contactEmail: "not-an-email" }).contactEmail).toEqual([E.contactEmail.invalid]);
  });

  it("needs a proxy's name and relationship, and only for a proxy", () => {
    expect(errorsFor({ madeBy: "ATTORNEY" })).toMatchObject({
      proxyName: [E.proxyName.required],
      proxyRelationship: [E.proxyRelationship.required],
    });
    expect(errorsFor({ madeBy: "ATTORNEY", proxyName: "Sam Patel", proxyRelationship: "Son" })).toEqual({});
    expect(errorsFor({ proxyName: "Sam Patel" }).proxyName).toEqual([E.proxyName.notAllowed]);
  });

  it("refuses decisions in the future or before the person was born", () => {
    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString();
    expect(errorsFor({ decidedAt: tomorrow }).decidedAt).toEqual([E.decidedAt.future]);
    expect(errorsFor({ decidedAt: "1979-01-01T00:00:00Z" }).decidedAt).toEqual([E.decidedAt.beforeBirth]);
    expect(errorsFor({ decidedAt: "not a date" }).decidedAt).toEqual([E.decidedAt.invalid]);
  });

  it("never turns a missing or ambiguous decision time into 1970", () => {
    for (const decidedAt of [null, true, 20260101, "2026-01-01", "2026-01-01T10:00:00", undefined]) {
      expect(errorsFor({ decidedAt: decidedAt as never }).decidedAt, String(decidedAt)).toEqual([E.decidedAt.invalid]);
    }
    expect(decisionDetailsSchema.parse({ ...valid, decidedAt: "2026-03-29T01:30:00+01:00" }).decidedAt).toEqual(new Date("2026-03-29T00:30:00Z"));
  });
});
