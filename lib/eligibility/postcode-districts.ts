// Postcode districts that cover homes in the five boroughs, with the borough
// each mostly serves. Some districts straddle a borough boundary (for example
// N14 is split between Barnet and Enfield, N6 between Camden and Haringey, and
// NW2 and NW6 reach into Brent): a district is listed if any part of it is in
// the area. That errs towards letting someone in the area make their choice;
// staff trace every decision against the person's record anyway.

export type AreaBorough = "BARNET" | "CAMDEN" | "ENFIELD" | "HARINGEY" | "ISLINGTON";

export const AREA_POSTCODE_DISTRICTS: Readonly<Record<string, AreaBorough>> = {
  // Barnet
  EN4: "BARNET", EN5: "BARNET", HA8: "BARNET", N2: "BARNET", N3: "BARNET", N11: "BARNET", N12: "BARNET", N20: "BARNET",
  NW4: "BARNET", NW7: "BARNET", NW9: "BARNET", NW11: "BARNET", NW2: "BARNET",
  // Camden
  NW1: "CAMDEN", NW3: "CAMDEN", NW5: "CAMDEN", NW6: "CAMDEN", NW8: "CAMDEN", WC1A: "CAMDEN", WC1B: "CAMDEN", WC1E: "CAMDEN",
  WC1H: "CAMDEN", WC1N: "CAMDEN", WC1R: "CAMDEN", WC1V: "CAMDEN", WC1X: "CAMDEN", WC2A: "CAMDEN", WC2B: "CAMDEN", WC2H: "CAMDEN",
  // Enfield
  EN1: "ENFIELD", EN2: "ENFIELD", EN3: "ENFIELD", N9: "ENFIELD", N13: "ENFIELD", N14: "ENFIELD", N18: "ENFIELD", N21: "ENFIELD",
  // Haringey
  N4: "HARINGEY", N6: "HARINGEY", N8: "HARINGEY", N10: "HARINGEY", N15: "HARINGEY", N17: "HARINGEY", N22: "HARINGEY",
  // Islington
  N1: "ISLINGTON", N5: "ISLINGTON", N7: "ISLINGTON", N19: "ISLINGTON", EC1M: "ISLINGTON", EC1R: "ISLINGTON", EC1V: "ISLINGTON", EC1Y: "ISLINGTON",
};

/** The outward code ("N1" from "N1 1AA") of a postcode normalised by postcodeSchema. */
export function postcodeDistrict(postcode: string): string {
  return postcode.trim().toUpperCase().split(/\s+/)[0] ?? "";
}

/** The borough a postcode is in, when its district covers part of the area. */
export function boroughForPostcode(postcode: string): AreaBorough | undefined {
  return AREA_POSTCODE_DISTRICTS[postcodeDistrict(postcode)];
}
