import type { NhsNumberProblem } from "../nhs-number/nhs-number";

// The one set of messages for an NHS number that is not valid, in the NHS.UK
// style (say what is wrong and how to put it right). Every place that checks
// NHS numbers uses it: the resident journeys and staff forms (through
// lib/validation/decision.ts), the consent-check API and its batch answers,
// and the legacy importer's rejected-row report.
export const NHS_NUMBER_ERRORS: Readonly<Record<NhsNumberProblem, string>> = {
  empty: "Enter the NHS number",
  "not-digits": "NHS number must only include numbers 0 to 9",
  "wrong-length": "NHS number must be 10 numbers",
  "check-digit": "NHS number is not valid: its last digit (the check digit) does not match. Check it has been entered correctly",
};
