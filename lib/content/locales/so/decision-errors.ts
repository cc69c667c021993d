import type * as English from "../../decision-errors";
import { NAME_MAX, PROXY_NAME_MAX, RELATIONSHIP_MAX } from "../../../validation/limits";
import type { Localised } from "../../../i18n/localised";
import { formatCalendarDate } from "./dates";
import { NHS_NUMBER_ERRORS } from "./nhs-number-errors";

const EARLIEST_BIRTH = formatCalendarDate(new Date(Date.UTC(1900, 0, 1)));
const HIDDEN = "waa inuusan lahayn xarfo qarsoon sida tab ama xariiq-cusub";

export const DECISION_ERRORS: Localised<typeof English.DECISION_ERRORS> = {
  nhsNumber: {
    notDigits: NHS_NUMBER_ERRORS["not-digits"],
    wrongLength: NHS_NUMBER_ERRORS["wrong-length"],
    checkDigit: NHS_NUMBER_ERRORS["check-digit"],
  },
  givenName: {
    required: "Geli magaca koowaad ee qofka",
    tooLong: `Magaca koowaad waa inuu ahaadaa ${NAME_MAX} xaraf ama ka yar`,
    hiddenCharacters: `Magaca koowaad ${HIDDEN}`,
  },
  familyName: {
    required: "Geli magaca qoyska ee qofka",
    tooLong: `Magaca qoyska waa inuu ahaadaa ${NAME_MAX} xaraf ama ka yar`,
    hiddenCharacters: `Magaca qoyska ${HIDDEN}`,
  },
  dateOfBirth: {
    invalid: "Taariikhda dhalashadu waa inay ahaataa taariikh dhab ah",
    future: "Taariikhda dhalashadu waa inay ahaataa wakhti hore",
    tooOld: `Taariikhda dhalashadu waa inay ka dambaysaa ${EARLIEST_BIRTH}`,
  },
  postcode: { invalid: "Geli koodhka boostada UK oo dhammaystiran, sida N1 1AA" },
  gpPracticeOds: { invalid: "Koodhka rugta dhakhtarka guud (GP) waa inuu ahaadaa xaraf ay ku xigaan 5 tiro, sida F83004" },
  choice: { required: "Dooro in qofku rabo inuu ka baxo ama dib ugu soo biiro" },
  madeBy: { required: "Dooro cidda doorashada loo samaynayo" },
  proxyName: {
    required: "Geli magacaaga oo buuxa",
    notAllowed: "Magaca wakiilka geli oo keliya marka qof kale uu qofka matalayo",
    tooLong: `Magacaagu waa inuu ahaadaa ${PROXY_NAME_MAX} xaraf ama ka yar`,
    hiddenCharacters: `Magacaagu ${HIDDEN}`,
  },
  proxyRelationship: {
    required: "Geli xiriirka aad la leedahay qofka",
    tooLong: `Xiriirku waa inuu ahaadaa ${RELATIONSHIP_MAX} xaraf ama ka yar`,
    hiddenCharacters: `Xiriirku ${HIDDEN}`,
  },
  channel: { required: "Dooro sida go'aanka loo helay" },
  contactEmail: { invalid: "Geli cinwaan iimayl oo qaab sax ah leh, sida name@example.com" },
  decidedAt: {
    invalid: "Taariikhda go'aanku waa inay ahaataa taariikh iyo wakhti dhab ah",
    future: "Taariikhda go'aanku ma noqon karto wakhti mustaqbalka ah",
    beforeBirth: "Taariikhda go'aanku ma noqon karto ka hor taariikhda dhalashada qofka",
  },
  sourceReference: {
    tooLong: "Tixraacu waa inuu ahaadaa 200 xaraf ama ka yar",
    hiddenCharacters: `Tixraacu ${HIDDEN}`,
  },
};
