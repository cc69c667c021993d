import type * as English from "../../nhs-number-errors";
import type { Localised } from "../../../i18n/localised";

// Say what is wrong and how to put it right (the English: lib/content/nhs-number-errors.ts).

export const NHS_NUMBER_ERRORS: Localised<typeof English.NHS_NUMBER_ERRORS> = {
  empty: "NHS numarasını girin",
  "not-digits": "NHS numarası yalnızca 0 ile 9 arasındaki rakamlardan oluşmalıdır",
  "wrong-length": "NHS numarası 10 haneli olmalıdır",
  "check-digit": "NHS numarası geçerli değil: son hanesi (kontrol hanesi) uyuşmuyor. Numaranın doğru girildiğini kontrol edin",
};
