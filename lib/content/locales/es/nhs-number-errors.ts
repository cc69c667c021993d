import type * as English from "../../nhs-number-errors";
import type { Localised } from "../../../i18n/localised";

export const NHS_NUMBER_ERRORS: Localised<typeof English.NHS_NUMBER_ERRORS> = {
  empty: "Escriba el número del NHS",
  "not-digits": "El número del NHS solo puede tener números del 0 al 9",
  "wrong-length": "El número del NHS debe tener 10 números",
  "check-digit":
    "El número del NHS no es válido: su último dígito (el dígito de control) no coincide. Compruebe que se ha escrito correctamente",
};
