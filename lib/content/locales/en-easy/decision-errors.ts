import type * as English from "../../decision-errors";
import { NAME_MAX, PROXY_NAME_MAX, RELATIONSHIP_MAX } from "../../../validation/limits";
import type { Localised } from "../../../i18n/localised";
import { NHS_NUMBER_ERRORS } from "./nhs-number-errors";

// Error messages for the details of a choice, in Easy Read: what is wrong and
// how to put it right.

export const DECISION_ERRORS: Localised<typeof English.DECISION_ERRORS> = {
  nhsNumber: {
    notDigits: NHS_NUMBER_ERRORS["not-digits"],
    wrongLength: NHS_NUMBER_ERRORS["wrong-length"],
    checkDigit: NHS_NUMBER_ERRORS["check-digit"],
  },
  givenName: {
    required: "Write the person's first name",
    tooLong: `The first name must be ${NAME_MAX} characters or fewer`,
    hiddenCharacters: "The first name must not have hidden characters, like tabs or new lines",
  },
  familyName: {
    required: "Write the person's last name",
    tooLong: `The last name must be ${NAME_MAX} characters or fewer`,
    hiddenCharacters: "The last name must not have hidden characters, like tabs or new lines",
  },
  dateOfBirth: {
    invalid: "The date of birth must be a real date",
    future: "The date of birth must be in the past",
    tooOld: "The date of birth must be after 1 January 1900",
  },
  postcode: { invalid: "Write the full UK postcode, like N1 1AA" },
  gpPracticeOds: { invalid: "The GP practice code must be 1 letter and then 5 numbers, like F83004" },
  choice: { required: "Choose if the person wants to opt out or opt back in" },
  madeBy: { required: "Choose who the choice is for" },
  proxyName: {
    required: "Write your full name",
    notAllowed: "Only give your name if you are making the choice for someone else",
    tooLong: `Your name must be ${PROXY_NAME_MAX} characters or fewer`,
    hiddenCharacters: "Your name must not have hidden characters, like tabs or new lines",
  },
  proxyRelationship: {
    required: "Write how you know the person",
    tooLong: `How you know the person must be ${RELATIONSHIP_MAX} characters or fewer`,
    hiddenCharacters: "How you know the person has hidden characters, like tabs or new lines. Take them out",
  },
  channel: { required: "Choose how we got the choice" },
  contactEmail: { invalid: "Write the email address in the right way, like name@example.com" },
  decidedAt: {
    invalid: "The date of the choice must be a real date and time",
    future: "The date of the choice cannot be in the future",
    beforeBirth: "The date of the choice cannot be before the person was born",
  },
  sourceReference: {
    tooLong: "The reference must be 200 characters or fewer",
    hiddenCharacters: "The reference must not have hidden characters, like tabs or new lines",
  },
};
