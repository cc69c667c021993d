import { afterAll, vi } from "vitest";

import { DEFAULT_PROGRAMME_FACTS, resolveProgrammeFacts, type ProgrammeFacts } from "../../content/programme-schema";

// Programme facts an operator has partly changed, in their own English, for the
// tests that check those words (and only those) are marked as English on the
// translated pages and PDFs (WCAG 2.2 SC 3.1.2). For tests only.

/** The operator's words for the facts changed here; every other fact keeps its default, and so its translation. */
export const OPERATOR_WORDS = {
  phoneHours: "Weekdays 8am to 8pm, closed on bank holidays",
  dataProtectionOfficerName: "Priya Example",
  /** What the first left-out type (SEXUAL_HEALTH) includes. */
  excludedIncludes: "Visits to our sexual health clinics only.",
  /** What the first role (GPs) sees. */
  roleSees: "Only your medicines and allergies.",
  postalAddress: ["Joined-up record team", "FREEPOST RTST-ABCD-EFGH", "Example Town", "ZZ9 9ZZ"],
} as const;

/** The defaults with the phone hours, the postal address, the data protection officer's name, one left-out type and one role changed. */
export function operatorFacts(): ProgrammeFacts {
  const facts = structuredClone(DEFAULT_PROGRAMME_FACTS) as ProgrammeFacts;
  const [excluded, ...otherExcluded] = facts.excludedInformation.items;
  const [role, ...otherRoles] = facts.roles.items;
  return {
    ...facts,
    contact: { ...facts.contact, phoneHours: OPERATOR_WORDS.phoneHours, postalAddress: [...OPERATOR_WORDS.postalAddress] },
    dataProtectionOfficer: { ...facts.dataProtectionOfficer, name: OPERATOR_WORDS.dataProtectionOfficerName },
    excludedInformation: { ...facts.excludedInformation, items: [{ ...excluded!, includes: OPERATOR_WORDS.excludedIncludes }, ...otherExcluded] },
    roles: { ...facts.roles, items: [{ ...role!, sees: OPERATOR_WORDS.roleSees }, ...otherRoles] },
  };
}

/**
 * Puts the facts in force as the build does (PROGRAMME_FACTS_JSON, validated)
 * and forgets every loaded module, because the content modules read the facts
 * once, when loaded: import them again afterwards.
 */
export function useProgrammeFacts(facts: ProgrammeFacts): void {
  process.env.PROGRAMME_FACTS_JSON = JSON.stringify(resolveProgrammeFacts({}, { name: "test facts", json: facts }));
  vi.resetModules();
}

/** Puts back, after the file's tests, the facts the process started with (call once at the top of a test file). */
export function restoreProgrammeFactsAfterAll(): void {
  const saved = process.env.PROGRAMME_FACTS_JSON;
  afterAll(() => {
    if (saved === undefined) delete process.env.PROGRAMME_FACTS_JSON;
    else process.env.PROGRAMME_FACTS_JSON = saved;
    vi.resetModules();
  });
}
