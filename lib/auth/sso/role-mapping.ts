import { STAFF_ROLES, type StaffRole } from "../../staff/roles";

// What the organisation's identity provider says, turned into the register's
// terms (docs/decisions/019): the claim carrying roles or groups is mapped to
// caseworker, supervisor or admin, and the sign-in's assurance is checked.
// Pure, so it is unit tested; nothing here guesses in the person's favour.

/** Register role → the claim values that give it. */
export type RoleMap = Record<StaffRole, string[]>;

export function parseRoleMap(text: string): { ok: true; map: RoleMap } | { ok: false; message: string } {
  const example = 'must be a JSON object from register role to claim values, e.g. {"caseworker":["Register.Caseworker"],"supervisor":["Register.Supervisor"],"admin":["Register.Admin"]}';
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: example };
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return { ok: false, message: example };
  const map: RoleMap = { caseworker: [], supervisor: [], admin: [] };
  const seen = new Map<string, StaffRole>();
  for (const [key, values] of Object.entries(value)) {
    if (!(STAFF_ROLES as readonly string[]).includes(key)) return { ok: false, message: `has "${key}", which is not a register role (${STAFF_ROLES.join(", ")})` };
    const list = typeof values === "string" ? [values] : values;
    if (!Array.isArray(list) || !list.every((v) => typeof v === "string" && v.trim() !== "")) return { ok: false, message: `"${key}" must be a claim value or a list of them` };
    for (const claimValue of list as string[]) {
      const earlier = seen.get(claimValue);
      // One value giving two roles would make every holder's role a guess.
      if (earlier && earlier !== key) return { ok: false, message: `gives "${claimValue}" two roles (${earlier} and ${key})` };
      seen.set(claimValue, key as StaffRole);
      map[key as StaffRole].push(claimValue);
    }
  }
  if (seen.size === 0) return { ok: false, message: `maps no claim value to any role; ${example}` };
  return { ok: true, map };
}

/** STAFF_SSO_ACR_VALUES: "AAL3_ANY" or "AAL3_ANY,AAL2_OR_AAL3_ANY" or a JSON array. */
export function parseAcrValues(text: string): { ok: true; values: string[] } | { ok: false; message: string } {
  let values: unknown;
  const trimmed = text.trim();
  if (trimmed.startsWith("[")) {
    try {
      values = JSON.parse(trimmed);
    } catch {
      return { ok: false, message: "must be acr values separated by commas, or a JSON array of them" };
    }
  } else {
    values = trimmed.split(",").map((v) => v.trim());
  }
  if (!Array.isArray(values) || values.length === 0 || !values.every((v) => typeof v === "string" && /^[\x21-\x7e]{1,200}$/.test(v))) {
    return { ok: false, message: "must be acr values separated by commas, or a JSON array of them" };
  }
  return { ok: true, values: values as string[] };
}

/**
 * Every string found at a claim path: "roles" reads the claim (a string or a
 * list); "nhsid_nrbac_roles.role_code" reads role_code from each object in
 * the list (CIS2's national RBAC roles).
 */
export function readClaimValues(claims: Record<string, unknown>, path: string): string[] {
  let current: unknown[] = [claims];
  for (const part of path.split(".")) {
    const next: unknown[] = [];
    for (const item of current) {
      if (!item || typeof item !== "object" || Array.isArray(item) || !Object.hasOwn(item, part)) continue;
      const value = (item as Record<string, unknown>)[part];
      if (Array.isArray(value)) next.push(...value);
      else next.push(value);
    }
    current = next;
  }
  return current.filter((v): v is string => typeof v === "string");
}

export type RoleOutcome = { ok: true; role: StaffRole } | { ok: false; problem: "no-role" | "several-roles"; roles: StaffRole[] };

/** Exactly one register role, or a refusal: none mapped, or values that map to different roles. */
export function mapRole(values: readonly string[], map: RoleMap): RoleOutcome {
  const roles = STAFF_ROLES.filter((role) => map[role].some((claimValue) => values.includes(claimValue)));
  if (roles.length === 1) return { ok: true, role: roles[0]! };
  // Roles are not a ladder (an admin may not see residents' decisions), so two are not resolved by picking one.
  return { ok: false, problem: roles.length === 0 ? "no-role" : "several-roles", roles };
}

export type AssuranceRequirement = { acrValues: readonly string[] | null; requireMfaAmr: boolean };

export type AssuranceOutcome = { ok: true } | { ok: false; problem: "assurance-too-low"; detail: string };

/** CIS2: `acr` one of those accepted. Entra ID: `amr` containing "mfa". Both when both are configured. */
export function checkAssurance(claims: Record<string, unknown>, requirement: AssuranceRequirement): AssuranceOutcome {
  if (requirement.acrValues) {
    const acr = claims.acr;
    if (typeof acr !== "string" || !requirement.acrValues.includes(acr)) {
      return { ok: false, problem: "assurance-too-low", detail: `acr ${typeof acr === "string" ? acr : "missing"} is not one of ${requirement.acrValues.join(", ")}` };
    }
  }
  if (requirement.requireMfaAmr) {
    const amr = claims.amr;
    if (!Array.isArray(amr) || !amr.includes("mfa")) {
      return { ok: false, problem: "assurance-too-low", detail: `amr ${Array.isArray(amr) ? JSON.stringify(amr) : "missing"} does not contain mfa` };
    }
  }
  return { ok: true };
}
