import type * as English from "../../nhs-number-errors";
import type { Localised } from "../../../i18n/localised";

export const NHS_NUMBER_ERRORS: Localised<typeof English.NHS_NUMBER_ERRORS> = {
  empty: "Въведете NHS номера",
  "not-digits": "NHS номерът трябва да съдържа само цифри от 0 до 9",
  "wrong-length": "NHS номерът трябва да е от 10 цифри",
  "check-digit": "NHS номерът не е валиден: последната му цифра (контролната цифра) не съвпада. Проверете дали е въведен правилно",
};
