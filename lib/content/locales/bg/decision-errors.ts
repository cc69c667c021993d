import type * as English from "../../decision-errors";
import { icu } from "../../../i18n/icu";
import type { Localised } from "../../../i18n/localised";
import { NAME_MAX, PROXY_NAME_MAX, RELATIONSHIP_MAX } from "../../../validation/limits";
import { NHS_NUMBER_ERRORS } from "./nhs-number-errors";

/** "до 100 знака": a length limit in Bulgarian, through ICU plurals. */
const upTo = (max: number) => icu("bg", "до {max, plural, one {# знак} other {# знака}}", { max });

export const DECISION_ERRORS: Localised<typeof English.DECISION_ERRORS> = {
  nhsNumber: {
    notDigits: NHS_NUMBER_ERRORS["not-digits"],
    wrongLength: NHS_NUMBER_ERRORS["wrong-length"],
    checkDigit: NHS_NUMBER_ERRORS["check-digit"],
  },
  givenName: {
    required: "Въведете собственото име на човека",
    tooLong: `Собственото име трябва да е ${upTo(NAME_MAX)}`,
    hiddenCharacters: "Собственото име не трябва да съдържа скрити знаци, например табулации или нови редове",
  },
  familyName: {
    required: "Въведете фамилното име на човека",
    tooLong: `Фамилното име трябва да е ${upTo(NAME_MAX)}`,
    hiddenCharacters: "Фамилното име не трябва да съдържа скрити знаци, например табулации или нови редове",
  },
  dateOfBirth: {
    invalid: "Датата на раждане трябва да е истинска дата",
    future: "Датата на раждане трябва да е в миналото",
    tooOld: "Датата на раждане трябва да е след 1 януари 1900 г.",
  },
  postcode: { invalid: "Въведете пълен пощенски код в Обединеното кралство, например N1 1AA" },
  gpPracticeOds: { invalid: "Кодът на практиката на личния лекар трябва да е една буква, последвана от 5 цифри, например F83004" },
  choice: { required: "Изберете дали човекът иска да откаже участие, или да се включи отново" },
  madeBy: { required: "Изберете за кого е изборът" },
  proxyName: {
    required: "Въведете пълното си име",
    notAllowed: "Посочете име на представител само когато някой действа от името на човека",
    tooLong: `Името ви трябва да е ${upTo(PROXY_NAME_MAX)}`,
    hiddenCharacters: "Името ви не трябва да съдържа скрити знаци, например табулации или нови редове",
  },
  proxyRelationship: {
    required: "Въведете връзката си с човека",
    tooLong: `Отговорът за връзката ви с човека трябва да е ${upTo(RELATIONSHIP_MAX)}`,
    hiddenCharacters: "Отговорът за връзката ви с човека не трябва да съдържа скрити знаци, например табулации или нови редове",
  },
  channel: { required: "Изберете как е получено решението" },
  contactEmail: { invalid: "Въведете имейл адрес в правилния формат, например name@example.com" },
  decidedAt: {
    invalid: "Датата на решението трябва да е истинска дата и час",
    future: "Датата на решението не може да е в бъдещето",
    beforeBirth: "Датата на решението не може да е преди датата на раждане на човека",
  },
  sourceReference: {
    tooLong: `Референтният номер трябва да е ${upTo(200)}`,
    hiddenCharacters: "Референтният номер не трябва да съдържа скрити знаци, например табулации или нови редове",
  },
};
