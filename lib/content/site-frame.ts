// The words around every resident page that are about the site itself rather
// than the record: the language links, the notice on a translation not yet
// checked, and the notice while the programme's details are examples.

/** Every programme fact that can still be an example, by its English name (lib/content/programme-schema.ts). */
export type ExampleField =
  | "phone number"
  | "opening hours"
  | "text relay number"
  | "email address"
  | "postal address"
  | "list of information left out"
  | "list of what each role can see"
  | "data controllers"
  | "data protection officer"
  | "web address";

export const SITE_FRAME = {
  /** The accessible name of the language links at the top of every page. */
  languageLinksLabel: "Languages",
  /** Shown on every page of a translation no qualified translator has checked yet, in its language and in English. */
  translationNotice: {
    text: "This translation has not yet been checked by a qualified translator. It may have mistakes.",
    englishLink: "Read this page in English",
  },
  exampleDetails: {
    heading: "Example contact details",
    /** `fields`: the example fields' names, already joined as a list ("phone number, email address and web address"). */
    text: (fields: string) => `This is a demonstration. The ${fields} shown here are examples, not yet the programme's own. Do not use them.`,
    fieldNames: {
      "phone number": "phone number",
      "opening hours": "opening hours",
      "text relay number": "text relay number",
      "email address": "email address",
      "postal address": "postal address",
      "list of information left out": "list of information left out",
      "list of what each role can see": "list of what each role can see",
      "data controllers": "data controllers",
      "data protection officer": "data protection officer",
      "web address": "web address",
    } satisfies Record<ExampleField, string>,
  },
} as const;
