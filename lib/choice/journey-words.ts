import type { SiteContent } from "../content/locales/site-content";
import type { Words } from "../content/types";
import type { ChoiceSchemaWords } from "../validation/choice";

// The words a journey question's form needs in the browser: its fields'
// labels and hints, and every message its schema gives. Plain strings only
// (functions cannot cross from a server page to a client component), and only
// the page's own language: the browser never loads every language's content.
// The server parses with a schema built from these same words, so a message
// is the same with JavaScript and without it.

/** The value with every function left out (what JSON keeps). */
type WithoutFunctions<T> = T extends (...args: never[]) => unknown
  ? never
  : T extends readonly (infer U)[]
    ? readonly WithoutFunctions<U>[]
    : T extends object
      ? { readonly [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: WithoutFunctions<T[K]> }
      : T;

type Choice = SiteContent["choice"];
const FIELD_PARTS = [
  "COMMON",
  "WHO_FOR",
  "ABOUT_YOU",
  "NAME",
  "DATE_OF_BIRTH",
  "NHS_NUMBER",
  "POSTCODE",
  "GP_PRACTICE",
  "EVIDENCE",
  "DECISION",
  "EMAIL",
  "CONFIRM_EMAIL",
  "CHECK_ANSWERS",
] as const satisfies readonly (keyof Choice)[];

export type BrowserJourneyWords = WithoutFunctions<Pick<Choice, (typeof FIELD_PARTS)[number]>> &
  ChoiceSchemaWords & {
    NHS_LOGIN_DETAILS: WithoutFunctions<SiteContent["nhsLogin"]["NHS_LOGIN_DETAILS"]>;
    /** "Error: " before the page's title while it shows errors. */
    ERROR_MESSAGE_PREFIX: string;
    /** Where to post evidence: the contact address (as the choice's RETURN_ADDRESS), an operator's English marked as English. */
    RETURN_ADDRESS: readonly Words[];
  };

function withoutFunctions<T>(value: T): WithoutFunctions<T> {
  return JSON.parse(JSON.stringify(value)) as WithoutFunctions<T>;
}

const cache = new WeakMap<SiteContent, BrowserJourneyWords>();

/** The journey's browser words in the content's language (one value per language, made once). */
export function browserJourneyWords(content: SiteContent): BrowserJourneyWords {
  let words = cache.get(content);
  if (!words) {
    const parts = Object.fromEntries(FIELD_PARTS.map((part) => [part, content.choice[part]]));
    words = withoutFunctions({
      ...parts,
      DECISION_ERRORS: { postcode: content.decisionErrors.DECISION_ERRORS.postcode },
      NHS_NUMBER_ERRORS: content.nhsNumberErrors.NHS_NUMBER_ERRORS,
      NHS_LOGIN_DETAILS: content.nhsLogin.NHS_LOGIN_DETAILS,
      ERROR_MESSAGE_PREFIX: content.site.ERROR_MESSAGE_PREFIX,
      RETURN_ADDRESS: content.contactDetails.CONTACT_DETAILS.marked.postalAddress,
    }) as unknown as BrowserJourneyWords;
    cache.set(content, words);
  }
  return words;
}
