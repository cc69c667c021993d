import { describe, expect, it } from "vitest";

import { firstIncompleteStep, nextStep, previousStep, type JourneyAnswers } from "./steps";

const progress = (answers: JourneyAnswers, verifiedEmail: string | null = null, hasEvidenceFile = false) => ({ answers, verifiedEmail, hasEvidenceFile });

describe("journey steps", () => {
  it("asks a person acting for themselves no proxy questions", () => {
    const self: JourneyAnswers = { madeBy: "SELF" };
    expect(nextStep("who-for", self)).toBe("name");
    expect(nextStep("gp-practice", self)).toBe("decision");
    expect(previousStep("name", self)).toBe("who-for");
  });

  it("asks a proxy about themselves and for evidence", () => {
    const parent: JourneyAnswers = { madeBy: "PARENT_OR_GUARDIAN" };
    expect(nextStep("who-for", parent)).toBe("about-you");
    expect(nextStep("gp-practice", parent)).toBe("evidence");
    expect(previousStep("decision", parent)).toBe("evidence");
  });

  it("does not let anyone skip ahead, and needs the email proved and evidence given", () => {
    expect(firstIncompleteStep(progress({}))).toBe("who-for");
    const answered = ["who-for", "name", "date-of-birth", "nhs-number", "postcode", "gp-practice", "decision", "email"] as const;
    const self: JourneyAnswers = { madeBy: "SELF", email: "a@example.org", answered: [...answered] };
    expect(firstIncompleteStep(progress(self))).toBe("confirm-email");
    expect(firstIncompleteStep(progress(self, "other@example.org"))).toBe("confirm-email");
    expect(firstIncompleteStep(progress(self, "a@example.org"))).toBe("check-answers");
    const parent: JourneyAnswers = { ...self, madeBy: "PARENT_OR_GUARDIAN", evidenceMethod: "UPLOAD", answered: [...answered, "about-you", "evidence"] };
    expect(firstIncompleteStep(progress(parent, "a@example.org", false))).toBe("evidence");
    expect(firstIncompleteStep(progress(parent, "a@example.org", true))).toBe("check-answers");
  });
});
