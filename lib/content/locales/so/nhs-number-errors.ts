import type * as English from "../../nhs-number-errors";
import type { Localised } from "../../../i18n/localised";

export const NHS_NUMBER_ERRORS: Localised<typeof English.NHS_NUMBER_ERRORS> = {
  empty: "Geli lambarka NHS",
  "not-digits": "Lambarka NHS waa inuu ka koobnaadaa oo keliya tirooyinka 0 ilaa 9",
  "wrong-length": "Lambarka NHS waa inuu ahaadaa 10 tiro",
  "check-digit": "Lambarka NHS sax ma aha: tirada u dambaysa (tirada hubinta) isma waafaqsana. Hubi in si sax ah loo geliyay",
};
