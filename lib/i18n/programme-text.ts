import { DEFAULT_PROGRAMME_FACTS, type ExcludedInformation, type ProgrammeFacts, type RoleSummary } from "../content/programme-schema";
import { PROGRAMME } from "../content/programme";
import type { Words } from "../content/types";

// The programme facts' free text in another language (issue #17). The operator
// configures the facts in English (lib/content/programme.ts); each locale's
// programme-text.ts translates the example defaults. Where the operator has
// changed a fact, the translation of the default no longer says the same
// thing, so the operator's own words are shown instead, marked as English
// (`{ text, lang: "en-GB" }`) so that pages and PDFs tell screen readers their
// language (WCAG 2.2 SC 3.1.2), never a translation of words nobody translated.

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

/** The language the operator writes the programme facts in. */
export const PROGRAMME_FACTS_LANG = "en-GB";

/** A list item of the facts: in the locale, or the operator's English with `lang` set. */
export type MaybeTranslated<T> = T & { lang?: string };

export type ResolvedProgrammeText = {
  teamName: Words;
  phoneHours: Words;
  postalAddress: readonly Words[];
  excludedInformation: readonly MaybeTranslated<ExcludedInformation>[];
  roles: readonly MaybeTranslated<RoleSummary>[];
  dataControllers: readonly Words[];
  dataProtectionOfficerName: Words;
};

export type ProgrammeTextOptions = {
  /** The facts in force (lib/content/programme.ts) and the defaults the translation translates; given by tests. */
  facts?: ProgrammeFacts;
  defaults?: ProgrammeFacts;
  /** The operator's English needs no mark on a page already in English (Easy Read). */
  isEnglishPage?: boolean;
};

const sameLines = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((line, index) => line === b[index]);

/** The locale's text for the programme facts in force: the translation where the fact is still the default it translates. */
export function programmeText(translation: ProgrammeText, options: ProgrammeTextOptions = {}): ResolvedProgrammeText {
  const { facts = PROGRAMME, defaults = DEFAULT_PROGRAMME_FACTS } = options;
  const english = options.isEnglishPage ? {} : { lang: PROGRAMME_FACTS_LANG };
  const inEnglish = (words: string): Words => (options.isEnglishPage ? words : { text: words, lang: PROGRAMME_FACTS_LANG });
  const text = (current: string, original: string, translated: string) => (current === original ? translated : inEnglish(current));
  const lines = (current: readonly string[], original: readonly string[], translated: readonly string[]) =>
    sameLines(current, original) ? translated : current.map(inEnglish);
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
        : { ...item, ...english };
    }),
    roles: facts.roles.items.map((item) => {
      const index = defaults.roles.items.findIndex((role) => role.role === item.role && role.sees === item.sees && role.why === item.why);
      const translated = index >= 0 ? translation.roles[index] : undefined;
      return translated ? { ...item, ...translated } : { ...item, ...english };
    }),
    dataControllers: lines(facts.dataControllers, defaults.dataControllers, translation.dataControllers),
    dataProtectionOfficerName: text(facts.dataProtectionOfficer.name, defaults.dataProtectionOfficer.name, translation.dataProtectionOfficerName),
  };
}

/** A list item's words with the item's language mark (a table cell of the left-out list, a role). */
export function wordsOf(words: string, item: { lang?: string }): Words {
  return item.lang ? { text: words, lang: item.lang } : words;
}
