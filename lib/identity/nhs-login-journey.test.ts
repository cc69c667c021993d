import { contentFor } from "../content/locales";
import { describe, expect, it } from "vitest";

import { firstIncompleteStep, isStepApplicable, previousStep } from "../choice/steps";
import { STEP_REGISTRY } from "../choice/steps/index";
import { nhsLoginAnswers } from "./continue-after-sign-in";
import type { VerifiedIdentity } from "./nhs-login/nhs-login-client";

const IDENTITY: VerifiedIdentity = {
  subject: "s",
  nhsNumber: "9991234500",
  givenName: "Priya",
  familyName: "Shah",
  dateOfBirth: "1984-03-12",
  email: "priya.shah@example.org",
  phoneNumber: null,
  identityProofingLevel: "P9",
  vot: "P9.Cp.Cd",
};

describe("a journey answered by NHS login", () => {
  it("asks only where the person lives, then check your answers; the answered questions cannot be reached", () => {
    const answers = nhsLoginAnswers(IDENTITY, "OPT_OUT", "00000000-0000-0000-0000-000000000000");
    const progress = { answers, verifiedEmail: IDENTITY.email, hasEvidenceFile: false };
    expect(firstIncompleteStep(progress)).toBe("postcode");
    for (const step of ["who-for", "name", "date-of-birth", "nhs-number", "email", "confirm-email", "about-you", "evidence"] as const) {
      expect(isStepApplicable(step, answers)).toBe(false);
    }
    expect(previousStep("postcode", answers)).toBeUndefined();
  });

  it("still proves an email address NHS login did not give", () => {
    const answers = nhsLoginAnswers({ ...IDENTITY, email: null }, "OPT_IN", "00000000-0000-0000-0000-000000000000");
    expect(isStepApplicable("email", answers)).toBe(true);
    expect(isStepApplicable("confirm-email", answers)).toBe(true);
  });

  it("shows NHS login's answers read-only on check your answers", async () => {
    const answers = nhsLoginAnswers(IDENTITY, "OPT_OUT", "00000000-0000-0000-0000-000000000000");
    const journey = { id: "j", kind: "OPT_OUT" as const, answers, verifiedEmail: IDENTITY.email, otpEmail: null, evidenceFileName: null, hasEvidenceFile: false, submission: null };
    const rows = await STEP_REGISTRY.checkAnswerRows(journey, { gpPracticeName: async () => undefined }, contentFor("en"));
    const readOnly = rows.filter((row) => row.isReadOnly).map((row) => row.value);
    expect(readOnly).toEqual(["Myself (signed in with NHS login)", "Priya Shah", "12 March 1984", "999 123 4500", "priya.shah@example.org"]);
    expect(rows.filter((row) => !row.isReadOnly).map((row) => row.step)).not.toContain("name");
  });
});
