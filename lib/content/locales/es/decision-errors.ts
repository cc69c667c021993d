import type * as English from "../../decision-errors";
import { NAME_MAX, PROXY_NAME_MAX, RELATIONSHIP_MAX } from "../../../validation/limits";
import { icu } from "../../../i18n/icu";
import type { Localised } from "../../../i18n/localised";
import { NHS_NUMBER_ERRORS } from "./nhs-number-errors";

/** "El nombre debe tener 100 caracteres o menos", with Spanish plurals. */
const atMost = (mustHave: string, max: number) => icu("es", "{mustHave} {max, plural, one {# carácter} other {# caracteres}} o menos", { mustHave, max });

// `as const satisfies` so ./choice can reuse single messages by name, as the English does.
export const DECISION_ERRORS = {
  nhsNumber: {
    notDigits: NHS_NUMBER_ERRORS["not-digits"],
    wrongLength: NHS_NUMBER_ERRORS["wrong-length"],
    checkDigit: NHS_NUMBER_ERRORS["check-digit"],
  },
  givenName: {
    required: "Escriba el nombre de la persona",
    tooLong: atMost("El nombre debe tener", NAME_MAX),
    hiddenCharacters: "El nombre no debe incluir caracteres ocultos, como tabulaciones o saltos de línea",
  },
  familyName: {
    required: "Escriba los apellidos de la persona",
    tooLong: atMost("Los apellidos deben tener", NAME_MAX),
    hiddenCharacters: "Los apellidos no deben incluir caracteres ocultos, como tabulaciones o saltos de línea",
  },
  dateOfBirth: {
    invalid: "La fecha de nacimiento debe ser una fecha real",
    future: "La fecha de nacimiento debe ser en el pasado",
    tooOld: "La fecha de nacimiento debe ser posterior al 1 de enero de 1900",
  },
  postcode: { invalid: "Escriba un código postal completo del Reino Unido, como N1 1AA" },
  gpPracticeOds: { invalid: "El código del consultorio del médico de cabecera debe ser una letra seguida de 5 números, como F83004" },
  choice: { required: "Elija si la persona quiere excluirse o volver a incluirse" },
  madeBy: { required: "Elija para quién es la decisión" },
  proxyName: {
    required: "Escriba su nombre completo",
    notAllowed: "Indique el nombre de un representante solo cuando alguien actúe en nombre de la persona",
    tooLong: atMost("Su nombre debe tener", PROXY_NAME_MAX),
    hiddenCharacters: "Su nombre no debe incluir caracteres ocultos, como tabulaciones o saltos de línea",
  },
  proxyRelationship: {
    required: "Escriba su relación con la persona",
    tooLong: atMost("La relación debe tener", RELATIONSHIP_MAX),
    hiddenCharacters: "La relación no debe incluir caracteres ocultos, como tabulaciones o saltos de línea",
  },
  channel: { required: "Elija cómo se recibió la decisión" },
  contactEmail: { invalid: "Escriba una dirección de correo electrónico con el formato correcto, como nombre@example.com" },
  decidedAt: {
    invalid: "La fecha de la decisión debe ser una fecha y hora reales",
    future: "La fecha de la decisión no puede ser en el futuro",
    beforeBirth: "La fecha de la decisión no puede ser anterior a la fecha de nacimiento de la persona",
  },
  sourceReference: {
    tooLong: atMost("La referencia debe tener", 200),
    hiddenCharacters: "La referencia no debe incluir caracteres ocultos, como tabulaciones o saltos de línea",
  },
} as const satisfies Localised<typeof English.DECISION_ERRORS>;
