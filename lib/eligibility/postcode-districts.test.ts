import { describe, expect, it } from "vitest";

import { boroughForPostcode, postcodeDistrict } from "./postcode-districts";

describe("postcode districts", () => {
  it("finds the borough of a postcode in the area, by its district only", () => {
    expect(boroughForPostcode("N1 1AA")).toBe("ISLINGTON");
    expect(boroughForPostcode("EN1 3PL")).toBe("ENFIELD");
    expect(boroughForPostcode("NW3 2QG")).toBe("CAMDEN");
    expect(boroughForPostcode("N22 6HH")).toBe("HARINGEY");
    expect(boroughForPostcode("NW4 4BT")).toBe("BARNET");
  });

  it("does not confuse districts that share a prefix", () => {
    expect(postcodeDistrict("N16 0AA")).toBe("N16");
    expect(boroughForPostcode("N16 0AA")).toBeUndefined(); // Hackney
    expect(boroughForPostcode("SW1A 1AA")).toBeUndefined();
    expect(boroughForPostcode("M1 1AE")).toBeUndefined();
  });
});
