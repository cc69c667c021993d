import { describe, expect, it } from "vitest";

import { checkVot, DEFAULT_VTR, parseVtr } from "./vectors-of-trust";

describe("vectors of trust", () => {
  it("accepts a vot that is one of the vtr asked", () => {
    expect(checkVot("P9.Cp.Cd", DEFAULT_VTR)).toEqual({ ok: true, level: "P9" });
    expect(checkVot("P9.Cm", DEFAULT_VTR)).toEqual({ ok: true, level: "P9" });
  });

  it("refuses a lower level, a weaker authentication, or none", () => {
    expect(checkVot("P5.Cp.Cd", DEFAULT_VTR)).toEqual({ ok: false, problem: "not-asked" });
    expect(checkVot("P9.Cp", DEFAULT_VTR)).toEqual({ ok: false, problem: "not-asked" });
    expect(checkVot(undefined, DEFAULT_VTR)).toEqual({ ok: false, problem: "missing" });
    expect(checkVot("P9.Cp.Cd; P0", DEFAULT_VTR)).toEqual({ ok: false, problem: "missing" });
  });

  it("parses NHS_LOGIN_VTR as a JSON array of vectors", () => {
    expect(parseVtr('["P9.Cp.Cd","P5.Cm"]')).toEqual({ ok: true, vtr: ["P9.Cp.Cd", "P5.Cm"] });
    expect(parseVtr("P9.Cp.Cd")).toMatchObject({ ok: false });
    expect(parseVtr("[]")).toMatchObject({ ok: false });
    expect(parseVtr('["P7.Cp"]')).toMatchObject({ ok: false });
  });
});
