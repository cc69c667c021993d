import { describe, expect, it } from "vitest";

import { serviceProblemPath } from "./service-problem-path";

describe("the service error page's address", () => {
  it("is in the language of the page the resident was on, and returns there", () => {
    expect(serviceProblemPath("/bn/choice/opt-out/name")).toBe("/bn/problem-with-the-service?from=%2Fbn%2Fchoice%2Fopt-out%2Fname");
    expect(serviceProblemPath("/en-easy/facts-and-figures")).toBe("/en-easy/problem-with-the-service?from=%2Fen-easy%2Ffacts-and-figures");
    expect(serviceProblemPath("/choice/opt-out/name")).toBe("/problem-with-the-service?from=%2Fchoice%2Fopt-out%2Fname");
    expect(serviceProblemPath("/staff/review")).toBe("/problem-with-the-service?from=%2Fstaff%2Freview");
    // Never somewhere else: not another site, not a staff page behind a language prefix.
    expect(serviceProblemPath("//evil.example/bn")).toBe("/problem-with-the-service?from=%2F");
    expect(serviceProblemPath("/bn/staff/review")).toBe("/problem-with-the-service?from=%2Fbn%2Fstaff%2Freview");
  });
});
