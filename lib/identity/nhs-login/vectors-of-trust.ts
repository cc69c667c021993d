// Vectors of Trust as NHS login uses them (RFC 8485): a value such as
// "P9.Cp.Cd" names the identity proofing level (P0, P5, P9) and the
// authentication methods (Cp password, Cd device, Ck key, Cm multi-factor).
// The client asks for a list of acceptable vectors (`vtr`); the ID token says
// which one the sign-in met (`vot`). Pure, so it is unit tested.

export const PROOFING_LEVELS = ["P0", "P5", "P9"] as const;
export type ProofingLevel = (typeof PROOFING_LEVELS)[number];

const VECTOR = /^P(0|5|9)(\.C[a-z]{1,2}){1,3}$/;

/** The vtr NHS login is asked for unless NHS_LOGIN_VTR says otherwise: identity proved (P9), any strong authentication. */
export const DEFAULT_VTR = ["P9.Cp.Cd", "P9.Cp.Ck", "P9.Cm"] as const;

export function isVector(value: string): boolean {
  return VECTOR.test(value);
}

/** Parses NHS_LOGIN_VTR: a JSON array of vectors. Returns a message when it is not one. */
export function parseVtr(text: string): { ok: true; vtr: string[] } | { ok: false; message: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: 'must be a JSON array of vectors of trust, e.g. ["P9.Cp.Cd","P9.Cp.Ck","P9.Cm"]' };
  }
  if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === "string" && isVector(v))) {
    return { ok: false, message: 'must be a non-empty JSON array of vectors of trust such as "P9.Cp.Cd"' };
  }
  return { ok: true, vtr: value as string[] };
}

export function proofingLevelOf(vector: string): ProofingLevel | undefined {
  if (!isVector(vector)) return undefined;
  return vector.slice(0, 2) as ProofingLevel;
}

/**
 * The vot returned must be one of the vectors asked for, exactly: a P5 or P0
 * sign-in when P9 was asked, or a weaker authentication, is refused.
 */
export function checkVot(vot: unknown, vtr: readonly string[]): { ok: true; level: ProofingLevel } | { ok: false; problem: "missing" | "not-asked" } {
  if (typeof vot !== "string" || !isVector(vot)) return { ok: false, problem: "missing" };
  if (!vtr.includes(vot)) return { ok: false, problem: "not-asked" };
  return { ok: true, level: proofingLevelOf(vot)! };
}
