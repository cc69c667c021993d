// Error messages for the details of a decision, in the NHS.UK style: say what
// is wrong and how to fix it. Used by the online journeys, staff keying and the
// register core alike.

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
