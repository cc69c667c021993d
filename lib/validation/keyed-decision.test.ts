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

describe("one pass, in staff words", () => {
  const issues = (overrides: Partial<Record<KeyedFormField, string>>) => {
    const result = keyedDecisionSchema.safeParse(readKeyedDecisionForm(form(overrides)));
    return Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));
  };

  it("reports every problem at once: the paper-only and cross-field rules do not wait for the other fields", () => {
    const found = issues({ formReference: "", isSigned: "", givenName: "", dateOfBirth: "31/02/1970", madeBy: "ATTORNEY", receivedOn: "", decidedOn: "" });
    expect(found).toEqual({
      formReference: "Enter the form reference printed at the top of the paper form",
      isSigned: "Select whether the paper form is signed",
      givenName: "Enter the person's given name",
      dateOfBirth: "Date of birth must be a real date, like 27/03/1980",
      proxyName: "Enter the name of the person acting for them",
      proxyRelationship: "Enter their relationship to the person",
      receivedOn: "Enter the date the form or call was received, like 27/03/2026",
      decidedAt: "Enter the date of the decision, like 27/03/2026",
    });
  });

  it("names each date field by its own label, and never speaks of a time for a date-only field", () => {
    const found = issues({ receivedOn: "32/01/2026", decidedOn: "30/02/2026", dateOfBirth: "" });
    expect(found.receivedOn).toBe("Date received must be a real date, like 27/03/2026");
    expect(found.decidedAt).toBe("Date of the decision must be a real date, like 27/03/2026");
    expect(found.dateOfBirth).toBe("Enter the person's date of birth, like 27/03/1980");
    for (const message of Object.values(found)) expect(message).not.toMatch(/time|\byour?\b/i);
  });

  it("still checks a valid field against another when a third is wrong", () => {
    const found = issues({ decidedOn: "05/06/2026", givenName: "" });
    expect(found.decidedAt).toBe("Date of the decision must be on or before the date received");
    expect(found.givenName).toBe("Enter the person's given name");
  });

  it("no message speaks to the keyer as if they were the resident", () => {
    const found = issues({ madeBy: "SELF", proxyName: "Someone", givenName: "", familyName: "", choice: "", channel: "", contactEmail: "not an email", postcode: "N1", dateOfBirth: "01/01/1890" });
    expect(Object.keys(found).sort()).toEqual(["channel", "choice", "contactEmail", "dateOfBirth", "familyName", "givenName", "postcode", "proxyName"].sort());
    for (const message of Object.values(found)) expect(message).not.toMatch(/\byour?\b/i);
  });
});

describe("dates as keyers type them", () => {
  it("takes eight digits for any date, and six or a two-digit year only for dates of this century", () => {
    const parsed = keyedDecisionSchema.parse(readKeyedDecisionForm(form({ dateOfBirth: "17051970", decidedOn: "010626", receivedOn: "3/6/26" })));
    expect(parsed.dateOfBirth).toBe("1970-05-17");
    expect(parsed.decidedAt.toISOString()).toBe("2026-06-01T12:00:00.000Z");
    expect(parsed.receivedOn).toBe("2026-06-03");
    // A date of birth needs its century: six digits are refused, never guessed.
    const guessed = keyedDecisionSchema.safeParse(readKeyedDecisionForm(form({ dateOfBirth: "170570" })));
    expect(guessed.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["dateOfBirth", "Date of birth must be a real date, like 27/03/1980"]]);
  });
});

describe("the printed form reference", () => {
  it("is typed as its nine characters and stored as printed; a mistyped one is caught by its check character", async () => {
    const { generatePaperFormReference } = await import("@/lib/pdf/render-paper-form-pdf");
    const printed = generatePaperFormReference();
    const typed = printed.replace(/^PF-/, "").replace(/-/g, "").toLowerCase();
    expect(keyedDecisionSchema.parse(readKeyedDecisionForm(form({ formReference: typed }))).formReference).toBe(printed);
    expect(keyedDecisionSchema.parse(readKeyedDecisionForm(form({ formReference: printed }))).formReference).toBe(printed);
    // One character changed (to another of the alphabet): refused, naming the field.
    const wrong = typed.slice(0, 4) + (typed[4] === "a" ? "b" : "a") + typed.slice(5);
    const refused = keyedDecisionSchema.safeParse(readKeyedDecisionForm(form({ formReference: wrong })));
    expect(refused.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["formReference", "Form reference is not one we printed: check each character against the top of the paper form"]]);
    // Another organisation's reference is kept as typed.
    expect(keyedDecisionSchema.parse(readKeyedDecisionForm(form({ formReference: "scan-2026/041" }))).formReference).toBe("SCAN-2026/041");
  });
});

describe("the language of the form", () => {
  it("is English when the keyer leaves the answer the form starts with, and any published locale when chosen", () => {
    expect(keyedDecisionSchema.parse(readKeyedDecisionForm(form())).language).toBe("en");
    for (const language of ["en", "bn", "bg", "so", "es", "tr", "en-easy"]) {
      expect(keyedDecisionSchema.parse(readKeyedDecisionForm(form({ language }))).language).toBe(language);
    }
  });
  it("refuses a value that is not one of the listed languages, in staff words naming the field", () => {
    for (const language of ["fr", "EN", "Bengali", "bn ", "en-GB"]) {
      const result = keyedDecisionSchema.safeParse(readKeyedDecisionForm(form({ language })));
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => ({ path: i.path, message: i.message }))).toEqual([
        { path: ["language"], message: "Select the language of the form from the list: English, Bengali, Bulgarian, Somali, Spanish, Turkish or Easy Read English" },
      ]);
    }
  });
});
