// Error messages for the details of a decision, in the NHS.UK style: say what
// is wrong and how to fix it. Used by the online journeys, staff keying and the
// register core alike.

import { LANGUAGES, LOCALE_INFO } from "../i18n/locales";
import { NAME_MAX, PROXY_NAME_MAX, RELATIONSHIP_MAX } from "../validation/limits";
import { NHS_NUMBER_ERRORS } from "./nhs-number-errors";

export const DECISION_ERRORS = {
  nhsNumber: {
    notDigits: NHS_NUMBER_ERRORS["not-digits"],
    wrongLength: NHS_NUMBER_ERRORS["wrong-length"],
    checkDigit: NHS_NUMBER_ERRORS["check-digit"],
  },
  givenName: {
    required: "Enter the person's first name",
    tooLong: `First name must be ${NAME_MAX} characters or fewer`,
    hiddenCharacters: "First name must not include hidden characters such as tabs or line breaks",
  },
  familyName: {
    required: "Enter the person's last name",
    tooLong: `Last name must be ${NAME_MAX} characters or fewer`,
    hiddenCharacters: "Last name must not include hidden characters such as tabs or line breaks",
  },
  dateOfBirth: {
    invalid: "Date of birth must be a real date",
    future: "Date of birth must be in the past",
    tooOld: "Date of birth must be after 1 January 1900",
  },
  postcode: { invalid: "Enter a full UK postcode, like N1 1AA" },
  gpPracticeOds: { invalid: "GP practice code must be a letter followed by 5 numbers, like F83004" },
  choice: { required: "Select whether the person wants to opt out or opt back in" },
  madeBy: { required: "Select who the choice is for" },
  proxyName: {
    required: "Enter your full name",
    notAllowed: "Only give a representative's name when someone is acting for the person",
    tooLong: `Your name must be ${PROXY_NAME_MAX} characters or fewer`,
    hiddenCharacters: "Your name must not include hidden characters such as tabs or line breaks",
  },
  proxyRelationship: {
    required: "Enter your relationship to the person",
    tooLong: `Relationship must be ${RELATIONSHIP_MAX} characters or fewer`,
    hiddenCharacters: "Relationship must not include hidden characters such as tabs or line breaks",
  },
  channel: { required: "Select how the decision was received" },
  contactEmail: { invalid: "Enter an email address in the correct format, like name@example.com" },
  decidedAt: {
    invalid: "Decision date must be a real date and time",
    future: "Decision date cannot be in the future",
    beforeBirth: "Decision date cannot be before the person's date of birth",
  },
  sourceReference: {
    tooLong: "Reference must be 200 characters or fewer",
    hiddenCharacters: "Reference must not include hidden characters such as tabs or line breaks",
  },
} as const;

/**
 * The same checks in staff words, for keying a paper form or a phone call: each message names the field
 * as the keying form labels it, and speaks of "the person" and "the person acting for them", not "you".
 */
export const KEYED_DECISION_ERRORS = {
  nhsNumber: DECISION_ERRORS.nhsNumber,
  givenName: {
    required: "Enter the person's given name",
    tooLong: `Given name must be ${NAME_MAX} characters or fewer`,
    hiddenCharacters: "Given name must not include hidden characters such as tabs or line breaks",
  },
  familyName: {
    required: "Enter the person's family name",
    tooLong: `Family name must be ${NAME_MAX} characters or fewer`,
    hiddenCharacters: "Family name must not include hidden characters such as tabs or line breaks",
  },
  dateOfBirth: {
    required: "Enter the person's date of birth, like 27/03/1980",
    invalid: "Date of birth must be a real date, like 27/03/1980",
    future: "Date of birth must be in the past",
    tooOld: "Date of birth must be after 1 January 1900",
  },
  postcode: { invalid: "Postcode must be a full UK postcode, like N1 1AA" },
  gpPracticeOds: { invalid: "GP practice code must be a letter followed by 5 numbers, like F83004" },
  choice: { required: "Select the decision: opt-out or opt-in" },
  madeBy: { required: "Select who made the decision" },
  proxyName: {
    required: "Enter the name of the person acting for them",
    notAllowed: "Leave the name of the person acting for them empty when the person made the decision themself",
    tooLong: `Name of the person acting for them must be ${PROXY_NAME_MAX} characters or fewer`,
    hiddenCharacters: "Name of the person acting for them must not include hidden characters such as tabs or line breaks",
  },
  proxyRelationship: {
    required: "Enter their relationship to the person",
    tooLong: `Relationship must be ${RELATIONSHIP_MAX} characters or fewer`,
    hiddenCharacters: "Relationship must not include hidden characters such as tabs or line breaks",
  },
  channel: { required: "Select how the decision reached us: paper form or phone call" },
  contactEmail: { invalid: "Email address to reply to must be in the correct format, like name@example.com" },
  decidedAt: {
    invalid: "Date of the decision must be a real date, like 27/03/2026",
    future: "Date of the decision cannot be in the future",
    beforeBirth: "Date of the decision cannot be before the person's date of birth",
  },
  sourceReference: DECISION_ERRORS.sourceReference,
  // Only on the keying form.
  receivedOn: {
    required: "Enter the date the form or call was received, like 27/03/2026",
    invalid: "Date received must be a real date, like 27/03/2026",
    future: "Date received must be today or in the past",
  },
  decidedOn: { required: "Enter the date of the decision, like 27/03/2026", afterReceived: "Date of the decision must be on or before the date received" },
  formReference: {
    required: "Enter the form reference printed at the top of the paper form",
    tooLong: "Form reference must be 50 characters or fewer",
    hiddenCharacters: "Form reference must not include hidden characters such as tabs or line breaks",
    mistyped: "Form reference is not one we printed: check each character against the top of the paper form",
  },
  isSigned: { required: "Select whether the paper form is signed" },
  // Left unanswered it is English, the answer the form starts with; anything else is refused.
  language: {
    unknown: `Select the language of the form from the list: ${new Intl.ListFormat("en-GB", { type: "disjunction" }).format(LANGUAGES.map((l) => LOCALE_INFO[l].englishName))}`,
  },
} as const;
