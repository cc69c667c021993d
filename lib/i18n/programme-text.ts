import { DEFAULT_PROGRAMME_FACTS, type ExcludedInformation, type ProgrammeFacts, type RoleSummary } from "../content/programme-schema";
import { PROGRAMME } from "../content/programme";

// The programme facts' free text in another language (issue #17). The operator
// configures the facts in English (lib/content/programme.ts); each locale's
// programme-text.ts translates the example defaults. Where the operator has
// changed a fact, the translation of the default no longer says the same
// thing, so the operator's own words are shown instead, marked as English by
// whoever renders them (never a translation of words nobody translated).

export type ProgrammeText = {
  teamName: string;
  phoneHours: string;
  /** The example address's lines, translated where they are words ("Example address (not for post)"). */
  postalAddress: readonly string[];
  /** Each left-out type by its code. */
  excludedInformation: Readonly<Record<string, { category: string; includes: string }>>;
  /** Each role, in the defaults' order. */
  roles: readonly { role: string; sees: string; why: string }[];
  dataControllers: readonly string[];
  dataProtectionOfficerName: string;
};

/** A fact's text in the locale, or the operator's English with `english: true`. */
export type MaybeTranslated<T> = T & { english?: true };

export type ResolvedProgrammeText = {
  teamName: MaybeTranslated<{ text: string }>;
  phoneHours: MaybeTranslated<{ text: string }>;
  postalAddress: MaybeTranslated<{ lines: readonly string[] }>;
  excludedInformation: readonly MaybeTranslated<ExcludedInformation>[];
  roles: readonly MaybeTranslated<RoleSummary>[];
  dataControllers: MaybeTranslated<{ lines: readonly string[] }>;
  dataProtectionOfficerName: MaybeTranslated<{ text: string }>;
};

const sameLines = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((line, index) => line === b[index]);

/** The locale's text for the programme facts in force: the translation where the fact is still the default it translates. */
export function programmeText(translation: ProgrammeText, facts: ProgrammeFacts = PROGRAMME, defaults: ProgrammeFacts = DEFAULT_PROGRAMME_FACTS): ResolvedProgrammeText {
  const text = (current: string, original: string, translated: string) =>
    current === original ? { text: translated } : { text: current, english: true as const };
  const lines = (current: readonly string[], original: readonly string[], translated: readonly string[]) =>
    sameLines(current, original) ? { lines: translated } : { lines: current, english: true as const };
  const defaultExcluded = new Map(defaults.excludedInformation.items.map((item) => [item.code, item]));
  return {
    teamName: text(facts.contact.teamName, defaults.contact.teamName, translation.teamName),
    phoneHours: text(facts.contact.phoneHours, defaults.contact.phoneHours, translation.phoneHours),
    postalAddress: lines(facts.contact.postalAddress, defaults.contact.postalAddress, translation.postalAddress),
    excludedInformation: facts.excludedInformation.items.map((item) => {
      const original = defaultExcluded.get(item.code);
      const translated = translation.excludedInformation[item.code];
      return original && translated && original.category === item.category && original.includes === item.includes
        ? { ...item, ...translated }
        : { ...item, english: true as const };
    }),
    roles: facts.roles.items.map((item) => {
      const index = defaults.roles.items.findIndex((role) => role.role === item.role && role.sees === item.sees && role.why === item.why);
      const translated = index >= 0 ? translation.roles[index] : undefined;
      return translated ? { ...item, ...translated } : { ...item, english: true as const };
    }),
    dataControllers: lines(facts.dataControllers, defaults.dataControllers, translation.dataControllers),
    dataProtectionOfficerName: text(facts.dataProtectionOfficer.name, defaults.dataProtectionOfficer.name, translation.dataProtectionOfficerName),
  };
}
