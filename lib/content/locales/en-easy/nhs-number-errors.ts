import type * as English from "../../nhs-number-errors";
import type { Localised } from "../../../i18n/localised";

export const NHS_NUMBER_ERRORS: Localised<typeof English.NHS_NUMBER_ERRORS> = {
  empty: "Write the NHS number",
  "not-digits": "The NHS number must only have the numbers 0 to 9 in it",
  "wrong-length": "The NHS number must be 10 numbers long",
  "check-digit": "This NHS number is not right. The last number does not match the others. Check you wrote it correctly",
};
