import { describe, expect, it } from "vitest";

import { browserJourneyWords } from "../choice/journey-words";
import { STEP_REGISTRY } from "../choice/steps/index";
import { contentFor } from "../content/locales";
import { PUBLISHED_LOCALES } from "../i18n/published";
import { firstFieldErrors, nameStepSchema, type ChoiceSchemaWords } from "./choice";

// The journeys' questions give their messages in the page's language, and the
// browser (which gets the words as JSON from the server page) gives exactly
// the messages the server does.

const OTHER_LOCALES = PUBLISHED_LOCALES.filter((locale) => locale !== "en");

/** A bad answer to each question and the field it is wrong in. */
const BAD_ANSWERS: Record<string, Record<string, unknown>> = {
  "who-for": {},
  "about-you": { proxyName: "", proxyRelationship: "<b>" },
  name: { givenName: "", familyName: "Sm1th" },
  "date-of-birth": { dobDay: "31", dobMonth: "2", dobYear: "2001" },
  "nhs-number": { nhsNumber: "999 123 4567" },
  postcode: { postcode: "N1 XXX" },
  "gp-practice": { gpPracticeOds: "not a code!" },
  evidence: {},
  decision: { choice: "MAYBE" },
  email: { email: "not-an-address" },
  "confirm-email": { code: "12" },
};

function messages(words: ChoiceSchemaWords): Record<string, Record<string, string>> {
  const all: Record<string, Record<string, string>> = {};
  for (const [slug, values] of Object.entries(BAD_ANSWERS)) {
    const parsed = STEP_REGISTRY.get(slug).schema({ whoFor: "myself", words, today: new Date("2026-12-07T12:00:00Z") }).safeParse(values);
    expect(parsed.success, slug).toBe(false);
    if (!parsed.success) all[slug] = firstFieldErrors(parsed.error);
  }
  return all;
}

describe("the journeys' messages in every published language", () => {
  const english = messages(browserJourneyWords(contentFor("en")));

  it("gives the English messages in English, the same as the English schemas staff keying and tests use", () => {
    expect(english.name).toEqual(firstFieldErrors(nameStepSchema.safeParse(BAD_ANSWERS.name).error!));
    expect(english["who-for"]).toEqual({ madeBy: "Select who the choice is for" });
    expect(english["nhs-number"]!.nhsNumber).toMatch(/check digit/);
  });

  for (const locale of OTHER_LOCALES) {
    it(`gives ${locale} messages, every one the locale's own${locale === "en-easy" ? "" : " and none the English"}`, () => {
      const content = contentFor(locale);
      const local = messages(browserJourneyWords(content));
      expect(Object.keys(local)).toEqual(Object.keys(english));
      for (const [slug, fields] of Object.entries(local)) {
        expect(Object.keys(fields), slug).toEqual(Object.keys(english[slug]!));
        for (const [field, message] of Object.entries(fields)) {
          // Easy Read is English already: a message plain enough in English stays the same.
          if (locale !== "en-easy") expect(message, `${locale} ${slug}.${field}`).not.toBe(english[slug]![field]);
          expect(message.length, `${locale} ${slug}.${field}`).toBeGreaterThan(3);
        }
      }
      // Straight from the locale's content modules.
      expect(local["who-for"]!.madeBy).toBe(content.choice.WHO_FOR.errors.required);
      expect(local["date-of-birth"]!.dateOfBirth).toBe(content.choice.DATE_OF_BIRTH.errors.invalid);
      expect(local["nhs-number"]!.nhsNumber).toBe(content.nhsNumberErrors.NHS_NUMBER_ERRORS["check-digit"]);
      expect(local.postcode!.postcode).toBe(content.decisionErrors.DECISION_ERRORS.postcode.invalid);
    });

    it(`gives the browser (${locale} words sent as JSON) exactly the server's messages`, () => {
      const serverWords = browserJourneyWords(contentFor(locale));
      const browserWords = JSON.parse(JSON.stringify(serverWords)) as ChoiceSchemaWords;
      expect(messages(browserWords)).toEqual(messages(serverWords));
    });
  }

  it("sends the browser plain strings only, in one language", () => {
    const words = browserJourneyWords(contentFor("bn"));
    expect(JSON.parse(JSON.stringify(words))).toEqual(words);
    const text = JSON.stringify(words);
    expect(text).toContain(contentFor("bn").choice.CHECK_ANSWERS.title);
    expect(text).not.toContain(contentFor("en").choice.CHECK_ANSWERS.title);
    expect(text).not.toContain(contentFor("es").choice.CHECK_ANSWERS.title);
  });
});
